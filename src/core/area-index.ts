// Which area lies at a position, fast enough for every pointer move: each area's
// bounding box first, the exact point-in-polygon test only for those it contains.
// The SVG map hit-tests with it (one path of borders instead of one per municipality).
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { bounds, pointInPolygon } from './geometry';

export function areaIndex<F extends Feature>(features: F[]): (at: [number, number]) => F | null {
  const boxes = features.map((f) => bounds([f.geometry as Polygon | MultiPolygon]));
  return ([x, y]) => {
    for (let i = 0; i < features.length; i++) {
      const [[x0, y0], [x1, y1]] = boxes[i]!;
      if (x < x0 || x > x1 || y < y0 || y > y1) continue;
      const f = features[i]!;
      if (pointInPolygon([x, y], f.geometry as Polygon | MultiPolygon)) return f;
    }
    return null;
  };
}
