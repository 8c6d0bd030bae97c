// Small planar helpers on WGS84 coordinates, used for label anchors and camera fits.
// Flanders is small enough (≈ 1.3° of latitude) that planar maths on degrees is
// accurate to well within a label's size.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';

export type Bounds = [[number, number], [number, number]];
type XY = [number, number];

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Vertex i of a ring, wrapping around; rings are never empty in valid GeoJSON. */
function vertex(ring: Position[], i: number): XY {
  return ring[i % ring.length] as XY;
}

/** The outer ring of a polygon. */
const outer = (poly: Position[][]): Position[] => poly[0] ?? [];

export function bounds(geometries: (Polygon | MultiPolygon)[]): Bounds {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geometries)
    for (const poly of polygonsOf(g))
      for (const [x, y] of outer(poly) as XY[]) {
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x);
        y1 = Math.max(y1, y);
      }
  return [
    [x0, y0],
    [x1, y1],
  ];
}

function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x1, y1] = vertex(ring, i);
    const [x2, y2] = vertex(ring, i + 1);
    a += x1 * y2 - x2 * y1;
  }
  return a / 2;
}

export function pointInRing(p: Position, ring: Position[]): boolean {
  const [x, y] = p as XY;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = vertex(ring, i);
    const [xj, yj] = vertex(ring, j);
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInPolygon(p: Position, g: Polygon | MultiPolygon): boolean {
  return polygonsOf(g).some((poly) => pointInRing(p, outer(poly)) && !poly.slice(1).some((h) => pointInRing(p, h)));
}

/**
 * Where a label goes: the pole of inaccessibility of the largest polygon (the
 * inside point farthest from every edge, polylabel), so a name sits inside even a
 * concave or hooked area. Longitudes are scaled by cos(latitude) first, so that
 * "far from the edge" is measured on the ground and not in degrees.
 */
export function labelPoint(g: Polygon | MultiPolygon): Position {
  const largest = polygonsOf(g).reduce((a, b) => (Math.abs(ringArea(outer(b))) > Math.abs(ringArea(outer(a))) ? b : a));
  const first = vertex(outer(largest), 0);
  const k = Math.cos((first[1] * Math.PI) / 180);
  const [x, y] = polylabel(
    largest.map((ring) => ring.map((p) => [(p[0] ?? 0) * k, p[1] ?? 0])),
    0.0003,
  );
  return [x / k, y];
}

const EARTH_RADIUS_KM = 6371.0088; // mean Earth radius (IUGG)

/** Great-circle distance in km (haversine). */
export function distanceKm(a1: Position, a2: Position): number {
  const [lon1, lat1] = a1 as XY;
  const [lon2, lat2] = a2 as XY;
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
}
