// When to make the WebGL map: once the GPU process has gone quiet. Where the GPU is
// software (SwiftShader), the first frames of a page keep the GPU process busy for
// up to a second after they are on screen, and every synchronous WebGL call made
// meanwhile (making the context is one) blocks the page's main thread until it is
// through: measured here, 0.6–1.3 s for the context, 6–40 ms once quiet. A probe
// off the main thread times tiny round trips to the GPU process; this decides from
// those times. quietAfter(options) → (roundTripMs) → quiet yet?

export interface QuietRule {
  /** A round trip under this many ms is a quiet one. */
  underMs: number;
  /** How many quiet round trips in a row make the GPU quiet. */
  inARow: number;
}

export const GPU_QUIET: QuietRule & {
  /** The probe's pause between round trips. */
  spacingMs: number;
  /** Longest wait: past it the map is made anyway (a GPU that never settles must not keep WebGL away). */
  maxWaitMs: number;
} = { underMs: 12, inARow: 3, spacingMs: 40, maxWaitMs: 6000 };

export function quietAfter(rule: QuietRule = GPU_QUIET): (roundTripMs: number) => boolean {
  let run = 0;
  return (ms) => {
    run = Number.isFinite(ms) && ms < rule.underMs ? run + 1 : 0;
    return run >= rule.inARow;
  };
}
