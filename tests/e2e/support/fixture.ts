// Per-spec setup shared by all browser specs: one browser per worker and set of
// flags (the specs share a worker's modules: isolate is off in
// vitest.e2e.config.ts), a fresh watched context and page per test, and the same
// closing check after every test (see AppDriver.problems): no console error, no
// foreign request, no CSP violation, nothing stored.
import { afterEach, beforeAll, expect, inject } from 'vitest';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { launch, watchedPage } from './browser';
import { AppDriver } from './driver';

// Launching Chromium costs about a second on this machine; a worker runs many
// spec files. Each test still gets a fresh browser context (cookies, storage,
// permissions, viewport), so nothing carries over between tests.
const browsers = new Map<string, Promise<Browser>>();
const browserFor = (args: string[]) => {
  const key = args.join(' ');
  let b = browsers.get(key);
  if (!b) browsers.set(key, (b = launch(args)));
  return b;
};

export function useApp(launchArgs: string[] = []) {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  const opened: AppDriver[] = [];
  beforeAll(async () => {
    browser = await browserFor(launchArgs);
  });
  afterEach(async () => {
    for (const app of opened.splice(0)) {
      expect(await app.problems()).toEqual({
        consoleErrors: [],
        foreignRequests: [],
        cspViolations: [],
        storedItems: 0,
        cookies: '',
      });
      await app.w.context.close();
    }
  });
  /** `origin`: a server of the test's own (the offline test stops it); else the shared one. */
  return async ({
    origin = baseUrl,
    ...options
  }: BrowserContextOptions & { origin?: string } = {}): Promise<AppDriver> => {
    // The app's service worker (its offline copy) stays out of every test but the
    // offline one: precaching the whole build in each fresh context costs time.
    const app = new AppDriver(await watchedPage(browser, origin, { serviceWorkers: 'block', ...options }), origin);
    opened.push(app);
    return app;
  };
}
