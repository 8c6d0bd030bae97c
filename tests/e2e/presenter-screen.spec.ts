// Presenter mode in the real browser, part two: reduced motion. (Spec files of
// their own, so the two browser workers share the presenter's long tests; the
// projector sizes are in presenter-projector.spec.ts.)
import { describe, expect, it } from 'vitest';
import { useApp } from './support/fixture';
import type { AppDriver } from './support/driver';
import { waitForStep } from './support/presenter';

const newApp = useApp();

describe('presenter mode on a projector', () => {
  it('jumps the camera instead of flying when reduced motion is asked for', async () => {
    // Each camera move as the map counts it (its 'move' frames between movestart
    // and moveend): a jump moves in one frame, a flight in many. Counted for the
    // whole move, however late it starts, not over a window of frames.
    const movesOfStep = (app: AppDriver, step: number) =>
      app.afterMapMoves(`step ${step}`, async () => {
        await app.page.keyboard.press('ArrowRight');
        await waitForStep(app, step);
      });
    const app = await newApp({ reducedMotion: 'reduce' });
    await app.open('#/presentatie/1');
    const reduced = await movesOfStep(app, 2);
    expect(reduced.length).toBeGreaterThan(0);
    expect(reduced, 'frames of each move with reduced motion').toEqual(reduced.map(() => 1));
    await app.mapIdle();
    const card = (await app.page.locator('.presenter-card').boundingBox())!;
    // The area lies right of the card: the padding keeps room for the text.
    const p = await app.mapPoint(5.051, 50.9847);
    expect(p.x).toBeGreaterThan(card.x + card.width);
    await app.page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(
      Math.max(...(await movesOfStep(app, 3))),
      'frames of the longest move without reduced motion',
    ).toBeGreaterThan(1);
  });
});
