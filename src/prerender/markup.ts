// The markup both prerendered pictures are written in (the page's overview map and
// the link preview's image): escaped attributes, compact path data, the areas and
// lines in drawing order, a name with its halo, and the paint of leaders and markers,
// all from the paint list the live maps draw with.
import { geoClipRectangle, geoPath, geoTransform, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';
import { screenProjection } from '../core/camera';
import type { PlannedLabel } from '../core/label-plan';
import { LABEL_STYLE, LINE_HEIGHT, type MapScene } from '../core/map-scene';
import { amountAt, dashScale, paintLayer } from '../core/map-paint';
import { LAYERS, areaShapes, zoomWidths } from '../render/svg/area-shapes';

export const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const attrs = (a: Record<string, string | number | undefined>) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join('');

/** Path coordinates are whole units of half a pixel (at the box the build assumes): finer than a line, and a third of d3's digits. */
export const UNIT = 2;

/**
 * SVG path data in whole units, each vertex relative to the last ("l3-2"), and
 * vertices that round onto the last one left out: the page carries the map in
 * about a third of the bytes of d3's absolute decimals.
 */
export function compactPath(projection: { stream(s: GeoStream): GeoStream }): (g: GeoPermissibleObjects) => string {
  let out: string[] = [];
  let x = 0,
    y = 0,
    first = false;
  const num = (v: number) => (v < 0 ? String(v) : ` ${v}`);
  const context = {
    moveTo(px: number, py: number) {
      x = Math.round(px);
      y = Math.round(py);
      out.push(`M${x} ${y}`);
      first = true;
    },
    // After "l", further pairs are more of the same: one letter a ring. (A ring
    // that rounds onto one point stays "M x y", which is valid; "M x yl" is not.)
    lineTo(px: number, py: number) {
      const nx = Math.round(px),
        ny = Math.round(py);
      if (nx === x && ny === y) return;
      const pair = `${num(nx - x)}${num(ny - y)}`;
      out.push(first ? `l${pair.trimStart()}` : pair);
      first = false;
      x = nx;
      y = ny;
    },
    closePath() {
      out.push('z');
    },
    arc() {},
  };
  const path = geoPath(projection, context as never);
  return (g) => {
    out = [];
    path(g);
    return out.join('');
  };
}

export type Frame = { x: number; y: number; width: number; height: number };

/** The plan's leader lines, painted as the paint list says. */
export function leaderPaint(labelScale: number) {
  const { line } = paintLayer('plan-leaders');
  return { stroke: line!.colour, 'stroke-width': amountAt(line!.width.base, 0, labelScale) };
}

/** W13's markers, painted as the paint list says. */
export function markerPaint(zoom: number, labelScale: number) {
  const { circle } = paintLayer('sub-areas');
  return {
    r: amountAt(circle!.radius, zoom, labelScale),
    fill: circle!.colour,
    stroke: circle!.stroke,
    'stroke-width': circle!.strokeWidth * labelScale,
  };
}

/**
 * The scene's areas and lines as SVG paths, in drawing order, in half pixels of
 * `screen`, clipped to `extent` (pixels). `scalable`: strokes keep their width
 * when the SVG scales (the page's map); else they are drawn as they are (an image).
 */
export function areaMarkup(
  scene: MapScene,
  zoom: number,
  screen: ReturnType<typeof screenProjection>,
  extent: Frame,
  scalable: boolean,
  link?: (projectId: string) => string,
): string {
  const project = geoTransform({
    point(lon, lat) {
      this.stream.point(screen.x(lon) * UNIT, screen.y(lat) * UNIT);
    },
  });
  const clip = geoClipRectangle(
    extent.x * UNIT,
    extent.y * UNIT,
    (extent.x + extent.width) * UNIT,
    (extent.y + extent.height) * UNIT,
  );
  const d = compactPath({ stream: (s) => project.stream(clip(s)) });
  const widths = zoomWidths(zoom);
  const byLayer = new Map<string, string[]>();
  for (const shape of areaShapes(scene)) {
    const width = (shape.strokeWidth ?? widths[shape.layer] ?? 1) * (scalable ? 1 : UNIT);
    const p = `<path${attrs({
      d: d(shape.geometry),
      fill: shape.fill ?? 'none',
      'fill-opacity': shape.fillOpacity,
      stroke: shape.stroke,
      'stroke-opacity': shape.strokeOpacity,
      'stroke-width': shape.stroke ? width : undefined,
      'stroke-dasharray': shape.dash?.map((v) => v * dashScale(zoom) * (scalable ? 1 : UNIT)).join(' '),
      'stroke-linejoin': shape.stroke ? 'round' : undefined,
      'vector-effect': shape.stroke && scalable ? 'non-scaling-stroke' : undefined,
      'data-project': shape.layer === 'project-fills' ? shape.project?.id : undefined,
    })}/>`;
    // A project's area is its link (out of the tab order: the panel's list is the keyboard's way).
    const id = shape.layer === 'project-fills' ? shape.project?.id : undefined;
    const drawn = id && link ? `<a${attrs({ href: link(id), tabindex: -1 })}>${p}</a>` : p;
    byLayer.set(shape.layer, [...(byLayer.get(shape.layer) ?? []), drawn]);
  }
  return LAYERS.map((l) => byLayer.get(l)?.join('') ?? '').join('');
}

export function frameOf(
  [[west, south], [east, north]]: [[number, number], [number, number]],
  screen: ReturnType<typeof screenProjection>,
): Frame {
  return {
    x: screen.x(west),
    y: screen.y(north),
    width: screen.x(east) - screen.x(west),
    height: screen.y(south) - screen.y(north),
  };
}

/**
 * One planned name as SVG text, centred on (x, y) (any SVG length: pixels or a
 * share of the frame), a line a tspan, haloed as both maps halo it.
 */
export function nameMarkup(
  l: PlannedLabel,
  x: string,
  y: string,
  scale: number,
  extra: Record<string, string | undefined> = {},
): string {
  const style = LABEL_STYLE[l.kind];
  const lines = l.text.split('\n');
  const spans = lines
    .map(
      (line, i) =>
        `<tspan${attrs({ x, y, dy: `${((i - (lines.length - 1) / 2) * LINE_HEIGHT).toFixed(2)}em`, 'dominant-baseline': 'central' })}>${escape(line)}</tspan>`,
    )
    .join('');
  return `<text${attrs({
    ...extra,
    'text-anchor': 'middle',
    'font-size': Number(l.size.toFixed(2)),
    fill: style.colour,
    stroke: style.halo,
    'stroke-width': 2 * style.haloWidth * scale,
    'stroke-linejoin': 'round',
    'paint-order': 'stroke',
    'letter-spacing': style.letterSpacing ? style.letterSpacing * l.size : undefined,
  })}>${spans}</text>`;
}
