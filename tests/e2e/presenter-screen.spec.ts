// Presenter mode in the real browser, part two: reduced motion, and the card
// fitting a projector's screen at its common sizes. (A spec file of its own, so
// the two browser workers share the presenter's long tests.)
import { describe, expect, it } from 'vitest';
import { useApp } from './support/fixture';
import type { AppDriver } from './support/driver';
import { doc, expectScaled, stepOf, TOTAL, waitForStep } from './support/presenter';
import { PRESENTER_LABEL_SCALE } from '../../src/core/presentation';

const newApp = useApp();
// The hardest cards to fit: the most members, and the longest summary.
const MOST_MEMBERS = [...doc.projects].sort((a, b) => b.municipalities.length - a.municipalities.length)[0]!;
const LONGEST = [...doc.projects].sort((a, b) => b.summary.nl.length - a.summary.nl.length)[0]!;

describe('presenter mode on a projector', () => {
  it('jumps the camera instead of flying when reduced motion is asked for', async () => {
    // Over the 30 frames after a step change the map never reports a camera
    // movement in progress with reduced motion, and does without it. The app asks
    // the media query at each move, so one page can try both.
    const movingFrames = async (app: AppDriver, step: number) => {
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
      const moving = await sampled;
      await waitForStep(app, step);
      return moving;
    };
    const app = await newApp({ reducedMotion: 'reduce' });
    await app.open('#/presentatie/1');
    expect(await movingFrames(app, 2)).toBe(0);
    await app.mapIdle();
    const card = (await app.page.locator('.presenter-card').boundingBox())!;
    // The area lies right of the card: the padding keeps room for the text.
    const p = await app.mapPoint(5.0510, 50.9847);
    expect(p.x).toBeGreaterThan(card.x + card.width);
    await app.page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await movingFrames(app, 3)).toBeGreaterThan(0);
  });

  it('fits the common projector sizes without clipping, readable from the back, every project named and W13\'s markers clear', async () => {
    // Opened directly in presenter mode, the map is drawn at projector size from the start.
    const app = await newApp({ viewport: { width: 1920, height: 1080 } });
    await app.open('#/presentatie/1');
    await app.mapIdle();
    const inPresenter = await app.layoutProperty('context-labels', 'text-size');
    const w13 = stepOf('w13');
    const ids = doc.projects.map((p) => p.id).sort();
    for (const [width, height] of [[1920, 1080], [1600, 900], [1366, 768], [1280, 720], [1024, 768]] as const) {
      await app.page.setViewportSize({ width, height });
      const steps = width === 1600 || width === 1366 ? [1, w13, TOTAL] : [1, stepOf(MOST_MEMBERS.id), stepOf(LONGEST.id), w13, TOTAL];
      for (const step of [...new Set(steps)]) {
        const where = `${width}×${height}, step ${step}`;
        await app.page.evaluate((h) => { location.hash = h; }, `#/presentatie/${step}`);
        await waitForStep(app, step);
        const m = await app.page.evaluate(() => {
          const card = document.querySelector('.presenter-card') as HTMLElement;
          const body = parseFloat(getComputedStyle(document.querySelector('.presenter-summary')!).fontSize);
          const titleSize = parseFloat(getComputedStyle(document.getElementById('presenter-title')!).fontSize);
          return { overflow: card.scrollHeight - card.clientHeight, body, titleSize, cardRight: card.getBoundingClientRect().right };
        });
        expect(m.overflow, where).toBeLessThanOrEqual(0);
        if (height === 1080) expect(m.body).toBeGreaterThanOrEqual(28);
        expect(m.titleSize).toBeGreaterThanOrEqual(m.body * 1.8);
        expect(m.cardRight).toBeLessThan(width * 0.5);
        if (step !== 1 && step !== TOTAL && step !== w13) continue;
        await app.mapIdle();
        if (step === 1 || step === TOTAL) {
          // Every project's name on the map, none dropped, and a colour key on the card.
          expect((await app.renderedLabels('spread-labels')).sort(), where).toEqual(ids);
          expect(await app.page.locator('.presenter-projects li .swatch').count(), where).toBe(doc.projects.length);
        }
        // No name over a local-experiment marker.
        const markers = await app.page.evaluate(() => window.gboInspect!()!.markers());
        expect(markers.length).toBeGreaterThan(0);
        for (const p of markers) {
          const over = await app.page.evaluate((q) => window.gboInspect!()!.labelsAt(q), p);
          expect(over, `${where}: a name over the marker at ${Math.round(p.x)},${Math.round(p.y)}`).toEqual([]);
        }
        if (step !== w13) await app.screenshot(`presenter-${width}x${height}-${step === 1 ? 'start' : 'end'}`);
      }
    }
    await app.page.evaluate(() => { location.hash = '#/'; });
    await app.waitForHeading('Pilootprojecten in Vlaanderen');
    await app.mapIdle();
    expectScaled(inPresenter, await app.layoutProperty('context-labels', 'text-size'), PRESENTER_LABEL_SCALE);
  });
});
