// The SVG map's picture. Its areas are drawn once at a camera as paths in their
// groups (on screen, painted on a canvas of the CPU's under them instead:
// render/svg/canvas-paint.ts) and moved by a transform to each new camera; its
// markers, leaders and names are drawn at screen positions over them, so they
// keep their size. What the picture was last placed for is kept: the same again
// draws nothing anew.
import { geoPath, geoTransform, type GeoPermissibleObjects } from 'd3-geo';
import type { Padding } from '../map-view';
import type { MapScene } from '../../core/map-scene';
import { dashScale } from '../../core/map-paint';
import { projectPoint, screenProjection, type Camera, type Size } from '../../core/camera';
import { planLabels, type LabelPlan } from '../../core/label-plan';
import { measureText } from '../../core/text-widths';
import { drawLabels, drawMarks } from './svg-draw';
import { svg as el } from '../../ui/dom';
import { LAYERS, areaShapes, zoomWidths, type AreaShape } from './area-shapes';
import { cpuContext, paintAreas } from './canvas-paint';

/** What the canvas under the SVG shows: the shapes at the camera and size of `key`. */
interface CanvasPaint {
  canvas: HTMLCanvasElement;
  ctx: CanvasRenderingContext2D;
  shapes: AreaShape[] | null;
  key: string;
}

/** Where the picture is placed: the scene, at a camera, in a box, with the room the panel leaves. */
export interface Placement {
  scene: MapScene;
  camera: Camera;
  size: Size;
  padding: Padding;
}

export class SvgPicture {
  readonly svg = el('svg', { class: 'svg-map', role: 'group', 'fill-rule': 'evenodd' });
  readonly title = el('title');
  /** The names and markers drawn last (the inspector reads them). */
  readonly overlay = el('g', { class: 'labels' });
  readonly canvas: CanvasPaint | null;
  plan: LabelPlan = { labels: [], leaders: [] };
  /** The projection of the paths as drawn (the pointer's tint is drawn with it). */
  path = geoPath();
  /** Heard after the paths were drawn anew: whatever was drawn over them (the pointer's tint) is gone. */
  onRedrawn: () => void = () => {};
  private readonly zoomed = el('g');
  private readonly groups: Record<string, SVGGElement> = {};
  private drawn: { camera: Camera; width: number; height: number } | null = null;
  private shapes: AreaShape[] = [];
  /** The dashed paths and their dash at a whole zoom: longer between two, as on the WebGL map (dashScale). */
  private dashed: [SVGElement, [number, number]][] = [];
  private lastPlaced = '';
  private placedScene: MapScene | null = null;

  constructor(container: HTMLElement, onCanvas: boolean) {
    this.svg.append(this.title, this.zoomed, this.overlay);
    this.canvas = onCanvas ? canvasUnder(container, this.svg) : null;
    container.append(this.svg);
  }

  layer(name: string): SVGGElement {
    return (this.groups[name] ??= el('g', { class: name }));
  }

  /** Draws the scene's areas at the camera, then places it. */
  draw(at: Placement): void {
    const { width, height } = at.size;
    this.drawn = { camera: at.camera, width, height };
    this.lastPlaced = '';
    this.svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    // Straight lines between vertices in Web Mercator, as WebGL draws them: a planar
    // transform, so d3 neither resamples nor clips on the sphere (a third of the
    // SVG map's time before). Fills use evenodd, so holes need no particular winding.
    const screen = screenProjection(at.camera, at.size);
    this.path = geoPath(
      geoTransform({
        point(lon, lat) {
          this.stream.point(screen.x(lon), screen.y(lat));
        },
      }),
    );
    for (const g of Object.values(this.groups)) g.replaceChildren();
    this.shapes = areaShapes(at.scene);
    this.dashed = [];
    for (const [shape, p] of areaPaths(this.shapes, this.path, !!this.canvas)) {
      if (shape.dash) this.dashed.push([p, shape.dash]);
      this.layer(shape.layer).append(p);
    }
    this.zoomed.replaceChildren(...LAYERS.map((l) => this.layer(l)));
    this.onRedrawn();
    this.place(at);
  }

  /** Moves the drawn paths to the camera, then draws markers and names at it; a new size draws anew. */
  place(at: Placement): void {
    if (!this.drawn) return;
    const { width, height } = at.size;
    if (width !== this.drawn.width || height !== this.drawn.height) return this.draw(at);
    const key = JSON.stringify([at.camera, at.padding, width, height]);
    if (key === this.lastPlaced && this.placedScene === at.scene) return;
    this.lastPlaced = key;
    this.placedScene = at.scene;
    const { camera } = at;
    // The transform from the camera the paths were drawn at to this one.
    const k = 2 ** (camera.zoom - this.drawn.camera.zoom);
    const c0 = projectPoint(camera, at.size, this.drawn.camera.center);
    this.zoomed.setAttribute(
      'transform',
      `translate(${c0.x - (k * width) / 2} ${c0.y - (k * height) / 2}) scale(${k})`,
    );
    // Line widths follow the zoom, as on the WebGL map (strokes do not scale).
    for (const [name, w] of Object.entries(zoomWidths(camera.zoom)))
      this.layer(name).setAttribute('stroke-width', String(w));
    for (const [p, dash] of this.dashed)
      p.setAttribute('stroke-dasharray', dash.map((v) => v * dashScale(camera.zoom)).join(' '));
    this.paintCanvas(at, key);
    const point = (p: number[]) => projectPoint(camera, at.size, p as [number, number]);
    this.plan = planLabels(at.scene, { camera, size: at.size, padding: at.padding }, measureText);
    // In the paint list's order: leaders, then markers, then the names over all.
    const [leaders, ...names] = drawLabels(this.plan, at.scene.labelScale, point);
    this.overlay.replaceChildren(leaders!, drawMarks(at.scene, camera.zoom, point), ...names);
  }

  /** The canvas again only when its picture changed: new names alone (a language, a selection's label) leave the areas as they are. */
  private paintCanvas(at: Placement, key: string): void {
    const paint = this.canvas;
    const ratio = devicePixelRatio || 1;
    if (!paint || (paint.shapes === this.shapes && paint.key === `${key}|${ratio}`)) return;
    const screen = screenProjection(at.camera, at.size);
    paintAreas(
      paint.canvas,
      paint.ctx,
      this.shapes,
      { size: at.size, zoom: at.camera.zoom, x: screen.x, y: screen.y },
      ratio,
    );
    paint.shapes = this.shapes;
    paint.key = `${key}|${ratio}`;
  }

  remove(): void {
    this.svg.remove();
    this.canvas?.canvas.remove();
  }
}

/** The screen's map paints its areas on a canvas under the SVG; null where a 2D context cannot be had (the paths are drawn then). */
function canvasUnder(container: HTMLElement, svg: SVGSVGElement): CanvasPaint | null {
  const canvas = document.createElement('canvas');
  canvas.className = 'svg-map-paint';
  canvas.setAttribute('aria-hidden', 'true');
  const ctx = cpuContext(canvas);
  if (!ctx) return null;
  container.append(canvas);
  svg.classList.add('on-canvas');
  return { canvas, ctx, shapes: null, key: '' };
}

/**
 * The shapes as SVG paths, each with its shape. On a canvas, only the projects'
 * areas stay SVG, unpainted: what the page says of them, where a click finds them.
 * (The keyboard's buttons are the map host's: app/map/area-keys.ts.)
 */
function areaPaths(
  shapes: readonly AreaShape[],
  path: (g: GeoPermissibleObjects) => string | null,
  onCanvas: boolean,
): [AreaShape, SVGElement][] {
  // Each project's area is drawn twice (fill under the borders, line over them): one path string for both.
  const projectPaths = new Map<GeoPermissibleObjects, string>();
  const pathOf = (shape: AreaShape) => {
    if (!shape.project) return path(shape.geometry) ?? '';
    let p = projectPaths.get(shape.geometry);
    if (p === undefined) projectPaths.set(shape.geometry, (p = path(shape.geometry) ?? ''));
    return p;
  };
  return shapes
    .filter((shape) => !onCanvas || shape.layer === 'project-fills')
    .map((shape) => {
      const attrs: Record<string, string> = {
        d: pathOf(shape),
        fill: shape.fill ?? 'none',
        ...(shape.fillOpacity !== undefined ? { 'fill-opacity': String(shape.fillOpacity) } : {}),
        ...(shape.stroke ? { stroke: shape.stroke } : {}),
        ...(shape.strokeOpacity !== undefined ? { 'stroke-opacity': String(shape.strokeOpacity) } : {}),
        ...(shape.strokeWidth !== undefined ? { 'stroke-width': String(shape.strokeWidth) } : {}),
      };
      if (shape.layer === 'municipalities') attrs.class = 'municipal-borders';
      if (shape.project && shape.layer === 'project-fills')
        Object.assign(attrs, { 'data-project': shape.project.id, class: 'project-area' });
      return [shape, el('path', attrs)];
    });
}
