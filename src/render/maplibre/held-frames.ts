// A WebGL map readied out of sight does all the work of its frames but the
// drawing itself, until it has everything: then it draws once, still out of
// sight, and is shown when the GPU has done that drawing.
//
// Why: Chromium runs the GPU work of a canvas nobody sees only when the canvas is
// first shown. While its sources load, MapLibre draws 15–18 frames, and each was
// paid in the hand-over's one frame, in which the GPU process could draw nothing
// else: a stall of 0.8–1.2 s on this GPU-less machine (a click at 2 s waited
// 0.5–0.9 s for its panel).
//
// Held, the map's WebGL context drops its draw calls: everything else a frame
// does (uploading tiles, compiling shaders as layers first show, setting state)
// goes on, spread over the frames as before. Released, it draws one frame out of
// sight, and a fence after it makes the GPU run that frame now: on a software GPU
// (SwiftShader) the first draws compile its pipelines, about 0.3 s, which it does
// on its own threads while the page and its other frames go on. Shown before the
// fence signals, that work was paid in the hand-over's frame instead (its swap
// took 0.3 s, and a click's panel waited behind it); shown after, that frame
// swaps in 20–30 ms. A fence that never signals (a lost context, a GPU that
// never answers) holds the map back at most `maxWaitMs`.
//
// The context is the canvas's own (canvas.getContext returns the one MapLibre
// made), and the draw calls are shadowed on that one object: no private part of
// MapLibre is touched. holdFrames(canvas, map) → { idle(hear) } | null.

/** The draw calls of WebGL2: the only calls that make the GPU draw. */
const DRAWS = [
  'drawArrays',
  'drawElements',
  'drawArraysInstanced',
  'drawElementsInstanced',
  'drawRangeElements',
] as const;

export interface HeldFrames {
  /**
   * The map is idle. Held: its draw calls come back and a frame is asked for (the
   * host hears nothing yet). Drawn since: `hear` is called once the GPU has done
   * that frame. From then on, at once.
   */
  idle(hear: () => void): void;
}

export interface HoldOptions {
  /** How often the fence is looked at, and how long it is waited for at most. */
  pollMs: number;
  maxWaitMs: number;
}

export function holdFrames(
  canvas: HTMLCanvasElement,
  map: { triggerRepaint(): void },
  { pollMs, maxWaitMs }: HoldOptions = { pollMs: 16, maxWaitMs: 3000 },
): HeldFrames | null {
  const gl = canvas.getContext('webgl2');
  if (!gl) return null;
  const own = gl as unknown as Record<(typeof DRAWS)[number], unknown>;
  for (const name of DRAWS) own[name] = () => {};
  let step: 'held' | 'drawn' | 'fenced' | 'done' = 'held';
  const waiting: (() => void)[] = [];
  const done = () => {
    step = 'done';
    for (const hear of waiting.splice(0)) hear();
  };
  /** A fence after everything asked so far: done when the GPU has run it. */
  const fence = () => {
    step = 'fenced';
    const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
    gl.flush();
    const until = performance.now() + maxWaitMs;
    const look = () => {
      const signalled = sync !== null && gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED;
      if (signalled || gl.isContextLost() || performance.now() >= until) {
        if (sync) gl.deleteSync(sync);
        done();
      } else setTimeout(look, pollMs);
    };
    look();
  };
  return {
    idle(hear) {
      if (step === 'done') return hear();
      if (step === 'held') {
        step = 'drawn';
        for (const name of DRAWS) delete own[name];
        map.triggerRepaint();
        return;
      }
      waiting.push(hear);
      if (step === 'drawn') fence();
    },
  };
}
