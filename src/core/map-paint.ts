// The map's paint as data: every fill, line, dash, marker and tint both maps draw,
// by layer and by a feature's state, in drawing order. The SVG map draws this list
// (render/svg/area-shapes.ts for its areas and lines, its markers and leaders), and
// the WebGL map's style is generated from it (render/maplibre/style.ts), so how the map looks
// is decided once. tests/unit/map-paint.test.ts evaluates the generated style with
// MapLibre's own expression evaluator against this list.
//
// Units: widths and radii in CSS pixels; a dash in line widths (MapLibre's unit;
// the SVG map multiplies it by the width, and by dashScale between whole zooms). `scaled` layers grow with the label
// scale (a projector), as the names do.
import { COLOURS } from './colours';
import { byZoom } from './map-scene';

/** A feature's states that change its paint (the WebGL map's feature-state keys). */
export type PaintState = 'dimmed' | 'selected' | 'hover';
export const PAINT_STATES: readonly PaintState[] = ['dimmed', 'selected', 'hover'];

/** CSS pixels: a constant, or linear in the zoom between two stops and constant outside them. */
export type Amount = number | readonly [readonly [number, number], readonly [number, number]];

/** A value by state: that of the first state in PAINT_STATES order the feature has and the value lists, else `base`. */
export type ByState<T> = { base: T } & Partial<Record<PaintState, T>>;

/** What a layer draws; each renderer knows where that is in its data. */
export type PaintData =
  | 'background'
  | 'surroundings'
  | 'flanders'
  | 'brussels'
  | 'projects'
  | 'municipalities'
  | 'municipal-borders'
  | 'provinces'
  | 'zones'
  | 'leaders'
  | 'markers'
  | 'position';

/** The SVG map's groups, bottom to top: the areas and lines of render/svg/area-shapes.ts. */
export const SVG_GROUPS = [
  'world',
  'base',
  'project-fills',
  'hover',
  'municipalities',
  'provinces',
  'elz',
  'project-outlines',
  'selected',
] as const;
export type SvgGroup = (typeof SVG_GROUPS)[number];

export interface FillPaint {
  /** One colour; the feature's own `colour` (a project's); or by the feature's `kind` (the surroundings). */
  colour: string | { property: 'colour' } | { byKind: Readonly<Record<string, string>> };
  opacity: ByState<number>;
  /** Over an optional raster basemap (VITE_BASEMAP_TILES), the fill lets it through. */
  overBasemap?: number;
}

export interface LinePaint {
  colour: string;
  width: ByState<Amount>;
  opacity: ByState<number>;
  /** Dash and gap, in line widths. */
  dash?: readonly [number, number];
}

export interface CirclePaint {
  radius: Amount;
  colour: string;
  stroke: string;
  strokeWidth: number;
}

export interface PaintLayer {
  /** The WebGL map's layer id. */
  id: string;
  data: PaintData;
  /** Only these kinds of the data's features (the surroundings: sea, wallonia, land). */
  kinds?: readonly string[];
  /** The SVG map's group for an area or a line; none for what it draws over the names' layer or as its background. */
  group?: SvgGroup;
  /** Widths and radii grow with the label scale. */
  scaled?: boolean;
  fill?: FillPaint;
  line?: LinePaint;
  circle?: CirclePaint;
}

/** Line widths in CSS pixels; a pair of stops follows the zoom (see Amount). */
export const LINE_WIDTH = {
  municipality: [
    [7, 0.4],
    [11, 1.2],
  ] as [number, number][],
  province: [
    [7, 1],
    [11, 2.2],
  ] as [number, number][],
  projectOutline: 1.6,
  projectOutlineSelected: 4,
  municipalitySelected: 3.5,
  elz: 2,
  country: 0.8,
};

/** W13's local-experiment markers: a white dot with a dark ring. */
const MARKER = {
  radius: [
    [7, 4],
    [11, 8],
  ] as [number, number][],
  stroke: 2.5,
};

/** The user's own position: a dot in the selection's blue with a white ring, in CSS pixels at label scale 1. */
const POSITION_MARKER = { radius: 7, stroke: 2.5 };

/** Opacity of what a filter leaves out: areas, outlines and names. */
export const DIMMED = { fill: 0.2, outline: 0.25, label: 0.35 };

const ONE = { base: 1 };

export const MAP_PAINT: readonly PaintLayer[] = [
  { id: 'background', data: 'background', fill: { colour: COLOURS.background, opacity: ONE } },
  // The surroundings come after the first map, under Flanders; foreign land is the background itself.
  {
    id: 'world-fill',
    data: 'surroundings',
    kinds: ['sea', 'wallonia'],
    group: 'world',
    fill: { colour: { byKind: { sea: COLOURS.sea, wallonia: COLOURS.wallonia } }, opacity: ONE },
  },
  {
    id: 'world-line',
    data: 'surroundings',
    kinds: ['land'],
    group: 'world',
    line: { colour: COLOURS.countryLine, width: { base: LINE_WIDTH.country }, opacity: ONE },
  },
  {
    id: 'vlaanderen-fill',
    data: 'flanders',
    group: 'base',
    fill: { colour: COLOURS.flanders, opacity: ONE, overBasemap: 0.55 },
  },
  { id: 'brussel-fill', data: 'brussels', group: 'base', fill: { colour: COLOURS.brussels, opacity: ONE } },
  // Opaque, so the map shows exactly the colour of the legend's swatches.
  {
    id: 'project-fill',
    data: 'projects',
    group: 'project-fills',
    fill: { colour: { property: 'colour' }, opacity: { base: 1, dimmed: DIMMED.fill } },
  },
  // Hover only: a selected municipality is outlined (below), never filled, so it
  // cannot pass for Brussels' grey or any other legend entry.
  {
    id: 'gemeenten-fill',
    data: 'municipalities',
    group: 'hover',
    fill: { colour: COLOURS.hover, opacity: { base: 0, hover: 0.12 } },
  },
  {
    id: 'gemeenten-line',
    data: 'municipal-borders',
    group: 'municipalities',
    line: { colour: COLOURS.municipalityLine, width: { base: stops(LINE_WIDTH.municipality) }, opacity: ONE },
  },
  // Province borders; their outer edges are also the Flemish border.
  {
    id: 'provincies-line',
    data: 'provinces',
    group: 'provinces',
    line: { colour: COLOURS.provinceLine, width: { base: stops(LINE_WIDTH.province) }, opacity: ONE },
  },
  {
    id: 'elz-line',
    data: 'zones',
    group: 'elz',
    line: { colour: COLOURS.elz, width: { base: LINE_WIDTH.elz }, opacity: ONE, dash: [3, 2] },
  },
  {
    id: 'project-outline',
    data: 'projects',
    group: 'project-outlines',
    line: {
      colour: COLOURS.projectOutline,
      width: { base: LINE_WIDTH.projectOutline, selected: LINE_WIDTH.projectOutlineSelected },
      opacity: { base: 1, dimmed: DIMMED.outline },
    },
  },
  {
    id: 'gemeenten-selected',
    data: 'municipalities',
    group: 'selected',
    line: { colour: COLOURS.selected, width: { base: 0, selected: LINE_WIDTH.municipalitySelected }, opacity: ONE },
  },
  // Over the areas, under the names: the plan's leader lines, W13's markers, the user's position.
  {
    id: 'plan-leaders',
    data: 'leaders',
    scaled: true,
    line: { colour: COLOURS.projectOutline, width: { base: 1.2 }, opacity: ONE },
  },
  {
    id: 'sub-areas',
    data: 'markers',
    scaled: true,
    circle: {
      radius: stops(MARKER.radius),
      colour: COLOURS.marker,
      stroke: COLOURS.projectOutline,
      strokeWidth: MARKER.stroke,
    },
  },
  {
    id: 'position',
    data: 'position',
    scaled: true,
    circle: {
      radius: POSITION_MARKER.radius,
      colour: COLOURS.position,
      stroke: COLOURS.marker,
      strokeWidth: POSITION_MARKER.stroke,
    },
  },
];

function stops(s: [number, number][]): Amount {
  const [a, b] = s;
  if (!a || !b || s.length !== 2) throw new Error('map-paint: a width follows the zoom between two stops');
  return [a, b];
}

/** The layer of that id (a typo is an error, not a map drawn without it). */
export function paintLayer(id: string): PaintLayer {
  const layer = MAP_PAINT.find((l) => l.id === id);
  if (!layer) throw new Error(`map-paint: no layer ${id}`);
  return layer;
}

/** A value for a feature with these states. */
export function byState<T>(value: ByState<T>, states: Partial<Record<PaintState, boolean>>): T {
  for (const s of PAINT_STATES) if (states[s] && value[s] !== undefined) return value[s] as T;
  return value.base;
}

/** An amount at a zoom, in CSS pixels, times `scale`. */
export function amountAt(amount: Amount, zoom: number, scale = 1): number {
  return (
    (typeof amount === 'number' ? amount : byZoom(zoom, amount[0] as [number, number], amount[1] as [number, number])) *
    scale
  );
}

/** A dash in CSS pixels for a line of `width` pixels at a whole zoom (SVG and canvas take pixels; see dashScale). */
export const dashPixels = (dash: readonly [number, number], width: number): [number, number] => [
  dash[0] * width,
  dash[1] * width,
];

/**
 * How much longer MapLibre draws a dash at `zoom` than at the whole zoom below it:
 * it lays dashes out in the tile's own units, so between two whole zooms they grow
 * with the fraction. Measured on a straight line of width 2 with the dash [3, 2]:
 * 6 px on, 4 off at zoom 7 and 8; 7.4 and 5 at 7.3; 8.5 and 5.7 at 7.5. The SVG map
 * draws its dashes so too, or the two maps differ along every zone border.
 */
export const dashScale = (zoom: number): number => 2 ** (zoom - Math.floor(zoom));

/** How far a marker reaches from its centre, its ring included, in CSS pixels (the label plan keeps names clear of it). */
export function markerReach(id: 'sub-areas' | 'position', zoom: number, labelScale: number): number {
  const p = paintLayer(id);
  const scale = p.scaled ? labelScale : 1;
  return amountAt(p.circle!.radius, zoom, scale) + p.circle!.strokeWidth * scale;
}
