// The screen's SVG map paints its areas and lines on a canvas drawn by the CPU, under
// the SVG of names, markers and focusable areas. Why: where the GPU is software
// (SwiftShader), rasterising the same paths as SVG kept the GPU process busy for
// 0.6 s a frame, for 1.2–2 s after the first map, and the WebGL map, which waits
// for a quiet GPU, came at 3.3 s instead of 1.2 s. A canvas made with
// willReadFrequently stays in main memory and is painted by Skia on the CPU, a few
// ms here; the GPU only shows the finished bitmap. Printouts and images keep SVG
// paths (render/svg/svg-map-view.ts, `paint: 'svg'`).
// paintAreas(canvas, ctx, shapes, view, pixelRatio) draws the shapes at the view's screen positions.
import { geoPath, geoTransform, type GeoPermissibleObjects } from 'd3-geo';
import type { AreaShape } from './area-shapes';
import { zoomWidths } from './area-shapes';
import { dashScale } from '../../core/map-paint';
import type { Size } from '../../core/camera';

export interface CanvasView {
  size: Size;
  zoom: number;
  /** Longitude, latitude → CSS pixels in the canvas. */
  x(lon: number): number;
  y(lat: number): number;
}

/** A canvas of the CPU's, or null where a 2D context cannot be had. */
export function cpuContext(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
  return canvas.getContext('2d', { willReadFrequently: true });
}

export function paintAreas(
  canvas: HTMLCanvasElement,
  ctx: CanvasRenderingContext2D,
  shapes: readonly AreaShape[],
  view: CanvasView,
  pixelRatio: number,
): void {
  const { width, height } = view.size;
  const w = Math.round(width * pixelRatio);
  const h = Math.round(height * pixelRatio);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  const path = geoPath(
    geoTransform({
      point(lon, lat) {
        this.stream.point(view.x(lon), view.y(lat));
      },
    }),
    ctx,
  );
  const widths = zoomWidths(view.zoom);
  for (const s of shapes) {
    ctx.beginPath();
    path(s.geometry as GeoPermissibleObjects);
    if (s.fill) {
      ctx.globalAlpha = s.fillOpacity ?? 1;
      ctx.fillStyle = s.fill;
      ctx.fill('evenodd');
    }
    if (s.stroke) {
      ctx.globalAlpha = s.strokeOpacity ?? 1;
      ctx.strokeStyle = s.stroke;
      ctx.lineWidth = s.strokeWidth ?? widths[s.layer] ?? 1;
      ctx.setLineDash(s.dash?.map((v) => v * dashScale(view.zoom)) ?? []);
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}
