// The overview map as SVG markup, written by the build into the page, so the first
// paint holds the complete map before any script runs (and without any script).
// The same inputs as the live maps: the scene (core/map-scene), the camera the
// first map fits (core/camera) and the names of the label plan (core/label-plan),
// drawn from the same list of areas and lines (fallback/area-shapes).
//
// It must look the same in a map box of any size, where the live map plans its
// names anew. So: the areas are one SVG whose viewBox is exactly Flanders' bounds,
// fitted into the padded box as fitCamera fits them (`meet`, centred; strokes that
// do not scale), with the surroundings drawn beyond the viewBox (overflow visible,
// clipped by the map box). The names are planned for every frame width from a
// phone's to a wall screen's, 1 % apart, and grouped into runs where the plan
// makes the same choices: within a run each name's place is a share of the frame
// plus pixels (its offset from its area), so one SVG without a viewBox draws the
// whole run. A container query shows the run for the frame's width.
import { geoClipRectangle, geoPath, geoTransform, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';
import type { MapPicture } from '../app/map/picture';
import { fitCamera, screenProjection, type Size } from '../core/camera';
import { planLabels, type Measure, type PlannedLabel } from '../core/label-plan';
import { LABEL_FONT, LABEL_STYLE, LINE_HEIGHT, type MapScene } from '../core/map-scene';
import { amountAt, dashScale, paintLayer } from '../core/map-paint';
import { LAYERS, areaShapes, zoomWidths } from '../render/svg/area-shapes';
import type { Padding } from '../render/map-view';

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attrs = (a: Record<string, string | number | undefined>) =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join('');

/** Path coordinates are whole units of half a pixel (at the box the build assumes): finer than a line, and a third of d3's digits. */
const UNIT = 2;

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

/** The map box the areas are drawn for (any will do: they scale exactly), and the camera padding the app gives a map box (app/map/camera-padding.ts). */
export interface Layout {
  size: Size;
  padding: Padding;
}

export interface PrerenderedMap {
  /** The markup to put in the map's box. */
  html: string;
  /** For the style sheet: the frame's aspect ratio, and which names show at which frame width. */
  css: string;
}

/** The frame widths the names are planned for: a 320 px phone's to a 2560 px screen's. */
const FRAME_WIDTHS = { min: 300, max: 2200 };

/** `link`: where a click on a project's area goes before the script runs. */
export function overviewMapSvg(
  picture: MapPicture,
  layout: Layout,
  measure: Measure,
  link: (projectId: string) => string,
): PrerenderedMap {
  const { scene, target } = picture;
  const padding = { ...layout.padding, top: layout.padding.top + target.extraTop };
  const camera = fitCamera(target.bounds, layout.size, padding);
  const screen = screenProjection(camera, layout.size);
  const box = frameOf(target.bounds, screen);
  const aspect = box.width / box.height;
  const unitBox = [box.x, box.y, box.width, box.height].map((v) => (v * UNIT).toFixed(1)).join(' ');
  // The surroundings beyond the frame, as far as a map box of any shape shows them
  // (its width again on every side), and no further: the page carries them.
  const m = box.width;
  const areas = areaMarkup(
    scene,
    camera.zoom,
    screen,
    { x: box.x - m, y: box.y - m, width: box.width + 2 * m, height: box.height + 2 * m },
    true,
    link,
  );
  const runs = nameRuns(picture, padding, aspect, measure);

  const html =
    `<div class="prerender-map" aria-hidden="true"><div class="prerender-frame">` +
    `<svg class="prerender-areas"${attrs({ viewBox: unitBox, preserveAspectRatio: 'xMidYMid meet', overflow: 'visible', 'fill-rule': 'evenodd' })}>${areas}</svg>` +
    runs.map((r, i) => namesSvg(scene, r, i)).join('') +
    `</div></div>`;
  const a = aspect.toFixed(5);
  // The largest run whose first width the frame reaches wins: the rules are in order.
  const css = [
    `.prerender-frame { aspect-ratio: ${a}; width: min(100cqw, 100cqh * ${a}); }`,
    `.prerender-names[data-run] { display: none; }`,
    `.prerender-names[data-run="0"] { display: block; }`,
    ...runs
      .slice(1)
      .map(
        (r, i) =>
          `@container (min-width: ${r.from.toFixed(1)}px) and (min-height: ${(r.from / aspect).toFixed(1)}px) { ` +
          `.prerender-names[data-run] { display: none; } .prerender-names[data-run="${i + 1}"] { display: block; } }`,
      ),
  ].join('\n');
  return { html, css };
}

type Frame = { x: number; y: number; width: number; height: number };

/** The plan's leader lines, painted as the paint list says. */
function leaderPaint(labelScale: number) {
  const { line } = paintLayer('plan-leaders');
  return { stroke: line!.colour, 'stroke-width': amountAt(line!.width.base, 0, labelScale) };
}

/** W13's markers, painted as the paint list says. */
function markerPaint(zoom: number, labelScale: number) {
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
function areaMarkup(
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

/** What the link preview says around the map. */
export interface PreviewWords {
  title: string;
  subtitle: string;
  /** One or two lines of sources, at the foot. */
  sources: string[];
}

/** The image link previews show (og:image): the overview at 1200 × 630, with the title and the sources, as one SVG for resvg. */
export function overviewImageSvg(picture: MapPicture, measure: Measure, words: PreviewWords): string {
  const { scene, target } = picture;
  const W = 1200,
    H = 630;
  const top = 112,
    bottom = 40 + 20 * words.sources.length;
  const size = { width: W, height: H - top - bottom };
  const padding = { top: 16, right: 32, bottom: 16, left: 32 };
  const camera = fitCamera(target.bounds, size, padding);
  const screen = screenProjection(camera, size);
  const areas = areaMarkup(
    scene,
    camera.zoom,
    screen,
    { x: -10, y: -10, width: W + 20, height: size.height + 20 },
    false,
  );
  const plan = planLabels(scene, { camera, size, padding }, measure);
  const names = plan.labels
    .map((l) => nameMarkup(l, screen.x(l.at[0]).toFixed(1), screen.y(l.at[1]).toFixed(1), 1))
    .join('');
  const leaders = plan.leaders
    .map(
      (l) =>
        `<line${attrs({ x1: screen.x(l.from[0]), y1: screen.y(l.from[1]), x2: screen.x(l.to[0]), y2: screen.y(l.to[1]), ...leaderPaint(1) })}/>`,
    )
    .join('');
  const markers = scene.layers.subAreas.features
    .map(
      (f) =>
        `<circle${attrs({ cx: screen.x(f.geometry.coordinates[0]!), cy: screen.y(f.geometry.coordinates[1]!), ...markerPaint(camera.zoom, 1) })}/>`,
    )
    .join('');
  const sources = words.sources
    .map(
      (line, i) =>
        `<text${attrs({ x: 32, y: H - 24 - 20 * (words.sources.length - 1 - i), 'font-size': 15, fill: '#444444' })}>${escape(line)}</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width: W, height: H, viewBox: `0 0 ${W} ${H}`, 'font-family': LABEL_FONT })}>` +
    `<rect width="${W}" height="${H}" fill="#ffffff"/>` +
    `<text${attrs({ x: 32, y: 54, 'font-size': 34, 'font-weight': 700, fill: '#111111' })}>${escape(words.title)}</text>` +
    `<text${attrs({ x: 32, y: 88, 'font-size': 19, fill: '#444444' })}>${escape(words.subtitle)}</text>` +
    `<svg${attrs({ x: 0, y: top, width: W, height: size.height, viewBox: `0 0 ${W * UNIT} ${size.height * UNIT}`, 'fill-rule': 'evenodd' })}><rect width="100%" height="100%" fill="${paintLayer('background').fill!.colour as string}"/>${areas}</svg>` +
    `<g transform="translate(0 ${top})">${leaders}${markers}${names}</g>` +
    sources +
    `</svg>`
  );
}

function frameOf(
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

/** One placement on the frame: a share of its width and height, plus pixels. */
interface Place {
  sx: number;
  bx: number;
  sy: number;
  by: number;
}

/** A run of frame widths where the plan makes the same choices. */
interface Run {
  from: number;
  labels: { label: PlannedLabel; at: Place }[];
  leaders: { from: Place; to: Place }[];
  markers: Place[];
  /** The zoom the run's markers are drawn at (its middle width's). */
  markerZoom: number;
}

/** The plan at one frame width: where each name, leader and marker falls, from the frame's corner. */
function planSample(picture: MapPicture, padding: Padding, aspect: number, measure: Measure, width: number) {
  const { scene, target } = picture;
  // A box with room above and below the frame, half its height each, as the
  // desktop layout has: the surroundings' names there are planned too.
  const size = {
    width: width + padding.left + padding.right,
    height: (2 * width) / aspect + padding.top + padding.bottom,
  };
  const camera = fitCamera(target.bounds, size, padding);
  const screen = screenProjection(camera, size);
  const frame = frameOf(target.bounds, screen);
  const on = ([lon, lat]: [number, number]) => ({ x: screen.x(lon) - frame.x, y: screen.y(lat) - frame.y });
  const plan = planLabels(scene, { camera, size, padding }, measure);
  return {
    frame,
    camera,
    plan,
    labels: new Map(plan.labels.map((l) => [`${l.kind}|${l.id}|${l.text}`, { label: l, p: on(l.at) }])),
    leaders: plan.leaders.map((l) => ({ from: on(l.from), to: on(l.to) })),
    markers: scene.layers.subAreas.features.map((f) => on(f.geometry.coordinates as [number, number])),
  };
}
type Sample = ReturnType<typeof planSample>;

/** A straight line through a point's place in two frames: its share of the frame plus pixels. */
const line = (a: { x: number; y: number }, b: { x: number; y: number }, fa: Frame, fb: Frame): Place => {
  const sx = (b.x - a.x) / (fb.width - fa.width),
    sy = (b.y - a.y) / (fb.height - fa.height);
  return { sx, bx: a.x - sx * fa.width, sy, by: a.y - sy * fa.height };
};
const foretells = (p: Place, q: { x: number; y: number }, f: Frame) =>
  Math.abs(p.sx * f.width + p.bx - q.x) <= 0.5 && Math.abs(p.sy * f.height + p.by - q.y) <= 0.5;

/** A point as a share of the frame alone. */
const shareOf = (p: { x: number; y: number }, f: Frame): Place => ({
  sx: p.x / f.width,
  bx: 0,
  sy: p.y / f.height,
  by: 0,
});

/**
 * The plan at every frame width, 1 % apart, grouped into runs: a run goes on while
 * a straight line through its first two plans foretells where every name of the
 * next is, to half a pixel, and ends where it stops doing so (bisected to a tenth
 * of a pixel). Sizes and markers are taken from the run's middle.
 */
function nameRuns(picture: MapPicture, padding: Padding, aspect: number, measure: Measure): Run[] {
  const sample = (width: number) => planSample(picture, padding, aspect, measure, width);
  const sameNames = (a: Sample, b: Sample) =>
    a.labels.size === b.labels.size &&
    [...a.labels.keys()].every((k) => b.labels.has(k)) &&
    a.leaders.length === b.leaders.length;

  const samples: Sample[] = [];
  for (let w = FRAME_WIDTHS.min; w <= FRAME_WIDTHS.max; w *= 1.01) samples.push(sample(w));
  const runs: Run[] = [];
  // Where the last run ended: the width where its plan stopped holding, found to a tenth of a pixel.
  let from = samples[0]!.frame.width;
  for (let i = 0; i < samples.length;) {
    const a = samples[i]!,
      b = samples[i + 1];
    // A run of one (the next plan chooses otherwise at once): shares alone.
    const fit = b && sameNames(a, b);
    const share = (p: { x: number; y: number }) => shareOf(p, a.frame);
    const model = {
      labels: [...a.labels].map(([k, v]) => ({
        k,
        at: fit ? line(v.p, b.labels.get(k)!.p, a.frame, b.frame) : share(v.p),
      })),
    };
    const holds = (c: Sample) =>
      sameNames(a, c) && model.labels.every(({ k, at }) => foretells(at, c.labels.get(k)!.p, c.frame));
    let j = i + 1;
    if (fit) while (j < samples.length && holds(samples[j]!)) j++;
    const middle = samples[Math.floor((i + j - 1) / 2)]!;
    runs.push({
      from,
      labels: model.labels.map(({ k, at }) => ({ label: middle.labels.get(k)?.label ?? a.labels.get(k)!.label, at })),
      leaders: middle.leaders.map((l) => ({ from: shareOf(l.from, middle.frame), to: shareOf(l.to, middle.frame) })),
      markers: a.markers.map((p) => share(p)),
      markerZoom: middle.camera.zoom,
    });
    if (j < samples.length) {
      // The plan changes its mind between two samples: bisect for where.
      let lo = samples[j - 1]!.frame.width,
        hi = samples[j]!.frame.width;
      while (hi - lo > 0.1) {
        const mid = (lo + hi) / 2;
        if (holds(sample(mid))) lo = mid;
        else hi = mid;
      }
      from = hi;
    }
    i = j;
  }
  return runs;
}

/**
 * One planned name as SVG text, centred on (x, y) (any SVG length: pixels or a
 * share of the frame), a line a tspan, haloed as both maps halo it.
 */
function nameMarkup(
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

/** One run's names, leaders and markers: one SVG without a viewBox over the frame, so its units are the screen's pixels. */
function namesSvg(scene: MapScene, run: Run, index: number): string {
  const x = (p: Place) => `${(100 * p.sx).toFixed(3)}%`;
  const y = (p: Place) => `${(100 * p.sy).toFixed(3)}%`;
  const shift = (p: Place) => (p.bx || p.by ? `translate(${p.bx.toFixed(1)} ${p.by.toFixed(1)})` : undefined);
  // A leader's two ends have offsets of their own, which one line cannot carry:
  // its ends are shares of the frame at the run's middle width, a pixel off at most elsewhere.
  const leaders = run.leaders
    .map(
      (l) =>
        `<line${attrs({ x1: x(l.from), y1: y(l.from), x2: x(l.to), y2: y(l.to), ...leaderPaint(scene.labelScale) })}/>`,
    )
    .join('');
  const markers = run.markers
    .map((p) => `<circle${attrs({ cx: x(p), cy: y(p), ...markerPaint(run.markerZoom, scene.labelScale) })}/>`)
    .join('');
  const names = run.labels
    .map(({ label: l, at }) =>
      nameMarkup(l, x(at), y(at), scene.labelScale, { 'data-kind': l.kind, 'data-id': l.id, transform: shift(at) }),
    )
    .join('');
  return `<svg class="prerender-names"${attrs({ 'data-run': index, overflow: 'visible', 'font-family': LABEL_FONT })}>${leaders}${markers}${names}</svg>`;
}
