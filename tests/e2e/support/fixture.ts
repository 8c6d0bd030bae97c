// Per-spec setup shared by all browser specs: one browser per file, a fresh
// watched page per test, and the same closing check after every test (see
// AppDriver.problems): no console error, no foreign request, no CSP violation,
// nothing stored.
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { launch, watchedPage } from './browser';
import { AppDriver } from './driver';

export function useApp(launchArgs: string[] = []) {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  const opened: AppDriver[] = [];
  beforeAll(async () => { browser = await launch(launchArgs); });
  afterAll(async () => { await browser?.close(); });
  afterEach(async () => {
    for (const app of opened.splice(0)) {
      expect(await app.problems()).toEqual({ consoleErrors: [], foreignRequests: [], cspViolations: [], storedItems: 0, cookies: '' });
      await app.w.context.close();
    }
  });
  return async (options: BrowserContextOptions = {}): Promise<AppDriver> => {
    const app = new AppDriver(await watchedPage(browser, baseUrl, options), baseUrl);
    opened.push(app);
    return app;
  };
}
