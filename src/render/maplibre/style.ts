// The map style as data, built from the app's own sources only: no tiles, no glyph
// server, no sprite. Without a "glyphs" entry MapLibre 6 renders labels with the
// browser's local fonts, so nothing is fetched.
//
// It draws the scene (core/map-scene.ts) as the SVG map does: its layers are
// generated from the one paint list (core/map-paint.ts), and it draws the names of
// the label plan (core/label-plan.ts) where the plan put them: MapLibre places no
// name itself.
//
// Few sources on purpose. MapLibre tiles each GeoJSON source in its worker one
// after the other, and the first idle waits for all of them. And in each frame,
// every fill or line layer whose source differs from the layer drawn before it
// first draws a stencil mask per tile of its source: with five sources drawn in
// turn that was 109 masks a frame, every frame (a click's frame too: MapLibre
// repaints on each mouse release), on a software GPU. So the pilots' land is one
// source ("land": municipalities, projects, provinces, Brussels, told apart by
// `kind`), which every layer from Flanders' fill to the selected outline draws in
// one run (37 masks a frame; a click at 3 s on screen 229 → 195 ms, CPU raster);
// every name, leader, marker and the user's position share another ("plan").
import type { StyleSpecification, ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import type { MapLayers } from '../../core/map-layers';
import type { MapScene } from '../../core/map-scene';
import { LABEL_STYLE } from '../../core/map-scene';
import {
  DIMMED,
  MAP_PAINT,
  PAINT_STATES,
  type Amount,
  type ByState,
  type FillPaint,
  type PaintData,
  type PaintLayer,
  type PaintState,
} from '../../core/map-paint';
import type { LabelPlan } from '../../core/label-plan';

const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const tagged = (f: FeatureCollection, kind: string, key?: (properties: Record<string, unknown>) => string): Feature[] =>
  f.features.map((x) => ({
    ...x,
    properties: { ...x.properties, kind, ...(key ? { key: key(x.properties ?? {}) } : {}) },
  }));

/** Which kind of land a feature is, as the layers' filters read it. */
export const LAND = {
  municipality: 'gemeente',
  border: 'gemeentegrens',
  project: 'project',
  province: 'provincie',
  brussels: 'brussel',
} as const;

/**
 * The pilots' land as one source: municipalities, their borders, projects, provinces and Brussels,
 * each feature tagged with its `kind` and, where the map keeps state for it (hover,
 * selection, dimming), a `key`: a municipality's code (digits) or a project's id
 * (letters), which never meet.
 */
export const landSource = (layers: MapLayers): FeatureCollection =>
  fc([
    ...tagged(layers.gemeenten, LAND.municipality, (p) => String(p.code)),
    ...tagged(layers.projects, LAND.project, (p) => String(p.id)),
    ...tagged(layers.provincies, LAND.province),
    ...tagged(layers.brussel, LAND.brussels),
    // Every border between two municipalities once, as the SVG map draws them (the
    // outer edge is the provinces' line): stroking each municipality's outline drew
    // each shared border twice, the costliest line of a frame on a software GPU.
    { type: 'Feature', properties: { kind: LAND.border }, geometry: layers.municipalBorders },
  ]);

/** The eerstelijnszones' borders, each once, tiled only once they are switched on. */
export const elzSource = (layers: MapLayers, shown: boolean): FeatureCollection =>
  fc(shown ? [{ type: 'Feature', properties: {}, geometry: layers.elzBorders }] : []);

/** The plan's names, its leader lines, W13's markers and the user's position, as one source. */
export function planSource(plan: LabelPlan, scene: MapScene): FeatureCollection {
  const point = (coordinates: [number, number], properties: Record<string, unknown>): Feature => ({
    type: 'Feature',
    properties,
    geometry: { type: 'Point', coordinates },
  });
  return fc([
    ...plan.leaders.map((l): Feature => ({
      type: 'Feature',
      properties: { kind: 'leader', scale: scene.labelScale },
      geometry: { type: 'LineString', coordinates: [l.from, l.to] },
    })),
    ...scene.layers.subAreas.features.map((f) =>
      point(f.geometry.coordinates as [number, number], { kind: 'marker', scale: scene.labelScale }),
    ),
    ...(scene.position ? [point(scene.position, { kind: 'position', scale: scene.labelScale })] : []),
    ...plan.labels.map((l) => {
      const s = LABEL_STYLE[l.kind];
      return point(l.at, {
        // labelKind and labelId: what the inspector reads back from the drawn symbols.
        kind: 'label',
        labelKind: l.kind,
        labelId: l.id,
        text: l.text,
        size: l.size,
        colour: s.colour,
        halo: s.halo,
        haloWidth: s.haloWidth * scene.labelScale,
        spacing: s.letterSpacing,
        opacity: l.dimmed ? DIMMED.label : 1,
      });
    }),
  ]);
}

const kind = (k: string): FilterSpecification => ['==', ['get', 'kind'], k];

// One shader program for every fill. MapLibre compiles a program per layer type and
// per mix of constant and per-feature paint values, and in software WebGL (no GPU)
// each one stalls the first frames for 20–180 ms. So a constant colour or opacity is
// written as a per-feature value that every feature lacks ("perFeature"), and the
// fills draw no antialiased outline pass (a second program each): every fill edge
// lies under a line layer anyway.
const perFeature = <T extends string | number>(value: T): ExpressionSpecification =>
  typeof value === 'number'
    ? ['number', ['get', 'paint-value'], value]
    : ['to-color', ['coalesce', ['get', 'paint-value'], value]];
const state = (key: PaintState): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** Where each of the paint list's data is in this map's sources (few sources: see above). */
const WHERE: Record<Exclude<PaintData, 'background'>, { source: string; filter?: FilterSpecification }> = {
  surroundings: { source: 'world' },
  // Flanders is its municipalities' fill.
  flanders: { source: 'land', filter: kind(LAND.municipality) },
  brussels: { source: 'land', filter: kind(LAND.brussels) },
  projects: { source: 'land', filter: kind(LAND.project) },
  municipalities: { source: 'land', filter: kind(LAND.municipality) },
  'municipal-borders': { source: 'land', filter: kind(LAND.border) },
  provinces: { source: 'land', filter: kind(LAND.province) },
  zones: { source: 'elz' },
  leaders: { source: 'plan', filter: kind('leader') },
  markers: { source: 'plan', filter: kind('marker') },
  position: { source: 'plan', filter: kind('position') },
};

/** An amount as an expression: constant or interpolated over the zoom, times the feature's label scale where `scaled`. */
function amount(a: Amount, scaled: boolean): number | ExpressionSpecification {
  const times = (v: number): number | ExpressionSpecification => (scaled ? ['*', v, ['get', 'scale']] : v);
  if (typeof a === 'number') return times(a);
  return ['interpolate', ['linear'], ['zoom'], ...a.flatMap(([z, v]) => [z, times(v)])] as ExpressionSpecification;
}

/** A value by state as a `case` on the feature's state (PAINT_STATES order, as byState reads it); `constant` when it has no state. */
function byStates<T>(value: ByState<T>, write: (v: T) => unknown, constant: (v: T) => unknown = write): unknown {
  const cases = PAINT_STATES.filter((s) => value[s] !== undefined);
  if (!cases.length) return constant(value.base);
  return ['case', ...cases.flatMap((s) => [state(s), write(value[s] as T)]), write(value.base)];
}

function fillColour(colour: FillPaint['colour']): ExpressionSpecification {
  if (typeof colour === 'string') return perFeature(colour);
  if ('property' in colour) return ['to-color', ['get', colour.property]];
  const entries = Object.entries(colour.byKind);
  return [
    'to-color',
    ['match', ['get', 'kind'], ...entries.slice(0, -1).flat(), entries.at(-1)![1]],
  ] as ExpressionSpecification;
}

/** One entry of the paint list as a MapLibre layer. */
function layerOf(p: PaintLayer, basemap: boolean, elz: boolean): LayerSpecification {
  if (p.data === 'background')
    return { id: p.id, type: 'background', paint: { 'background-color': p.fill!.colour as string } };
  const where = WHERE[p.data];
  const filter = p.kinds ? (['in', ['get', 'kind'], ['literal', [...p.kinds]]] as FilterSpecification) : where.filter;
  const at = { id: p.id, source: where.source, ...(filter ? { filter } : {}) };
  const scaled = !!p.scaled;
  if (p.fill) {
    const f = p.fill;
    const opacity = byStates(
      f.opacity,
      (v) => v,
      (v) => perFeature(basemap && f.overBasemap !== undefined ? f.overBasemap : v),
    );
    return {
      ...at,
      type: 'fill',
      paint: { 'fill-color': fillColour(f.colour), 'fill-opacity': opacity, 'fill-antialias': false },
    } as LayerSpecification;
  }
  if (p.line) {
    const l = p.line;
    const hasOpacity = PAINT_STATES.some((s) => l.opacity[s] !== undefined) || l.opacity.base !== 1;
    return {
      ...at,
      type: 'line',
      ...(p.data === 'zones' ? { layout: { visibility: elz ? 'visible' : 'none' } } : {}),
      paint: {
        'line-color': l.colour,
        'line-width': byStates(l.width, (v) => amount(v, scaled)),
        ...(hasOpacity ? { 'line-opacity': byStates(l.opacity, (v) => v) } : {}),
        ...(l.dash ? { 'line-dasharray': [...l.dash] } : {}),
      },
    } as LayerSpecification;
  }
  const c = p.circle!;
  return {
    ...at,
    type: 'circle',
    paint: {
      'circle-radius': amount(c.radius, scaled),
      'circle-color': c.colour,
      'circle-stroke-color': c.stroke,
      'circle-stroke-width': amount(c.strokeWidth, scaled),
    },
  } as LayerSpecification;
}

/**
 * @param basemapTiles optional raster tile URL template ({z}/{x}/{y}), set at build
 * time with VITE_BASEMAP_TILES. Off by default: the app must work with no network.
 */
export function buildStyle(scene: MapScene, plan: LabelPlan, basemapTiles?: string): StyleSpecification {
  const geojson = (data: FeatureCollection, promoteId?: string) => ({
    type: 'geojson' as const,
    data,
    ...(promoteId ? { promoteId } : {}),
    // The geo build already simplified for the zooms the app allows (≤ 12); a
    // small tile buffer and maxzoom keep the worker's tiling work down.
    buffer: 32,
    maxzoom: 12,
  });
  return {
    version: 8,
    name: 'GBO pilootprojecten',
    sources: {
      ...(basemapTiles ? { basemap: { type: 'raster' as const, tiles: [basemapTiles], tileSize: 256 } } : {}),
      land: geojson(landSource(scene.layers), 'key'),
      elz: geojson(elzSource(scene.layers, scene.elz)),
      plan: geojson(planSource(plan, scene)),
    },
    layers: buildLayers(!!basemapTiles, scene.elz),
  };
}

export function buildLayers(basemap: boolean, elz = false): LayerSpecification[] {
  const drawn = MAP_PAINT.filter((p) => p.data !== 'surroundings').map((p) => layerOf(p, basemap, elz));
  return [
    drawn[0]!,
    ...(basemap
      ? [{ id: 'basemap', type: 'raster' as const, source: 'basemap', paint: { 'raster-saturation': -0.8 } }]
      : []),
    ...drawn.slice(1),
    {
      // Every name where the plan put it: nothing is placed, moved or dropped here.
      id: 'plan-labels',
      type: 'symbol',
      source: 'plan',
      filter: kind('label'),
      layout: {
        'text-field': ['get', 'text'],
        'text-size': ['get', 'size'],
        'text-letter-spacing': ['get', 'spacing'],
        'text-max-width': 100,
        'text-anchor': 'center',
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: {
        'text-color': ['to-color', ['get', 'colour']],
        'text-halo-color': ['to-color', ['get', 'halo']],
        'text-halo-width': ['get', 'haloWidth'],
        'text-opacity': ['get', 'opacity'],
      },
    },
  ];
}

/**
 * The surroundings (core/surroundings.ts), added under Flanders once they are
 * loaded: the sea and Wallonia as fills (foreign land is the background itself,
 * so no gap along a border can show) and country borders. Their names are in the plan.
 */
export function buildSurroundingsLayers(): LayerSpecification[] {
  return MAP_PAINT.filter((p) => p.data === 'surroundings').map((p) => layerOf(p, false, false));
}
