// The map as SVG with d3-geo: the first map on screen (it needs no WebGL and no
// worker, so it shows as soon as a plain chart would), the map without WebGL, and
// the map of printouts and images. It draws the scene (core/map-scene.ts) at the
// camera (core/camera.ts) with the names of the plan (core/label-plan.ts), the
// same three inputs as the WebGL map, so both show the same picture. Clicks pick
// a municipality; each pilot area is also a focusable button for the keyboard.
import { geoPath, geoTransform, type GeoPermissibleObjects } from 'd3-geo';
import type { MapSetup, MapView, MapViewEvents, Padding } from '../map-view';
import type { MapScene } from '../../core/map-scene';
import { byState, dashScale, paintLayer } from '../../core/map-paint';
import { fitCamera, projectPoint, screenProjection, unprojectPoint, type Camera, type Size } from '../../core/camera';
import { areaIndex } from '../../core/area-index';
import { planLabels, type LabelPlan } from '../../core/label-plan';
import type { Bounds } from '../../core/geometry';
import { measureText } from '../../core/text-widths';
import { circleAttrs, drawLabels } from './svg-draw';
import { svg as el } from '../../ui/dom';
import { LAYERS, areaShapes, zoomWidths, type AreaShape } from './area-shapes';
import { cpuContext, paintAreas } from './canvas-paint';
import { snapshotSvg } from './svg-snapshot';
import { svgInspector } from './svg-inspector';

export interface SvgMapView extends MapView {
  /** The map as drawn, at `pixelRatio` × its CSS size (for the PNG export). */
  snapshot(pixelRatio: number): Promise<HTMLCanvasElement>;
}

export interface SvgMapViewOptions extends MapSetup {
  /** Where areas and lines are painted: SVG paths (printouts, images: vector), or a canvas of the CPU's under the SVG (the screen). */
  paint?: 'svg' | 'canvas';
}

export function createSvgMapView(opts: SvgMapViewOptions, events: MapViewEvents): SvgMapView {
  const { container } = opts;
  // The container's size, read once and again only after resize(): each read after
  // a change to the page forces a layout (20 ms a time before the first map).
  let known: Size | null = null;
  const size = () => (known ??= { width: Math.max(container.clientWidth, 200), height: Math.max(container.clientHeight, 200) });
  const svg = el('svg', { class: 'svg-map', role: 'group', 'fill-rule': 'evenodd' });
  const title = el('title');
  // Paths are drawn once at `drawn` and moved by a transform to `camera`; names,
  // markers and leaders are drawn at screen positions on top, so they keep their size.
  const zoomed = el('g');
  const overlay = el('g', { class: 'labels' });
  svg.append(title, zoomed, overlay);
  // The screen's map paints its areas on a canvas under the SVG (render/svg/canvas-paint.ts).
  const paint = (() => {
    if (opts.paint !== 'canvas') return null;
    const canvas = document.createElement('canvas');
    canvas.className = 'svg-map-paint';
    canvas.setAttribute('aria-hidden', 'true');
    const ctx = cpuContext(canvas);
    if (!ctx) return null;
    container.append(canvas);
    svg.classList.add('on-canvas');
    // What the canvas shows: the shapes at the camera and size of `key`.
    return { canvas, ctx, shapes: null as AreaShape[] | null, key: '' };
  })();
  container.append(svg);

  let scene = opts.scene;
  let camera = opts.camera;
  let drawn: { camera: Camera; width: number; height: number } | null = null;
  let plan: LabelPlan = { labels: [], leaders: [] };
  let padding: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
  const moves: number[] = [];
  const measure = measureText;
  const groups: Record<string, SVGGElement> = {};
  const layer = (name: string) => (groups[name] ??= el('g', { class: name }));

  // The municipality under a position: hit-tested on the data, not on 308 paths;
  // the index is made on the first pointer move, not before the first map.
  let hitIndex: { layers: MapScene['layers']; at: ReturnType<typeof areaIndex> } | null = null;
  const municipalityAt = (at: [number, number]) => {
    if (hitIndex?.layers !== scene.layers) hitIndex = { layers: scene.layers, at: areaIndex(scene.layers.gemeenten.features) };
    return hitIndex.at(at);
  };
  let path = geoPath();
  let shapes: AreaShape[] = [];
  /** The dashed paths and their dash at a whole zoom: longer between two, as on the WebGL map (dashScale). */
  let dashed: [SVGElement, [number, number]][] = [];
  const draw = () => {
    const { width, height } = size();
    drawn = { camera, width, height };
    lastPlaced = '';
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    // Straight lines between vertices in Web Mercator, as WebGL draws them: a planar
    // transform, so d3 neither resamples nor clips on the sphere (a third of the
    // SVG map's time before). Fills use evenodd, so holes need no particular winding.
    const screen = screenProjection(camera, { width, height });
    path = geoPath(geoTransform({ point(lon, lat) { this.stream.point(screen.x(lon), screen.y(lat)); } }));
    const d = (g: GeoPermissibleObjects) => path(g) ?? '';
    for (const g of Object.values(groups)) g.replaceChildren();
    dashed = [];
    // Each project's area is drawn twice (fill under the borders, line over them): one path string for both.
    const projectPaths = new Map<GeoPermissibleObjects, string>();
    const pathOf = (shape: AreaShape) => {
      if (!shape.project) return d(shape.geometry);
      let p = projectPaths.get(shape.geometry);
      if (p === undefined) projectPaths.set(shape.geometry, (p = d(shape.geometry)));
      return p;
    };
    shapes = areaShapes(scene);
    for (const shape of shapes) {
      // On a canvas, only the projects' areas stay SVG, unpainted: what the page
      // says of them, where a click finds them. (The keyboard's buttons are the
      // map host's: app/map/area-keys.ts.)
      if (paint && shape.layer !== 'project-fills') continue;
      const attrs: Record<string, string> = {
        d: pathOf(shape),
        fill: shape.fill ?? 'none',
        ...(shape.fillOpacity !== undefined ? { 'fill-opacity': String(shape.fillOpacity) } : {}),
        ...(shape.stroke ? { stroke: shape.stroke } : {}),
        ...(shape.strokeOpacity !== undefined ? { 'stroke-opacity': String(shape.strokeOpacity) } : {}),
        ...(shape.strokeWidth !== undefined ? { 'stroke-width': String(shape.strokeWidth) } : {}),
      };
      if (shape.layer === 'municipalities') attrs.class = 'municipal-borders';
      if (shape.project && shape.layer === 'project-fills') Object.assign(attrs, { 'data-project': shape.project.id, class: 'project-area' });
      const p = el('path', attrs);
      if (shape.dash) dashed.push([p, shape.dash]);
      layer(shape.layer).append(p);
    }
    hovered = null;
    zoomed.replaceChildren(...LAYERS.map(layer));
    place();
  };

  // What the names were last placed for: the same again draws nothing anew.
  let lastPlaced = '';
  let placedScene = scene;
  /** Moves the drawn paths to the camera, then draws markers and names at it. */
  const place = () => {
    if (!drawn) return;
    const { width, height } = size();
    if (width !== drawn.width || height !== drawn.height) return draw();
    const key = JSON.stringify([camera, padding, width, height]);
    if (key === lastPlaced && placedScene === scene) return events.onIdle();
    lastPlaced = key;
    placedScene = scene;
    // The transform from the camera the paths were drawn at to this one.
    const k = 2 ** (camera.zoom - drawn.camera.zoom);
    const c0 = projectPoint(camera, { width, height }, drawn.camera.center);
    zoomed.setAttribute('transform', `translate(${c0.x - (k * width) / 2} ${c0.y - (k * height) / 2}) scale(${k})`);
    // Line widths follow the zoom, as on the WebGL map (strokes do not scale).
    for (const [name, w] of Object.entries(zoomWidths(camera.zoom))) layer(name).setAttribute('stroke-width', String(w));
    for (const [p, dash] of dashed) p.setAttribute('stroke-dasharray', dash.map((v) => v * dashScale(camera.zoom)).join(' '));
    // The canvas again only when its picture changed: new names alone (a language,
    // a selection's label) leave the areas as they are.
    const ratio = devicePixelRatio || 1;
    if (paint && (paint.shapes !== shapes || paint.key !== `${key}|${ratio}`)) {
      const screen = screenProjection(camera, { width, height });
      paintAreas(paint.canvas, paint.ctx, shapes, { size: { width, height }, zoom: camera.zoom, x: screen.x, y: screen.y }, ratio);
      paint.shapes = shapes;
      paint.key = `${key}|${ratio}`;
    }
    const at = (p: number[]) => projectPoint(camera, { width, height }, p as [number, number]);
    const marks = el('g', { class: 'marks' });
    const dot = (className: string, id: string, p: number[]) => {
      const { x, y } = at(p);
      marks.append(el('circle', { class: className, cx: String(x), cy: String(y), ...circleAttrs(paintLayer(id), camera.zoom, scene.labelScale) }));
    };
    for (const f of scene.layers.subAreas.features) dot('experiment-marker', 'sub-areas', f.geometry.coordinates);
    if (scene.position) dot('position-marker', 'position', scene.position);
    plan = planLabels(scene, { camera, size: { width, height }, padding }, measure);
    // In the paint list's order: leaders, then markers, then the names over all.
    const [leaders, ...names] = drawLabels(plan, scene.labelScale, at);
    overlay.replaceChildren(leaders!, marks, ...names);
    events.onIdle();
  };

  // Hover: the municipality under the pointer, tinted as on the WebGL map.
  let hovered: string | null = null;
  const codeAt = (e: MouseEvent): string | null => {
    const box = container.getBoundingClientRect();
    const at = unprojectPoint(camera, size(), { x: e.clientX - box.left, y: e.clientY - box.top });
    const f = municipalityAt(at);
    return f ? String(f.properties?.code) : null;
  };
  const hover = (code: string | null) => {
    if (code === hovered) return;
    hovered = code;
    const f = code ? scene.layers.gemeenten.features.find((g) => String(g.properties?.code) === code) : undefined;
    const tint = paintLayer('gemeenten-fill').fill!;
    layer('hover').replaceChildren(...(f ? [el('path', { d: path(f as GeoPermissibleObjects) ?? '', fill: tint.colour as string, 'fill-opacity': String(byState(tint.opacity, { hover: true })) })] : []));
    svg.style.cursor = code ? 'pointer' : '';
  };
  const onClick = (e: MouseEvent) => {
    const code = codeAt(e);
    if (code) events.onPick(code);
  };
  const onMove = (e: MouseEvent) => {
    const box = container.getBoundingClientRect();
    const code = codeAt(e);
    hover(code);
    events.onHover(code, { x: e.clientX - box.left, y: e.clientY - box.top });
  };
  const onLeave = () => {
    hover(null);
    events.onHover(null, { x: 0, y: 0 });
  };
  svg.addEventListener('click', onClick);
  svg.addEventListener('mousemove', onMove);
  svg.addEventListener('mouseleave', onLeave);

  title.textContent = scene.label;
  draw();

  return {
    kind: 'svg',
    draw(next) {
      const prev = scene;
      if (next === prev) return events.onIdle();
      scene = next;
      title.textContent = next.label;
      if (next.selection !== prev.selection) events.onHover(null, { x: 0, y: 0 });
      // Names and markers alone are cheap to redo; everything else redraws the paths.
      const pathsSame = next.layers === prev.layers && next.surroundings === prev.surroundings && next.kept === prev.kept && next.elz === prev.elz
        && next.selection.projectId === prev.selection.projectId && next.selection.municipalities.join() === prev.selection.municipalities.join();
      if (pathsSame) place();
      else draw();
    },
    fit(bounds: Bounds, options) {
      padding = options.padding;
      camera = fitCamera(bounds, size(), padding);
      moves.push(1);
      if (moves.length > 100) moves.shift();
      place();
    },
    camera: () => camera,
    inspect: () => svgInspector(() => ({ scene, camera, size: size(), plan, overlay, moves })),
    resize: () => {
      known = null;
      place();
    },
    snapshot: (pixelRatio) => snapshotSvg(svg, size(), pixelRatio, paint?.canvas),
    destroy() {
      svg.removeEventListener('click', onClick);
      svg.removeEventListener('mousemove', onMove);
      svg.removeEventListener('mouseleave', onLeave);
      svg.remove();
      paint?.canvas.remove();
    },
  };
}
