// The GPU probe's shell (src/app/map/gpu-quiet.ts) with a fake worker: what it hands
// the worker, when it answers, and that it leaves nothing behind in the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gpuQuiet } from '../../src/app/map/gpu-quiet';

class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((e: { data: number }) => void) | null = null;
  onerror: (() => void) | null = null;
  received: { data: unknown; transfer: unknown[] }[] = [];
  terminated = false;
  constructor(
    readonly url: string,
    readonly answers: number[] = FakeWorker.answers,
  ) {
    FakeWorker.made.push(this);
  }
  static answers: number[] = [];
  postMessage(data: unknown, transfer: unknown[] = []) {
    this.received.push({ data, transfer });
    // Round trips, as the worker would post them once it has its canvas.
    for (const ms of this.answers) queueMicrotask(() => this.onmessage?.({ data: ms }));
  }
  terminate() {
    this.terminated = true;
  }
}

const offscreen = { kind: 'offscreen' };
const probes = () => document.querySelectorAll('canvas.gpu-probe');

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('OffscreenCanvas', class {});
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:probe');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  HTMLCanvasElement.prototype.transferControlToOffscreen = function () {
    return offscreen as unknown as OffscreenCanvas;
  };
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.useRealTimers();
  delete (HTMLCanvasElement.prototype as Partial<HTMLCanvasElement>).transferControlToOffscreen;
});

describe('the GPU probe', () => {
  it('hands the worker a 1×1 canvas of the page, answers "quiet" after three quick round trips, and takes the canvas away', async () => {
    FakeWorker.answers = [600, 40, 5, 30, 4, 3, 2];
    const answer = gpuQuiet({ underMs: 12, inARow: 3, spacingMs: 40, maxWaitMs: 6000 });
    const worker = FakeWorker.made[0]!;
    expect(probes()).toHaveLength(1);
    expect((probes()[0] as HTMLCanvasElement).width).toBe(1);
    expect(probes()[0]!.getAttribute('aria-hidden')).toBe('true');
    expect(worker.received).toEqual([{ data: offscreen, transfer: [offscreen] }]);
    await expect(answer).resolves.toBe('quiet');
    expect(worker.terminated).toBe(true);
    expect(probes()).toHaveLength(0);
  });

  it('gives the worker no canvas where a canvas cannot be handed over', async () => {
    delete (HTMLCanvasElement.prototype as Partial<HTMLCanvasElement>).transferControlToOffscreen;
    FakeWorker.answers = [3, 3, 3];
    await expect(gpuQuiet()).resolves.toBe('quiet');
    expect(FakeWorker.made[0]!.received).toEqual([{ data: null, transfer: [] }]);
    expect(probes()).toHaveLength(0);
  });

  it('stops waiting at its longest wait, and when the worker has no WebGL2', async () => {
    vi.useFakeTimers();
    FakeWorker.answers = [900, 900];
    const slow = gpuQuiet({ underMs: 12, inARow: 3, spacingMs: 40, maxWaitMs: 6000 });
    await vi.advanceTimersByTimeAsync(5999);
    expect(probes()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(slow).resolves.toBe('timeout');
    expect(probes()).toHaveLength(0);
    vi.useRealTimers();

    FakeWorker.answers = [-1];
    await expect(gpuQuiet()).resolves.toBe('unavailable');
    expect(probes()).toHaveLength(0);
  });

  it('goes on at once without workers', async () => {
    vi.stubGlobal('Worker', undefined);
    await expect(gpuQuiet()).resolves.toBe('unavailable');
    expect(probes()).toHaveLength(0);
  });
});
