import { describe, expect, it } from 'vitest';
import { fitCamera, mercator, projectPoint, unprojectPoint, unmercator, screenProjection } from '../../src/core/camera';
import type { Bounds } from '../../src/core/geometry';
import { geoMercator } from 'd3-geo';

const flanders: Bounds = [
  [2.54, 50.68],
  [5.92, 51.51],
];
const size = { width: 1280, height: 800 };

describe('camera', () => {
  it('fits the bounds into the padded box: touching it on the tight side, centred in it', () => {
    const padding = { top: 24, right: 24, bottom: 24, left: 480 };
    const cam = fitCamera(flanders, size, padding);
    const nw = projectPoint(cam, size, [flanders[0][0], flanders[1][1]]);
    const se = projectPoint(cam, size, [flanders[1][0], flanders[0][1]]);
    // Flanders is wide: its west and east edges touch the padded box's sides.
    expect(nw.x).toBeCloseTo(480, 6);
    expect(se.x).toBeCloseTo(1280 - 24, 6);
    // Vertically centred in the padded box.
    expect((nw.y + se.y) / 2).toBeCloseTo(24 + (800 - 48) / 2, 6);
    expect(nw.y).toBeGreaterThan(24);
  });

  it('stops at the fit zoom limit for a tiny area', () => {
    const cam = fitCamera(
      [
        [4, 51],
        [4.001, 51.001],
      ],
      size,
      { top: 0, right: 0, bottom: 0, left: 0 },
    );
    expect(cam.zoom).toBe(11);
  });

  it('unprojects what it projects', () => {
    const cam = { center: [4.1, 51.0] as [number, number], zoom: 8.3 };
    const p = projectPoint(cam, size, [3.72, 51.05]);
    const back = unprojectPoint(cam, size, p);
    expect(back[0]).toBeCloseTo(3.72, 9);
    expect(back[1]).toBeCloseTo(51.05, 9);
    expect(unmercator(mercator([5, 50]))[1]).toBeCloseTo(50, 9);
  });

  it("is the Mercator of d3-geo, and the SVG map's screen projection puts every point where the WebGL map draws it", () => {
    const cam = fitCamera(flanders, size, { top: 24, right: 24, bottom: 24, left: 24 });
    // d3-geo, an independent Mercator: the world is 2π × scale pixels wide, 512 × 2^zoom here.
    const d3 = geoMercator()
      .scale((512 * 2 ** cam.zoom) / (2 * Math.PI))
      .center(cam.center)
      .translate([size.width / 2, size.height / 2]);
    const screen = screenProjection(cam, size);
    for (const ll of [
      [2.6, 51.1],
      [3.72, 51.05],
      [5.5, 50.9],
    ] as [number, number][]) {
      const [x, y] = d3(ll)!;
      const p = projectPoint(cam, size, ll);
      expect(x).toBeCloseTo(p.x, 6);
      expect(y).toBeCloseTo(p.y, 6);
      expect(screen.x(ll[0])).toBeCloseTo(p.x, 9);
      expect(screen.y(ll[1])).toBeCloseTo(p.y, 9);
    }
  });
});
