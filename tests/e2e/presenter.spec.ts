// Presenter mode in the real browser: full screen from the link, map labels at
// projector size, and a reload. Reduced motion and the card at projector sizes
// are in presenter-screen.spec.ts; stepping through every step by key in tests/dom.
import { describe, expect, it } from 'vitest';
import { useApp } from './support/fixture';
import type { AppDriver } from './support/driver';
import { doc, expectDrawnAtScale, stepOf, TOTAL, waitForStep } from './support/presenter';
import { LINE_WIDTH } from '../../src/core/map-paint';
import { PRESENTER_LABEL_SCALE } from '../../src/core/presentation';
import { scaled } from './support/timeouts';

const newApp = useApp();
const titleOfStep = (n: number) =>
  n === 1 ? 'Pilootprojecten geïntegreerd breed onthaal' : n === TOTAL ? 'Overzicht' : doc.projects[n - 2]!.name;
const title = (app: AppDriver) =>
  app.page
    .locator('#presenter-title')
    .textContent()
    .then((s) => s?.trim());

describe('presenter mode', () => {
  it('starts full screen from the link, jumps by number, and draws labels at projector size', async () => {
    const app = await newApp({ viewport: { width: 1920, height: 1080 } });
    await app.open('#/');
    await app.mapIdle();
    await expectDrawnAtScale(app, 'project', 1, 'on screen');
    await app.page.getByRole('link', { name: 'Presentatie starten' }).click();
    await waitForStep(app, 1);
    expect(await title(app)).toBe(titleOfStep(1));
    // Full screen, asked for within the click.
    await app.page.waitForFunction(() => document.fullscreenElement === document.documentElement, undefined, {
      timeout: scaled(10_000),
    });
    await app.mapIdle();
    await app.screenshot('presenter-1');
    const w13 = stepOf('w13');
    await app.page.keyboard.type(String(w13)); // works at once, no click needed
    await app.page.keyboard.press('Enter');
    await waitForStep(app, w13);
    expect(await title(app)).toBe('W13');
    await app.mapIdle();
    // Project names on the map are sized for a projector…
    await expectDrawnAtScale(app, 'project', PRESENTER_LABEL_SCALE, 'presenter, W13');
    // W13 is drawn selected (its outline as MapLibre drew it), even though its step came while the labels re-laid out.
    expect((await app.drawnFeature('project-outline', 'w13')).paint['line-width']).toBe(
      LINE_WIDTH.projectOutlineSelected,
    );
    await app.screenshot('presenter-w13');
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.page.keyboard.press('Escape');
    await app.page.waitForFunction(() => !location.hash.includes('presentatie'));
    // Leaving goes back in history: the URL changes at once, the page a task later
    // (its hashchange), so wait for what the eye sees, not the URL.
    await app.page.locator('#presenter').waitFor({ state: 'hidden', timeout: scaled(10_000) });
    // Leaving presenter mode leaves full screen too.
    await app.page.waitForFunction(() => document.fullscreenElement === null, undefined, { timeout: scaled(10_000) });
    // … and back to screen size after.
    await app.mapIdle();
    await expectDrawnAtScale(app, 'project', 1, 'after presenting');
  });

  it('stays on step 5 after a reload', async () => {
    const app = await newApp();
    await app.open('#/presentatie/5');
    await app.page.locator('#presenter-title').waitFor();
    await app.page.reload();
    await app.page.locator('#presenter-title').waitFor();
    expect(await title(app)).toBe(titleOfStep(5));
    expect(await app.hash()).toBe('#/presentatie/5');
  });
});
