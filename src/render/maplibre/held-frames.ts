// A WebGL map readied out of sight prepares its frames but draws none until it has
// everything: then it draws once, and is shown.
//
// Why: Chromium runs the GPU work of a canvas nobody sees only when the canvas is
// first shown. While its sources load, MapLibre draws 15–18 frames, and each was
// paid in the hand-over's one frame, in which the GPU process could draw nothing
// else: a stall of 0.8–1.2 s on this GPU-less machine (a click at 2 s waited
// 0.5–0.9 s for its panel). With the frames held, that frame costs 0.2–0.3 s.
//
// MapLibre prepares a frame (style, tiles, placement) and then hands it to its
// painter; only the painter draws. It has no public switch for this, so the
// painter's `render`, a private method, is wrapped. Where it cannot be found (a
// MapLibre that renamed it) nothing is held: the map draws every frame, as before.
// holdFrames(map) → { held(), release() } | null.

/** The part of a MapLibre map this needs: its painter (private) and a repaint. */
export interface PaintedMap {
  triggerRepaint(): void;
}

export interface HeldFrames {
  /** True until release(). */
  held(): boolean;
  /** Draws from the next frame on (and asks for that frame). */
  release(): void;
}

type Painter = { render?: (...args: unknown[]) => unknown };

export function holdFrames(map: PaintedMap): HeldFrames | null {
  const painter = (map as unknown as { painter?: Painter }).painter;
  const render = painter?.render;
  if (!painter || typeof render !== 'function') return null;
  let held = true;
  painter.render = function (this: unknown, ...args: unknown[]) {
    return held ? undefined : render.apply(this, args);
  };
  return {
    held: () => held,
    release() {
      if (!held) return;
      held = false;
      painter.render = render;
      map.triggerRepaint();
    },
  };
}
