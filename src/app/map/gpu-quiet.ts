// Waits, off the main thread, until the GPU process is quiet (core/gpu-quiet.ts):
// a worker makes a 1×1 WebGL2 context and times a clear + read of one pixel, a
// round trip to the GPU process, every few tens of ms. Making that context, too,
// waits in the worker while the GPU is busy, not on the page. The worker is
// started from a blob (the CSP allows blob: workers, also in the single-file build).
//
// The context draws into a 1×1 canvas in the page, handed to the worker
// (transferControlToOffscreen), not into a canvas of the worker's own. On a
// software GPU the first WebGL canvas a page shows costs the GPU process about
// 0.55 s once, whatever its size; when the map's canvas paid it, the page's main
// thread waited with it (a 0.6 s task in a third of the loads, 2 s after opening).
// The probe's canvas pays it while only the worker waits, and the map's canvas
// finds it paid (bench: 0 such tasks in 12 loads, against 4 in 12).
// gpuQuiet() → Promise of 'quiet' | 'timeout' | 'unavailable'; it never rejects and
// never waits longer than GPU_QUIET.maxWaitMs.
import { GPU_QUIET, quietAfter } from '../../core/gpu-quiet';

export type GpuQuiet = 'quiet' | 'timeout' | 'unavailable';

/**
 * The worker: self-contained, it is sent as source text. Waits for its canvas (or
 * null: one of its own), then posts each round trip's ms, or -1 without WebGL2.
 */
function probe(spacingMs: number): void {
  onmessage = (e: MessageEvent<OffscreenCanvas | null>) => {
    const gl = (e.data ?? new OffscreenCanvas(1, 1)).getContext('webgl2');
    if (!gl) {
      postMessage(-1);
      return;
    }
    const pixel = new Uint8Array(4);
    const tick = () => {
      const t0 = performance.now();
      gl.clear(gl.COLOR_BUFFER_BIT); // transparent: the page shows nothing
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
      postMessage(performance.now() - t0);
      setTimeout(tick, spacingMs);
    };
    tick();
  };
}

/** A 1×1 canvas in the page, out of the way, whose drawing the worker does; null where it cannot be handed over. */
function pageCanvas(): { canvas: HTMLCanvasElement; offscreen: OffscreenCanvas } | null {
  const canvas = document.createElement('canvas');
  if (typeof canvas.transferControlToOffscreen !== 'function') return null;
  canvas.width = canvas.height = 1;
  canvas.setAttribute('aria-hidden', 'true');
  canvas.className = 'gpu-probe';
  const offscreen = canvas.transferControlToOffscreen();
  document.body.append(canvas);
  return { canvas, offscreen };
}

export function gpuQuiet(rule = GPU_QUIET): Promise<GpuQuiet> {
  return new Promise((resolve) => {
    let worker: Worker | null = null;
    let url = '';
    let shown: ReturnType<typeof pageCanvas> = null;
    const done = (answer: GpuQuiet) => {
      clearTimeout(timer);
      if (worker) {
        worker.onmessage = worker.onerror = null;
        worker.terminate(); // its context goes with it
      }
      if (url) URL.revokeObjectURL(url);
      shown?.canvas.remove();
      resolve(answer);
    };
    const timer = setTimeout(() => done('timeout'), rule.maxWaitMs);
    try {
      if (typeof Worker !== 'function' || typeof OffscreenCanvas !== 'function') return done('unavailable');
      url = URL.createObjectURL(new Blob([`(${probe.toString()})(${rule.spacingMs})`], { type: 'text/javascript' }));
      worker = new Worker(url);
      shown = pageCanvas();
      if (shown) worker.postMessage(shown.offscreen, [shown.offscreen]);
      else worker.postMessage(null);
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
