// The WebGL map readied out of sight draws no frame until it is released
// (src/render/maplibre/held-frames.ts); without the painter it knows, it holds nothing.
import { describe, expect, it } from 'vitest';
import { holdFrames } from '../../src/render/maplibre/held-frames';

function fakeMap() {
  const drawn: unknown[][] = [];
  let repaints = 0;
  const painter = {
    name: 'painter',
    render(this: { name: string }, ...args: unknown[]) {
      drawn.push([this.name, ...args]);
      return 'drawn';
    },
  };
  const map = {
    painter,
    triggerRepaint: () => {
      repaints++;
    },
  };
  // MapLibre calls its painter as a method: `this` must stay the painter.
  const frame = (n: number) => map.painter.render(`frame ${n}`);
  return { map, drawn, frame, repaints: () => repaints };
}

describe('frames held while the map is out of sight', () => {
  it('prepares frames without drawing them, then draws from the release on, asking for a frame', () => {
    const { map, drawn, frame, repaints } = fakeMap();
    const frames = holdFrames(map)!;
    expect(frames.held()).toBe(true);
    expect(frame(1)).toBeUndefined();
    expect(frame(2)).toBeUndefined();
    expect(drawn).toEqual([]);
    expect(repaints()).toBe(0);

    frames.release();
    expect(frames.held()).toBe(false);
    expect(repaints()).toBe(1);
    expect(frame(3)).toBe('drawn');
    expect(drawn).toEqual([['painter', 'frame 3']]);

    // A second release asks for nothing more.
    frames.release();
    expect(repaints()).toBe(1);
  });

  it('holds nothing on a map whose painter it does not know', () => {
    expect(holdFrames({ triggerRepaint() {} })).toBeNull();
    expect(holdFrames({ painter: {}, triggerRepaint() {} } as never)).toBeNull();
  });
});
