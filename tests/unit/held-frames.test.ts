// The WebGL map readied out of sight does everything but draw until its first idle,
// then draws one frame and is heard idle once the GPU has done it
// (src/render/maplibre/held-frames.ts); without a WebGL2 context it holds nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdFrames } from '../../src/render/maplibre/held-frames';

/** A context whose calls land on its prototype, as a browser's do. */
class FakeGl {
  static calls: string[] = [];
  drawElements(mode: number) {
    FakeGl.calls.push(`drawElements ${mode}`);
  }
  drawArrays(mode: number) {
    FakeGl.calls.push(`drawArrays ${mode}`);
  }
  drawElementsInstanced() {
    FakeGl.calls.push('drawElementsInstanced');
  }
  drawArraysInstanced() {
    FakeGl.calls.push('drawArraysInstanced');
  }
  drawRangeElements() {
    FakeGl.calls.push('drawRangeElements');
  }
  bufferData() {
    FakeGl.calls.push('bufferData');
  }
  clear() {
    FakeGl.calls.push('clear');
  }
  // The fence: signalled when the test says the GPU has done its work.
  readonly SYNC_GPU_COMMANDS_COMPLETE = 0x9117;
  readonly SYNC_STATUS = 0x9114;
  readonly SIGNALED = 0x9119;
  readonly UNSIGNALED = 0x9118;
  gpuDone = false;
  lost = false;
  fences = 0;
  fenceSync() {
    FakeGl.calls.push('fenceSync');
    this.fences++;
    return {};
  }
  flush() {
    FakeGl.calls.push('flush');
  }
  getSyncParameter() {
    return this.gpuDone ? this.SIGNALED : this.UNSIGNALED;
  }
  deleteSync() {
    FakeGl.calls.push('deleteSync');
  }
  isContextLost() {
    return this.lost;
  }
}

function setUp(gl: FakeGl | null = new FakeGl()) {
  FakeGl.calls = [];
  let repaints = 0;
  const canvas = { getContext: (kind: string) => (kind === 'webgl2' ? gl : null) } as unknown as HTMLCanvasElement;
  const map = {
    triggerRepaint: () => {
      repaints++;
    },
  };
  // A frame as MapLibre makes one: uploads, clears, draws.
  const frame = () => {
    const c = canvas.getContext('webgl2') as unknown as FakeGl;
    c.bufferData();
    c.clear();
    c.drawElements(4);
    c.drawArrays(1);
    c.drawElementsInstanced();
    c.drawArraysInstanced();
    c.drawRangeElements();
  };
  return { gl, canvas, map, frame, repaints: () => repaints };
}

describe('frames held while the map is out of sight', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does all of a frame but its draw calls until the first idle, then draws, asking for a frame', () => {
    const { canvas, map, frame, repaints } = setUp();
    const frames = holdFrames(canvas, map)!;
    const heard = vi.fn();
    frame();
    expect(FakeGl.calls).toEqual(['bufferData', 'clear']);
    expect(repaints()).toBe(0);

    frames.idle(heard);
    expect(heard).not.toHaveBeenCalled();
    expect(repaints()).toBe(1);
    FakeGl.calls = [];
    frame();
    expect(FakeGl.calls).toEqual([
      'bufferData',
      'clear',
      'drawElements 4',
      'drawArrays 1',
      'drawElementsInstanced',
      'drawArraysInstanced',
      'drawRangeElements',
    ]);
  });

  it('is heard idle after the drawn frame only once the GPU has done it, and at once from then on', () => {
    const { gl, canvas, map, frame, repaints } = setUp();
    const frames = holdFrames(canvas, map, { pollMs: 16, maxWaitMs: 3000 })!;
    const heard = vi.fn();
    frames.idle(heard); // released
    frame();
    FakeGl.calls = [];
    frames.idle(heard); // the drawn frame's idle: a fence after it, sent to the GPU
    expect(FakeGl.calls).toEqual(['fenceSync', 'flush']);
    vi.advanceTimersByTime(500);
    expect(heard).not.toHaveBeenCalled();
    // Another idle meanwhile (a frame the page asked for) waits for the same fence.
    frames.idle(heard);
    expect(gl!.fences).toBe(1);
    gl!.gpuDone = true;
    vi.advanceTimersByTime(16);
    expect(heard).toHaveBeenCalledTimes(2);
    expect(FakeGl.calls).toContain('deleteSync');
    frames.idle(heard);
    expect(heard).toHaveBeenCalledTimes(3);
    expect(repaints()).toBe(1);
  });

  it('waits for a fence that never signals at most maxWaitMs, and not for a lost context', () => {
    const late = setUp();
    const frames = holdFrames(late.canvas, late.map, { pollMs: 16, maxWaitMs: 3000 })!;
    const heard = vi.fn();
    frames.idle(heard);
    frames.idle(heard);
    vi.advanceTimersByTime(2900);
    expect(heard).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(heard).toHaveBeenCalledTimes(1);

    const lost = setUp();
    const others = holdFrames(lost.canvas, lost.map, { pollMs: 16, maxWaitMs: 3000 })!;
    const heardToo = vi.fn();
    others.idle(heardToo);
    others.idle(heardToo);
    lost.gl!.lost = true;
    vi.advanceTimersByTime(16);
    expect(heardToo).toHaveBeenCalledTimes(1);
  });

  it('holds nothing without a WebGL2 context', () => {
    const { canvas, map } = setUp(null);
    expect(holdFrames(canvas, map)).toBeNull();
  });
});
