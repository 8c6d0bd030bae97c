// Small planar helpers on WGS84 coordinates, used for label anchors and camera fits.
// Flanders is small enough (≈ 1.3° of latitude) that planar maths on degrees is
// accurate to well within a label's size.
import type { MultiPolygon, Polygon, Position } from 'geojson';

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
  for (const g of geometries) for (const poly of polygonsOf(g)) for (const [x, y] of outer(poly) as XY[]) {
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  return [[x0, y0], [x1, y1]];
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
 * A point well inside the largest polygon, for a label: the centroid when it falls
 * inside, otherwise the midpoint of the widest horizontal run through it.
 */
export function labelPoint(g: Polygon | MultiPolygon): Position {
  const largest = polygonsOf(g).reduce((a, b) => (Math.abs(ringArea(outer(b))) > Math.abs(ringArea(outer(a))) ? b : a));
  const ring = outer(largest);
  let cx = 0, cy = 0, a = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x1, y1] = vertex(ring, i);
    const [x2, y2] = vertex(ring, i + 1);
    const f = x1 * y2 - x2 * y1;
    cx += (x1 + x2) * f; cy += (y1 + y2) * f; a += f;
  }
  const c: XY = [cx / (3 * a), cy / (3 * a)];
  if (pointInPolygon(c, { type: 'Polygon', coordinates: largest })) return c;
  // Scan line through the centroid's latitude: the longest inside stretch.
  const xs: number[] = [];
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x1, y1] = vertex(ring, i);
    const [x2, y2] = vertex(ring, i + 1);
    if (y1 > c[1] !== y2 > c[1]) xs.push(x1 + ((c[1] - y1) / (y2 - y1)) * (x2 - x1));
  }
  xs.sort((p, q) => p - q);
  let best: Position = vertex(ring, 0);
  let widest = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const [from, to] = [xs[i] as number, xs[i + 1] as number];
    if (to - from > widest) { widest = to - from; best = [(from + to) / 2, c[1]]; }
  }
  return best;
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
