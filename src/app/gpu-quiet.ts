// Waits, off the main thread, until the GPU process is quiet (core/gpu-quiet.ts):
// a worker makes a 1×1 WebGL2 context and times a clear + read of one pixel, a
// round trip to the GPU process, every few tens of ms. Making that context, too,
// waits in the worker while the GPU is busy, not on the page. The worker is
// started from a blob (the CSP allows blob: workers, also in the single-file build).
// gpuQuiet() → Promise of 'quiet' | 'timeout' | 'unavailable'; it never rejects and
// never waits longer than GPU_QUIET.maxWaitMs.
import { GPU_QUIET, quietAfter } from '../core/gpu-quiet';

export type GpuQuiet = 'quiet' | 'timeout' | 'unavailable';

/** The worker: self-contained, it is sent as source text. Posts each round trip's ms, or -1 without WebGL2. */
function probe(spacingMs: number): void {
  const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
  if (!gl) {
    postMessage(-1);
    return;
  }
  const pixel = new Uint8Array(4);
  const tick = () => {
    const t0 = performance.now();
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    postMessage(performance.now() - t0);
    setTimeout(tick, spacingMs);
  };
  tick();
}

export function gpuQuiet(rule = GPU_QUIET): Promise<GpuQuiet> {
  return new Promise((resolve) => {
    let worker: Worker | null = null;
    let url = '';
    const done = (answer: GpuQuiet) => {
      clearTimeout(timer);
      if (worker) {
        worker.onmessage = worker.onerror = null;
        worker.terminate(); // its context goes with it
      }
      if (url) URL.revokeObjectURL(url);
      resolve(answer);
    };
    const timer = setTimeout(() => done('timeout'), rule.maxWaitMs);
    try {
      if (typeof Worker !== 'function' || typeof OffscreenCanvas !== 'function') return done('unavailable');
      url = URL.createObjectURL(new Blob([`(${probe.toString()})(${rule.spacingMs})`], { type: 'text/javascript' }));
      worker = new Worker(url);
    } catch {
      return done('unavailable'); // a blocked blob worker (file://, a stricter CSP)
    }
    const quiet = quietAfter(rule);
    worker.onmessage = (e: MessageEvent<number>) => {
      if (e.data < 0) done('unavailable');
      else if (quiet(e.data)) done('quiet');
    };
    worker.onerror = () => done('unavailable');
  });
}
