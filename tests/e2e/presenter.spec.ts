// Presenter mode in the real browser: full screen from the link, map labels at
// projector size, blank, reload, reduced motion, and the card fitting a
// projector's screen. Stepping through every step by key runs in tests/dom.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useApp } from './support/fixture';
import type { AppDriver } from './support/driver';
import { PRESENTER_LABEL_SCALE } from '../../src/core/presentation';
import type { ProjectsDoc } from '../../src/core/types';

const newApp = useApp();
const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
const TOTAL = doc.projects.length + 2;
const stepOf = (id: string) => doc.projects.findIndex((p) => p.id === id) + 2;
const titleOfStep = (n: number) => (n === 1 ? 'Pilootprojecten geïntegreerd breed onthaal' : n === TOTAL ? 'Overzicht' : doc.projects[n - 2]!.name);
// The hardest cards to fit: the most members, and the longest summary.
const MOST_MEMBERS = [...doc.projects].sort((a, b) => b.municipalities.length - a.municipalities.length)[0]!;
const LONGEST = [...doc.projects].sort((a, b) => b.summary.nl.length - a.summary.nl.length)[0]!;

const title = (app: AppDriver) => app.page.locator('#presenter-title').textContent().then((s) => s?.trim());
/** Waits until step n is both in the URL and on screen. */
const waitForStep = async (app: AppDriver, n: number) => {
  await app.page.waitForFunction((h) => location.hash === h, `#/presentatie/${n}`, { timeout: 10_000 });
  await app.page.locator('.presenter-step', { hasText: new RegExp(`^${n} / `) }).waitFor({ timeout: 10_000 });
};

/** Every number in `scaled` is `factor` times the number at the same place in `base`. */
const expectScaled = (scaled: unknown, base: unknown, factor: number) => {
  const numbers = (v: unknown): number[] => (typeof v === 'number' ? [v] : Array.isArray(v) ? v.flatMap(numbers) : []);
  const [a, b] = [numbers(scaled), numbers(base)];
  expect(a).toHaveLength(b.length);
  // Zoom stops are positions, not sizes: compare the sizes (every other number after the stops' start).
  b.forEach((n, i) => {
    const isStop = Array.isArray(base) && base[0] === 'interpolate' && i % 2 === 0;
    expect(a[i]).toBeCloseTo(isStop ? n : n * factor, 5);
  });
};

describe('presenter mode', () => {
  it('starts full screen from the link, jumps by number, and draws labels at projector size', async () => {
    const app = await newApp({ viewport: { width: 1920, height: 1080 } });
    await app.open('#/');
    await app.mapIdle();
    const labelSize = () => app.layoutProperty('project-labels', 'text-size');
    const onScreen = await labelSize();
    await app.page.getByRole('link', { name: 'Presentatie starten' }).click();
    await waitForStep(app, 1);
    expect(await title(app)).toBe(titleOfStep(1));
    await app.mapIdle();
    await app.screenshot('presenter-1');
    const w13 = stepOf('w13');
    await app.page.keyboard.type(String(w13)); // works at once, no click needed
    await app.page.keyboard.press('Enter');
    await waitForStep(app, w13);
    expect(await title(app)).toBe('W13');
    await app.mapIdle();
    // Project names on the map are sized for a projector…
    expectScaled(await labelSize(), onScreen, PRESENTER_LABEL_SCALE);
    // W13 is drawn selected, even though its step came while the labels re-laid out.
    expect(await app.featureState('projects', 'w13')).toMatchObject({ selected: true });
    await app.screenshot('presenter-w13');
    expect(await app.accessibilityProblems()).toEqual([]);
    await app.page.keyboard.press('Escape');
    await app.page.waitForFunction(() => !location.hash.includes('presentatie'));
    expect(await app.page.locator('#presenter').isHidden()).toBe(true);
    // … and back to screen size after.
    expect(await labelSize()).toEqual(onScreen);
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

  it('jumps the camera instead of flying when reduced motion is asked for', async () => {
    // Over the 30 frames after a step change the map never reports a camera
    // movement in progress with reduced motion, and does without it.
    const movingFrames = async (app: AppDriver) => {
      await app.open('#/presentatie/1');
      await app.mapIdle();
      const sampled = app.page.evaluate(() => new Promise<number>((resolve) => {
        const map = window.gboInspect!()!;
        let frames = 0;
        let moving = 0;
        const tick = () => {
          if (map.isMoving()) moving++;
          if (++frames < 30) requestAnimationFrame(tick);
          else resolve(moving);
        };
        requestAnimationFrame(tick);
      }));
      await app.page.keyboard.press('ArrowRight');
      return sampled;
    };
    const reduced = await newApp({ reducedMotion: 'reduce' });
    expect(await movingFrames(reduced)).toBe(0);
    await waitForStep(reduced, 2);
    await reduced.mapIdle();
    const card = (await reduced.page.locator('.presenter-card').boundingBox())!;
    // The area lies right of the card: the padding keeps room for the text.
    const p = await reduced.mapPoint(5.0510, 50.9847);
    expect(p.x).toBeGreaterThan(card.x + card.width);
    const animated = await newApp({ reducedMotion: 'no-preference' });
    expect(await movingFrames(animated)).toBeGreaterThan(0);
  });

  it('fits 1920×1080, 1280×720 and 1024×768 without clipping, readable from the back', async () => {
    // Opened directly in presenter mode, the map is drawn at projector size from the start.
    const app = await newApp({ viewport: { width: 1920, height: 1080 } });
    await app.open('#/presentatie/1');
    await app.mapIdle();
    const inPresenter = await app.layoutProperty('context-labels', 'text-size');
    for (const [width, height] of [[1920, 1080], [1280, 720], [1024, 768]] as const) {
      await app.page.setViewportSize({ width, height });
      for (const step of [1, stepOf(MOST_MEMBERS.id), stepOf(LONGEST.id), TOTAL]) {
        await app.page.evaluate((h) => { location.hash = h; }, `#/presentatie/${step}`);
        await waitForStep(app, step);
        const m = await app.page.evaluate(() => {
          const card = document.querySelector('.presenter-card') as HTMLElement;
          const body = parseFloat(getComputedStyle(document.querySelector('.presenter-summary')!).fontSize);
          const titleSize = parseFloat(getComputedStyle(document.getElementById('presenter-title')!).fontSize);
          return { overflow: card.scrollHeight - card.clientHeight, body, titleSize, cardRight: card.getBoundingClientRect().right };
        });
        expect(m.overflow, `${width}×${height}, step ${step}`).toBeLessThanOrEqual(0);
        if (height === 1080) expect(m.body).toBeGreaterThanOrEqual(28);
        expect(m.titleSize).toBeGreaterThanOrEqual(m.body * 1.8);
        expect(m.cardRight).toBeLessThan(width * 0.5);
      }
      if (width === 1024) await app.screenshot(`presenter-${width}x${height}-end`);
    }
    await app.page.evaluate(() => { location.hash = '#/'; });
    await app.waitForHeading('Pilootprojecten in Vlaanderen');
    await app.mapIdle();
    expectScaled(inPresenter, await app.layoutProperty('context-labels', 'text-size'), PRESENTER_LABEL_SCALE);
  });
});
