// Presenter mode on the common projector sizes: the card fits, every project is
// named on the opening and closing steps, and no name covers W13's markers.
import { describe, expect, it } from 'vitest';
import { useApp } from './support/fixture';
import { named, scaled } from './support/timeouts';
import { doc, expectDrawnAtScale, stepOf, TOTAL, waitForStep } from './support/presenter';
import { PRESENTER_LABEL_SCALE } from '../../src/core/presentation';
import { summaryText } from '../../src/core/types';

const newApp = useApp();
// The hardest cards to fit: the most members, and the longest summary.
const MOST_MEMBERS = [...doc.projects].sort((a, b) => b.municipalities.length - a.municipalities.length)[0]!;
const LONGEST = [...doc.projects].sort((a, b) => summaryText(b, 'nl').length - summaryText(a, 'nl').length)[0]!;

describe('presenter mode on a projector', () => {
  it("fits the common projector sizes without clipping, readable from the back, every project named and W13's markers clear", async () => {
    // Opened directly in presenter mode, the map is drawn at projector size from the start.
    // Reduced motion: the camera jumps, so each step is complete sooner (flights are tested above).
    const app = await newApp({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
    await app.open('#/presentatie/1');
    await app.mapIdle();
    await expectDrawnAtScale(app, 'brussels', PRESENTER_LABEL_SCALE, 'presenter');
    const w13 = stepOf('w13');
    const ids = doc.projects.map((p) => p.id).sort();
    for (const [width, height] of [
      [1920, 1080],
      [1600, 900],
      [1366, 768],
      [1280, 720],
      [1024, 768],
    ] as const) {
      await app.page.setViewportSize({ width, height });
      // The longest cards are checked where they have the least room (the shortest screens).
      // W13's own step where its markers have the least room around them.
      const steps =
        width === 1024
          ? [1, stepOf(MOST_MEMBERS.id), stepOf(LONGEST.id), w13, TOTAL]
          : width === 1280
            ? [1, stepOf(MOST_MEMBERS.id), stepOf(LONGEST.id), TOTAL]
            : [1, TOTAL];
      for (const step of [...new Set(steps)]) {
        const where = `${width}×${height}, step ${step}`;
        await app.page.evaluate((h) => {
          location.hash = h;
        }, `#/presentatie/${step}`);
        await waitForStep(app, step);
        const m = await app.page.evaluate(() => {
          const card = document.querySelector('.presenter-card') as HTMLElement;
          const body = parseFloat(getComputedStyle(document.querySelector('.presenter-summary')!).fontSize);
          const titleSize = parseFloat(getComputedStyle(document.getElementById('presenter-title')!).fontSize);
          return {
            overflow: card.scrollHeight - card.clientHeight,
            body,
            titleSize,
            cardRight: card.getBoundingClientRect().right,
          };
        });
        expect(m.overflow, where).toBeLessThanOrEqual(0);
        if (height === 1080) expect(m.body).toBeGreaterThanOrEqual(28);
        expect(m.titleSize).toBeGreaterThanOrEqual(m.body * 1.8);
        expect(m.cardRight).toBeLessThan(width * 0.5);
        if (step !== 1 && step !== TOTAL && step !== w13) continue;
        await app.mapIdle();
        if (step === 1 || step === TOTAL) {
          // Every project's name on the map, none dropped, and a colour key on the card.
          expect((await app.drawnNames('project', { opaque: true })).sort(), where).toEqual(ids);
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
    // The slide's window dragged from the laptop to a smaller projector, or out
    // of full screen: the card on screen fits anew, before any step changes.
    await app.page.setViewportSize({ width: 1920, height: 1080 });
    await app.page.evaluate(
      (h) => {
        location.hash = h;
      },
      `#/presentatie/${stepOf(LONGEST.id)}`,
    );
    await waitForStep(app, stepOf(LONGEST.id));
    await app.page.setViewportSize({ width: 1024, height: 768 });
    await named(
      'the longest card to fit 1024×768 after the resize',
      app.page.waitForFunction(
        () => {
          const card = document.querySelector<HTMLElement>('.presenter-card');
          return !!card && card.scrollHeight <= card.clientHeight;
        },
        undefined,
        { timeout: scaled(5_000) },
      ),
    );
    await app.page.evaluate(() => {
      location.hash = '#/';
    });
    await app.waitForHeading('Pilootprojecten in Vlaanderen');
    await app.mapIdle();
    await expectDrawnAtScale(app, 'brussels', 1, 'after presenting');
  });
});
