// A release that moved nothing holds the WebGL map's repaints until the next frame
// has been painted, so a click's panel is not painted with a map frame
// (src/render/maplibre/click-repaint.ts).
import { describe, expect, it } from 'vitest';
import { gateRepaints } from '../../src/render/maplibre/click-repaint';

function setUp() {
  const repaints: string[] = [];
  const map = {
    triggerRepaint() {
      repaints.push('frame');
    },
  };
  const painted: (() => void)[] = [];
  let cancelled = 0;
  const gate = gateRepaints(map, (fn) => {
    painted.push(fn);
    return () => {
      cancelled++;
    };
  });
  /** The frame asked for after the hold has been painted. */
  const paint = () => {
    for (const fn of painted.splice(0)) fn();
  };
  return { map, gate, repaints, paint, cancelled: () => cancelled, waiting: () => painted.length };
}

describe('gateRepaints', () => {
  it('passes every repaint through while nothing is held', () => {
    const { map, repaints } = setUp();
    map.triggerRepaint();
    map.triggerRepaint();
    expect(repaints).toEqual(['frame', 'frame']);
  });

  it('holds the repaints asked after a release until the next frame is painted, then asks for one', () => {
    const { map, gate, repaints, paint } = setUp();
    gate.holdThroughNextPaint();
    map.triggerRepaint(); // the release's own frame
    map.triggerRepaint(); // the click's selection
    expect(repaints).toEqual([]);
    paint();
    expect(repaints).toEqual(['frame']);
    map.triggerRepaint();
    expect(repaints).toEqual(['frame', 'frame']);
  });

  it('asks for no frame at the end of a hold when none was asked', () => {
    const { gate, repaints, paint } = setUp();
    gate.holdThroughNextPaint();
    paint();
    expect(repaints).toEqual([]);
  });

  it('holds for one frame in all when released twice before it', () => {
    const { map, gate, repaints, paint, waiting } = setUp();
    gate.holdThroughNextPaint();
    gate.holdThroughNextPaint();
    expect(waiting()).toBe(1);
    map.triggerRepaint();
    paint();
    expect(repaints).toEqual(['frame']);
  });

  it('drops a held repaint when the map goes', () => {
    const { map, gate, cancelled } = setUp();
    gate.holdThroughNextPaint();
    map.triggerRepaint();
    gate.dispose();
    expect(cancelled()).toBe(1);
  });
});
