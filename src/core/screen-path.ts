// An area's outline as an SVG path at a camera: straight lines between its
// vertices in Web Mercator, as both renderers draw them (core/camera.ts), with
// no library, so the page's first bundle need not carry d3-geo for it.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { screenProjection, type Camera, type Size } from './camera';

export function screenPath(geometry: Polygon | MultiPolygon, camera: Camera, size: Size): string {
  const screen = screenProjection(camera, size);
  const round = (v: number) => Math.round(v * 10) / 10;
  const ring = (r: Position[]) =>
    r.map(([lon, lat], i) => `${i ? 'L' : 'M'}${round(screen.x(lon!))},${round(screen.y(lat!))}`).join('') + 'Z';
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((p) => p.map(ring)).join('');
}
