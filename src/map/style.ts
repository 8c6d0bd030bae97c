// The map style as data, built from the app's own sources only: no tiles, no glyph
// server, no sprite. Without a "glyphs" entry MapLibre 6 renders labels with the
// browser's local fonts, so nothing is fetched.
//
// It draws the scene (core/map-scene.ts) as the SVG map does, with the same line
// widths, colours and marker sizes, and the names of the label plan
// (core/label-plan.ts) where the plan put them: MapLibre places no name itself.
//
// Few sources on purpose: MapLibre tiles each GeoJSON source in its worker one
// after the other, and the first idle waits for all of them. Polygons that are
// only drawn as context (provinces, Brussels) share one source, and every name,
// leader, marker and the user's position share another ("plan").
import type { StyleSpecification, ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import type { MapLayers } from '../core/map-layers';
import type { MapScene } from '../core/map-scene';
import { DIMMED, LABEL_STYLE, LINE_WIDTH, MARKER, POSITION_MARKER } from '../core/map-scene';
import type { LabelPlan } from '../core/label-plan';
import { COLOURS } from '../core/colours';

const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
const tagged = (f: FeatureCollection, kind: string): Feature[] => f.features.map((x) => ({ ...x, properties: { ...x.properties, kind } }));

/** The polygons drawn as context: provinces (lines) and Brussels (a fill). */
export const contextSource = (layers: MapLayers): FeatureCollection => fc([...tagged(layers.provincies, 'provincie'), ...tagged(layers.brussel, 'brussel')]);

/** The eerstelijnszones' outlines, tiled only once they are switched on. */
export const elzSource = (layers: MapLayers, shown: boolean): FeatureCollection => fc(shown ? layers.elz.features : []);

/** The plan's names, its leader lines, W13's markers and the user's position, as one source. */
export function planSource(plan: LabelPlan, scene: MapScene): FeatureCollection {
  const point = (coordinates: [number, number], properties: Record<string, unknown>): Feature => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates } });
  return fc([
    ...plan.leaders.map((l): Feature => ({ type: 'Feature', properties: { kind: 'leader', scale: scene.labelScale }, geometry: { type: 'LineString', coordinates: [l.from, l.to] } })),
    ...scene.layers.subAreas.features.map((f) => point(f.geometry.coordinates as [number, number], { kind: 'marker', scale: scene.labelScale })),
    ...(scene.position ? [point(scene.position, { kind: 'position', scale: scene.labelScale })] : []),
    ...plan.labels.map((l) => {
      const s = LABEL_STYLE[l.kind];
      return point(l.at, {
        // labelKind and labelId: what the inspector reads back from the drawn symbols.
        kind: 'label', labelKind: l.kind, labelId: l.id, text: l.text, size: l.size, colour: s.colour, halo: s.halo, haloWidth: s.haloWidth * scene.labelScale,
        spacing: s.letterSpacing, opacity: l.dimmed ? DIMMED.label : 1,
      });
    }),
  ]);
}

const kind = (k: string): FilterSpecification => ['==', ['get', 'kind'], k];
const byZoom = (stops: [number, number][]): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], ...stops.flat()];
const scaled = (stops: [number, number][]): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], ...stops.flatMap(([z, v]) => [z, ['*', v, ['get', 'scale']]])] as ExpressionSpecification;

// One shader program for every fill. MapLibre compiles a program per layer type and
// per mix of constant and per-feature paint values, and in software WebGL (no GPU)
// each one stalls the first frames for 20–180 ms. So a constant colour or opacity is
// written as a per-feature value that every feature lacks ("perFeature"), and the
// fills draw no antialiased outline pass (a second program each): every fill edge
// lies under a line layer anyway.
const perFeature = <T extends string | number>(value: T): ExpressionSpecification =>
  (typeof value === 'number' ? ['number', ['get', 'paint-value'], value] : ['to-color', ['coalesce', ['get', 'paint-value'], value]]);
const fillPaint = (colour: ExpressionSpecification, opacity: ExpressionSpecification) => ({
  'fill-color': colour, 'fill-opacity': opacity, 'fill-antialias': false,
});
const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/**
 * @param basemapTiles optional raster tile URL template ({z}/{x}/{y}), set at build
 * time with VITE_BASEMAP_TILES. Off by default: the app must work with no network.
 */
export function buildStyle(scene: MapScene, plan: LabelPlan, basemapTiles?: string): StyleSpecification {
  const geojson = (data: FeatureCollection, promoteId?: string) => ({
    type: 'geojson' as const, data, ...(promoteId ? { promoteId } : {}),
    // The geo build already simplified for the zooms the app allows (≤ 12); a
    // small tile buffer and maxzoom keep the worker's tiling work down.
    buffer: 32, maxzoom: 12,
  });
  return {
    version: 8,
    name: 'GBO pilootprojecten',
    sources: {
      ...(basemapTiles ? { basemap: { type: 'raster' as const, tiles: [basemapTiles], tileSize: 256 } } : {}),
      gemeenten: geojson(scene.layers.gemeenten, 'code'),
      context: geojson(contextSource(scene.layers)),
      projects: geojson(scene.layers.projects, 'id'),
      elz: geojson(elzSource(scene.layers, scene.elz)),
      plan: geojson(planSource(plan, scene)),
    },
    layers: buildLayers(!!basemapTiles, scene.elz),
  };
}

export function buildLayers(basemap: boolean, elz = false): LayerSpecification[] {
  return [
    { id: 'background', type: 'background', paint: { 'background-color': COLOURS.background } },
    ...(basemap ? [{ id: 'basemap', type: 'raster' as const, source: 'basemap', paint: { 'raster-saturation': -0.8 } }] : []),
    { id: 'vlaanderen-fill', type: 'fill', source: 'gemeenten', paint: fillPaint(perFeature(COLOURS.flanders), perFeature(basemap ? 0.55 : 1)) },
    { id: 'brussel-fill', type: 'fill', source: 'context', filter: kind('brussel'), paint: fillPaint(perFeature(COLOURS.brussels), perFeature(1)) },
    // Opaque, so the map shows exactly the colour of the legend's swatches.
    { id: 'project-fill', type: 'fill', source: 'projects', paint: fillPaint(['to-color', ['get', 'colour']], ['case', state('dimmed'), DIMMED.fill, 1]) },
    // Hover only: a selected municipality is outlined (below), never filled, so it
    // cannot pass for Brussels' grey or any other legend entry.
    { id: 'gemeenten-fill', type: 'fill', source: 'gemeenten', paint: fillPaint(perFeature(COLOURS.hover), ['case', state('hover'), 0.12, 0]) },
    { id: 'gemeenten-line', type: 'line', source: 'gemeenten', paint: { 'line-color': COLOURS.municipalityLine, 'line-width': byZoom(LINE_WIDTH.municipality) } },
    // Province borders; their outer edges are also the Flemish border.
    { id: 'provincies-line', type: 'line', source: 'context', filter: kind('provincie'), paint: { 'line-color': COLOURS.provinceLine, 'line-width': byZoom(LINE_WIDTH.province) } },
    {
      id: 'elz-line', type: 'line', source: 'elz', layout: { visibility: elz ? 'visible' : 'none' },
      paint: { 'line-color': COLOURS.elz, 'line-width': LINE_WIDTH.elz, 'line-dasharray': [3, 2] },
    },
    {
      id: 'project-outline', type: 'line', source: 'projects',
      paint: {
        'line-color': COLOURS.projectOutline,
        'line-width': ['case', state('selected'), LINE_WIDTH.projectOutlineSelected, LINE_WIDTH.projectOutline],
        'line-opacity': ['case', state('dimmed'), DIMMED.outline, 1],
      },
    },
    { id: 'gemeenten-selected', type: 'line', source: 'gemeenten', paint: { 'line-color': COLOURS.selected, 'line-width': ['case', state('selected'), LINE_WIDTH.municipalitySelected, 0] } },
    { id: 'plan-leaders', type: 'line', source: 'plan', filter: kind('leader'), paint: { 'line-color': COLOURS.projectOutline, 'line-width': ['*', 1.2, ['get', 'scale']] } },
    {
      id: 'sub-areas', type: 'circle', source: 'plan', filter: kind('marker'),
      paint: { 'circle-radius': scaled(MARKER.radius), 'circle-color': COLOURS.marker, 'circle-stroke-color': COLOURS.projectOutline, 'circle-stroke-width': ['*', MARKER.stroke, ['get', 'scale']] },
    },
    {
      id: 'position', type: 'circle', source: 'plan', filter: kind('position'),
      paint: {
        'circle-radius': ['*', POSITION_MARKER.radius, ['get', 'scale']], 'circle-color': COLOURS.position,
        'circle-stroke-color': COLOURS.marker, 'circle-stroke-width': ['*', POSITION_MARKER.stroke, ['get', 'scale']],
      },
    },
    {
      // Every name where the plan put it: nothing is placed, moved or dropped here.
      id: 'plan-labels', type: 'symbol', source: 'plan', filter: kind('label'),
      layout: {
        'text-field': ['get', 'text'], 'text-size': ['get', 'size'], 'text-letter-spacing': ['get', 'spacing'],
        'text-max-width': 100, 'text-anchor': 'center', 'text-allow-overlap': true, 'text-ignore-placement': true,
      },
      paint: {
        'text-color': ['to-color', ['get', 'colour']], 'text-halo-color': ['to-color', ['get', 'halo']],
        'text-halo-width': ['get', 'haloWidth'], 'text-opacity': ['get', 'opacity'],
      },
    },
  ];
}

/**
 * The surroundings (core/context-layers), added under Flanders once they are
 * loaded: the sea and Wallonia as fills (foreign land is the background itself,
 * so no gap along a border can show) and country borders. Their names are in the plan.
 */
export function buildContextLayers(): LayerSpecification[] {
  return [
    {
      id: 'world-fill', type: 'fill', source: 'world', filter: ['!=', ['get', 'kind'], 'land'],
      paint: fillPaint(['to-color', ['match', ['get', 'kind'], 'sea', COLOURS.sea, COLOURS.wallonia]], perFeature(1)),
    },
    {
      id: 'world-line', type: 'line', source: 'world', filter: ['==', ['get', 'kind'], 'land'],
      paint: { 'line-color': COLOURS.countryLine, 'line-width': LINE_WIDTH.country },
    },
  ];
}
