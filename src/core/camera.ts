// One camera for both renderers: a centre and a zoom in MapLibre's Web Mercator
// (512-px tiles), from which the WebGL map is placed and the SVG map projects.
// Both then draw every point at the same pixel, which is what makes the hand-over
// from the SVG map to the WebGL map invisible. The fit is MapLibre's own
// cameraForBounds (src/ui/camera.ts): the bounds' Mercator box scaled into the
// padded viewport, centred in it.
import type { Bounds } from './geometry';
import type { Padding, ScreenPoint } from './map-seam';

export interface Camera {
  center: [number, number];
  zoom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** MapLibre's tile size: the world is 512 × 2^zoom pixels wide. */
export const TILE_SIZE = 512;
/** The zoom range the maps allow: all of Flanders on a 360-px phone, down to a neighbourhood. */
export const ZOOM_RANGE = { min: 5, max: 12 } as const;
/** The closest a view is framed: a small municipality still shows its neighbours. */
export const FIT_MAX_ZOOM = 11;

const MAX_LAT = 85.051129;

const mercatorX = (lon: number) => (lon + 180) / 360;
const mercatorY = (lat: number) => {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI);
};

/** A longitude, latitude in Mercator units (0–1 across the world, y down). */
export function mercator([lon, lat]: [number, number]): [number, number] {
  return [mercatorX(lon), mercatorY(lat)];
}

export function unmercator([x, y]: [number, number]): [number, number] {
  const lat = (Math.atan(Math.exp((0.5 - y) * 2 * Math.PI)) * 360) / Math.PI - 90;
  return [x * 360 - 180, lat];
}

const worldSize = (zoom: number) => TILE_SIZE * 2 ** zoom;

/** The camera that shows `bounds` as large as fits inside `size` less `padding`. */
export function fitCamera(bounds: Bounds, size: Size, padding: Padding, maxZoom: number = FIT_MAX_ZOOM): Camera {
  const [[west, south], [east, north]] = bounds;
  const [x0, y0] = mercator([west, north]);
  const [x1, y1] = mercator([east, south]);
  const w = Math.max(1, size.width - padding.left - padding.right);
  const h = Math.max(1, size.height - padding.top - padding.bottom);
  const scale = Math.min(w / Math.max((x1 - x0) * TILE_SIZE, 1e-9), h / Math.max((y1 - y0) * TILE_SIZE, 1e-9));
  const zoom = Math.min(maxZoom, ZOOM_RANGE.max, Math.max(ZOOM_RANGE.min, Math.log2(scale)));
  const world = worldSize(zoom);
  // The bounds' centre goes to the centre of the padded box, not of the viewport.
  const cx = ((x0 + x1) / 2) * world - (padding.left - padding.right) / 2;
  const cy = ((y0 + y1) / 2) * world - (padding.top - padding.bottom) / 2;
  return { center: unmercator([cx / world, cy / world]), zoom };
}

/** Where a position is on screen, in CSS pixels from the map's top-left corner. */
export function projectPoint(camera: Camera, size: Size, lngLat: [number, number]): ScreenPoint {
  const world = worldSize(camera.zoom);
  const [px, py] = mercator(lngLat);
  const [cx, cy] = mercator(camera.center);
  return { x: (px - cx) * world + size.width / 2, y: (py - cy) * world + size.height / 2 };
}

/**
 * projectPoint for many points: screen x and y of a longitude and latitude, with
 * nothing allocated per point (the SVG map streams every vertex through it).
 */
export function screenProjection(camera: Camera, size: Size): { x(lon: number): number; y(lat: number): number } {
  const world = worldSize(camera.zoom);
  const [cx, cy] = mercator(camera.center);
  return {
    x: (lon) => (mercatorX(lon) - cx) * world + size.width / 2,
    y: (lat) => (mercatorY(lat) - cy) * world + size.height / 2,
  };
}

/** The position at a screen point: the inverse of projectPoint. */
export function unprojectPoint(camera: Camera, size: Size, p: ScreenPoint): [number, number] {
  const world = worldSize(camera.zoom);
  const [cx, cy] = mercator(camera.center);
  return unmercator([cx + (p.x - size.width / 2) / world, cy + (p.y - size.height / 2) / world]);
}
