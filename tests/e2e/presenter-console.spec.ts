// The presenter's console in the real browser: two windows of one context, the
// slide (1920×1080, the projector) and the console (1366×768, the laptop), kept
// in step over a BroadcastChannel. Keys in either move both; a reload picks up
// the step; closing the console leaves the slide working; closing the slide
// leaves the console able to open it again.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useApp } from './support/fixture';
import { AppDriver } from './support/driver';
import { TOTAL, doc, waitForStep } from './support/presenter';
import { scaled } from './support/timeouts';

const newApp = useApp();
const CONSOLE_SIZE = { width: 1366, height: 768 };

/** The console's step, once its URL and its heading both show it. */
async function waitForConsoleStep(page: Page, n: number): Promise<void> {
  await page.waitForFunction((h) => location.hash.startsWith(h), `#/presentatie/${n}?scherm=console`, {
    timeout: scaled(10_000),
  });
  await page
    .locator('#console-now-heading', { hasText: new RegExp(`\\b${n} (van|of) ${TOTAL}\\b`) })
    .waitFor({ timeout: scaled(10_000) });
}

/** A page the app opened (window.open), watched for errors like the fixture's own. */
function watch(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

/** Reloads a window at another step than the one it showed: it must take over the other window's. */
async function reloadAt(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    history.replaceState(null, '', h);
    location.reload();
  }, hash);
  await page.waitForLoadState('load');
}

describe("the presenter's console", () => {
  it('follows the slide and drives it, in either window, across reloads and closed windows', async () => {
    const app = await newApp({ viewport: { width: 1920, height: 1080 } });
    await app.open('#/presentatie/3');
    const [consolePage] = await Promise.all([app.w.context.waitForEvent('page'), app.page.keyboard.press('p')]);
    const errors = watch(consolePage);
    await consolePage.setViewportSize(CONSOLE_SIZE);
    await consolePage.locator('.console-link[data-link="linked"]').waitFor({ timeout: scaled(15_000) });
    await waitForConsoleStep(consolePage, 3);

    // A key in the console moves the slide; a key on the slide moves the console.
    await consolePage.keyboard.press('ArrowRight');
    await waitForStep(app, 4);
    await app.page.keyboard.press('PageDown');
    await waitForConsoleStep(consolePage, 5);
    await consolePage.locator('.console-steps button[data-step="2"]').click();
    await waitForStep(app, 2);
    await consolePage.keyboard.press('End');
    await waitForStep(app, TOTAL);
    await consolePage.keyboard.press('Home');
    await waitForStep(app, 1);
    await app.page.keyboard.press('ArrowRight');
    await waitForConsoleStep(consolePage, 2);

    // The black screen, from the console.
    await consolePage.keyboard.press('b');
    await app.page.locator('.presenter-blank').waitFor({ state: 'visible', timeout: scaled(10_000) });
    await consolePage.keyboard.press('b');
    await app.page.locator('.presenter-blank').waitFor({ state: 'hidden', timeout: scaled(10_000) });

    // The notes: the answer's own text for the project, the passages marked.
    const project = doc.projects[0]!;
    expect((await consolePage.locator('.console-notes blockquote').textContent())!.replace(/\s+/g, ' ').trim()).toBe(
      project.sourceText.replace(/\s+/g, ' ').trim(),
    );
    expect(await consolePage.locator('.console-notes mark').count()).toBeGreaterThan(0);
    expect(await consolePage.locator('.console-next-title').textContent()).toBe(doc.projects[1]!.name);

    // Reloading either window picks up the other's step.
    await reloadAt(consolePage, '#/presentatie/7?scherm=console');
    await waitForConsoleStep(consolePage, 2);
    await app.page.keyboard.press('ArrowRight');
    await waitForConsoleStep(consolePage, 3);
    await reloadAt(app.page, '#/presentatie/9');
    await waitForStep(app, 3);

    // What the presenter sees: the console on the laptop, the slide on the projector.
    await consolePage
      .locator('.console-map svg')
      .first()
      .waitFor({ timeout: scaled(15_000) });
    await consolePage.locator('.console-next-map svg').waitFor({ timeout: scaled(15_000) });
    await new AppDriver(
      { page: consolePage, context: app.w.context, consoleErrors: errors, foreignRequests: [] },
      app.baseUrl,
    ).screenshot('presenter-console-1366');
    await app.screenshot('presenter-console-slide-1920');

    // axe on the console: nothing serious or critical.
    expect(
      await new AppDriver(
        { page: consolePage, context: app.w.context, consoleErrors: errors, foreignRequests: [] },
        app.baseUrl,
      ).accessibilityProblems(),
    ).toEqual([]);

    // The console closes: the slide goes on with its keys.
    await consolePage.close();
    await app.page.keyboard.press('ArrowRight');
    await waitForStep(app, 4);

    // Opened again, it comes at the slide's step; then the slide closes, and the
    // console says so and opens it again, at the console's step.
    const [second] = await Promise.all([app.w.context.waitForEvent('page'), app.page.keyboard.press('P')]);
    errors.push(...watch(second));
    await waitForConsoleStep(second, 4);
    await second.locator('.console-link[data-link="linked"]').waitFor({ timeout: scaled(15_000) });
    await app.page.close();
    await second.locator('.console-link[data-link="other-closed"]').waitFor({ timeout: scaled(15_000) });
    await second.keyboard.press('ArrowRight');
    await waitForConsoleStep(second, 5);
    const [slideAgain] = await Promise.all([
      app.w.context.waitForEvent('page'),
      second.locator('[data-action="open-slide"]').click(),
    ]);
    errors.push(...watch(slideAgain));
    await slideAgain.waitForFunction(() => location.hash === '#/presentatie/5', undefined, { timeout: scaled(15_000) });
    await second.locator('.console-link[data-link="linked"]').waitFor({ timeout: scaled(15_000) });
    await second.keyboard.press('ArrowLeft');
    await slideAgain.waitForFunction(() => location.hash === '#/presentatie/4', undefined, { timeout: scaled(15_000) });
    expect(errors).toEqual([]);
  });
});
