// The WebGL map readied out of sight does everything but draw until it is released
// (src/render/maplibre/held-frames.ts); without a WebGL2 context it holds nothing.
import { describe, expect, it } from 'vitest';
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
  return { canvas, map, frame, repaints: () => repaints };
}

describe('frames held while the map is out of sight', () => {
  it('does all of a frame but its draw calls, then draws from the release on, asking for a frame', () => {
    const { canvas, map, frame, repaints } = setUp();
    const frames = holdFrames(canvas, map)!;
    expect(frames.held()).toBe(true);
    frame();
    expect(FakeGl.calls).toEqual(['bufferData', 'clear']);
    expect(repaints()).toBe(0);

    frames.release();
    expect(frames.held()).toBe(false);
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

    // A second release asks for nothing more.
    frames.release();
    expect(repaints()).toBe(1);
  });

  it('holds nothing without a WebGL2 context', () => {
    const { canvas, map } = setUp(null);
    expect(holdFrames(canvas, map)).toBeNull();
  });
});
