// A WebGL map readied out of sight does all the work of its frames but the
// drawing itself, until it has everything: then it draws once, and is shown.
//
// Why: Chromium runs the GPU work of a canvas nobody sees only when the canvas is
// first shown. While its sources load, MapLibre draws 15–18 frames, and each was
// paid in the hand-over's one frame, in which the GPU process could draw nothing
// else: a stall of 0.8–1.2 s on this GPU-less machine (a click at 2 s waited
// 0.5–0.9 s for its panel).
//
// Held, the map's WebGL context drops its draw calls: everything else a frame
// does (uploading tiles, compiling shaders as layers first show, setting state)
// goes on, spread over the frames as before, so the one frame drawn at the end
// compiles nothing. The context is the canvas's own (canvas.getContext returns the
// one MapLibre made), and the draw calls are shadowed on that one object: no
// private part of MapLibre is touched. holdFrames(canvas, map) → { held(), release() } | null.

/** The draw calls of WebGL2: the only calls that make the GPU draw. */
const DRAWS = [
  'drawArrays',
  'drawElements',
  'drawArraysInstanced',
  'drawElementsInstanced',
  'drawRangeElements',
] as const;

export interface HeldFrames {
  /** True until release(). */
  held(): boolean;
  /** Draws from the next frame on (and asks for that frame). */
  release(): void;
}

export function holdFrames(canvas: HTMLCanvasElement, map: { triggerRepaint(): void }): HeldFrames | null {
  const gl = canvas.getContext('webgl2');
  if (!gl) return null;
  const own = gl as unknown as Record<(typeof DRAWS)[number], unknown>;
  for (const name of DRAWS) own[name] = () => {};
  let held = true;
  return {
    held: () => held,
    release() {
      if (!held) return;
      held = false;
      for (const name of DRAWS) delete own[name];
      map.triggerRepaint();
    },
  };
}
