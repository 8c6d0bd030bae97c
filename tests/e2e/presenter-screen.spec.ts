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

});
