// The map style as data, built from the app's own sources only: no tiles, no glyph
// server, no sprite. Without a "glyphs" entry MapLibre 6 renders labels with the
// browser's local fonts, so nothing is fetched.
//
// Few sources on purpose: MapLibre tiles each GeoJSON source in its worker one
// after the other, and the first idle waits for all of them. Polygons that are
// only drawn as context (provinces, Brussels) share one source, and every label
// and marker shares another, told apart by a "kind" property.
import type { StyleSpecification, ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection } from 'geojson';
import type { MapLayers } from '../core/map-layers';
import { COLOURS } from './colours';

export type StyleSources = Pick<MapLayers,
  'gemeenten' | 'provincies' | 'brussel' | 'projects' | 'elz'
  | 'projectLabels' | 'municipalityLabels' | 'subAreas' | 'contextLabels' | 'elzLabels' | 'flandersBounds'>;

const tagged = (fc: FeatureCollection, kind: string): Feature[] =>
  fc.features.map((f) => ({ ...f, properties: { ...f.properties, kind } }));

/**
 * The eerstelijnszones' source: their outlines and names, drawn only once they are
 * switched on. Until then the source is empty, so the worker does not tile it
 * before the first complete map.
 */
export function elzSource(s: StyleSources, shown: boolean): FeatureCollection {
  return { type: 'FeatureCollection', features: shown ? [...s.elz.features, ...s.elzLabels.features] : [] };
}

/**
 * The GeoJSON of each MapLibre source, composed from the app's layers. `dimmed`:
 * the projects a filter leaves out, whose labels are drawn faint and placed last.
 */
export function composeSources(s: StyleSources, dimmed: ReadonlySet<string> | null = null, elzShown = false): Record<'gemeenten' | 'context' | 'projects' | 'elz' | 'labels', FeatureCollection> {
  const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });
  const projectLabels = tagged(s.projectLabels, 'project').map((f) => ({
    ...f, properties: { ...f.properties, dimmed: dimmed !== null && !dimmed.has(String(f.properties?.id)) },
  }));
  return {
    gemeenten: s.gemeenten,
    context: fc([...tagged(s.provincies, 'provincie'), ...tagged(s.brussel, 'brussel')]),
    projects: s.projects,
    elz: elzSource(s, elzShown),
    labels: fc([
      ...projectLabels,
      ...tagged(s.municipalityLabels, 'gemeente'),
      ...tagged(s.subAreas, 'experiment'),
      ...tagged(s.contextLabels, 'context'),
    ]),
  };
}

// The colour comes with each area (core/palette.ts), so the style, the legend and
// the SVG map read one palette.
const projectColour: ExpressionSpecification = ['to-color', ['get', 'colour']];
const kind = (k: string): FilterSpecification => ['==', ['get', 'kind'], k];

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

/**
 * @param basemapTiles optional raster tile URL template ({z}/{x}/{y}), set at build
 * time with VITE_BASEMAP_TILES. Off by default: the app must work with no network.
 * @param scale label and marker size factor (see buildLayers).
 */
export function buildStyle(s: StyleSources, basemapTiles?: string, scale = 1): StyleSpecification {
  const data = composeSources(s);
  const geojson = (d: FeatureCollection, promoteId?: string) => ({
    type: 'geojson' as const,
    data: d,
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
      gemeenten: geojson(data.gemeenten, 'code'),
      context: geojson(data.context),
      projects: geojson(data.projects, 'id'),
      elz: geojson(data.elz),
      labels: geojson(data.labels),
    },
    layers: buildLayers(!!basemapTiles, scale),
  };
}

/** The paint and layout properties that grow with the label scale. */
export const SCALED_PROPERTIES = {
  layout: ['text-size'],
  paint: ['text-halo-width', 'circle-radius', 'circle-stroke-width'],
} as const;

/**
 * The layers, drawing from the sources above. `scale` multiplies label sizes, halos
 * and markers: 1 on screen, larger in presenter mode, which is read from across a
 * room (only SCALED_PROPERTIES depend on it).
 */
export function buildLayers(basemap: boolean, scale: number): LayerSpecification[] {
  const px = (n: number) => n * scale;
  return [
    { id: 'background', type: 'background', paint: { 'background-color': COLOURS.background } },
    ...(basemap ? [{ id: 'basemap', type: 'raster' as const, source: 'basemap', paint: { 'raster-saturation': -0.8 } }] : []),
    {
      id: 'vlaanderen-fill', type: 'fill', source: 'gemeenten',
      paint: fillPaint(perFeature(COLOURS.flanders), perFeature(basemap ? 0.55 : 1)),
    },
    {
      id: 'brussel-fill', type: 'fill', source: 'context', filter: kind('brussel'),
      paint: fillPaint(perFeature(COLOURS.brussels), perFeature(1)),
    },
    {
      id: 'project-fill', type: 'fill', source: 'projects',
      // Opaque, so the map shows exactly the colour of the legend's swatches.
      paint: fillPaint(projectColour, ['case', ['boolean', ['feature-state', 'dimmed'], false], 0.2, 1]),
    },
    {
      id: 'gemeenten-fill', type: 'fill', source: 'gemeenten',
      // Hover only: a selected municipality is outlined (below), never filled, so
      // it cannot pass for Brussels' grey or any other legend entry.
      paint: fillPaint(perFeature(COLOURS.hover), ['case', ['boolean', ['feature-state', 'hover'], false], 0.12, 0]),
    },
    {
      id: 'gemeenten-line', type: 'line', source: 'gemeenten',
      paint: { 'line-color': COLOURS.municipalityLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.4, 11, 1.2] },
    },
    {
      // Province borders; their outer edges are also the Flemish border.
      id: 'provincies-line', type: 'line', source: 'context', filter: kind('provincie'),
      paint: { 'line-color': COLOURS.provinceLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1, 11, 2.2] },
    },
    {
      id: 'elz-line', type: 'line', source: 'elz', filter: ['!=', ['geometry-type'], 'Point'], layout: { visibility: 'none' },
      paint: { 'line-color': COLOURS.elz, 'line-width': 2, 'line-dasharray': [3, 2] },
    },
    {
      id: 'project-outline', type: 'line', source: 'projects',
      paint: {
        'line-color': COLOURS.projectOutline,
        'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4, 1.6],
        'line-opacity': ['case', ['boolean', ['feature-state', 'dimmed'], false], 0.25, 1],
      },
    },
    {
      id: 'gemeenten-selected', type: 'line', source: 'gemeenten',
      paint: {
        'line-color': COLOURS.selected,
        'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3.5, 0],
      },
    },
    {
      id: 'sub-areas', type: 'circle', source: 'labels', filter: kind('experiment'),
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, px(4), 11, px(8)],
        'circle-color': '#ffffff',
        'circle-stroke-color': COLOURS.projectOutline,
        'circle-stroke-width': px(2.5),
      },
    },
    {
      id: 'context-labels', type: 'symbol', source: 'labels', filter: kind('context'),
      layout: { 'text-field': ['get', 'naam'], 'text-size': px(12), 'text-letter-spacing': 0.05 },
      paint: { 'text-color': '#4f574f', 'text-halo-color': '#ffffff', 'text-halo-width': px(1) },
    },
    {
      id: 'elz-labels', type: 'symbol', source: 'elz', filter: ['==', ['geometry-type'], 'Point'],
      layout: { visibility: 'none', 'text-field': ['get', 'naam'], 'text-size': px(11), 'text-max-width': 7 },
      paint: { 'text-color': COLOURS.elz, 'text-halo-color': '#ffffff', 'text-halo-width': px(1.5) },
    },
    {
      id: 'municipality-labels', type: 'symbol', source: 'labels', filter: kind('gemeente'), minzoom: 9,
      // Above its point: W13's experiment markers sit on their municipality's point.
      layout: {
        'text-field': ['get', 'naam'], 'text-size': px(12), 'text-max-width': 8,
        'text-variable-anchor': ['bottom', 'top', 'left', 'right'], 'text-radial-offset': 1.1,
      },
      paint: { 'text-color': '#2d332d', 'text-halo-color': '#ffffff', 'text-halo-width': px(1.5) },
    },
    {
      id: 'sub-area-labels', type: 'symbol', source: 'labels', filter: kind('experiment'), minzoom: 9,
      layout: { 'text-field': ['get', 'label'], 'text-size': px(12), 'text-offset': [0, 1.4], 'text-anchor': 'top' },
      paint: { 'text-color': '#111111', 'text-halo-color': '#ffffff', 'text-halo-width': px(2) },
    },
    // Project names in two layers: the projects a filter leaves out (faint) under
    // those it keeps. MapLibre places the upper layer's labels first, so a kept
    // name never loses its place to a dimmed one.
    projectLabels('project-labels-dimmed', true, px),
    projectLabels('project-labels', false, px),
    // Above every label layer, so placed first: an invisible dot over each
    // local-experiment marker that every name placed after it keeps clear of.
    {
      id: 'sub-area-guard', type: 'symbol', source: 'labels', filter: kind('experiment'),
      layout: {
        // The size of the marker itself (radius 4–8 px and its ring), no more:
        // names placed beside a marker (its municipality's, "Lokaal experiment")
        // keep their room.
        'text-field': '●', 'text-size': ['interpolate', ['linear'], ['zoom'], 7, px(8), 11, px(15)],
        'text-allow-overlap': true, 'text-padding': 0,
      },
      paint: { 'text-opacity': 0 },
    },
  ];
}

/** Text size of the project names at a zoom, as the project-labels layer draws them. */
export function projectLabelSize(zoom: number, scale: number): number {
  const t = Math.min(Math.max((zoom - 7) / 3, 0), 1);
  return (13 + t * 5) * scale;
}
export const MARKER_RADIUS = { z7: 4, z11: 8, stroke: 2.5 };
export const LABEL_FONT = '"Open Sans", "Arial Unicode MS", sans-serif';

/**
 * Names placed by the app (MapView.spreadLabels): drawn where they are put, over
 * everything, with a hairline from the area when a name had to move away.
 */
export function buildSpreadLayers(scale: number): LayerSpecification[] {
  const px = (n: number) => n * scale;
  return [
    {
      id: 'spread-leaders', type: 'line', source: 'spread', filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': COLOURS.projectOutline, 'line-width': px(1.2) },
    },
    {
      id: 'spread-labels', type: 'symbol', source: 'spread', filter: ['==', ['geometry-type'], 'Point'],
      layout: {
        'text-field': ['get', 'name'], 'text-size': ['get', 'size'], 'text-max-width': 40,
        // Always drawn where they are put; the surroundings' names placed after
        // them (lower layers) give way.
        'text-allow-overlap': true, 'text-anchor': 'center',
      },
      paint: { 'text-color': '#111111', 'text-halo-color': '#ffffff', 'text-halo-width': px(2.2) },
    },
  ];
}

/**
 * The surroundings (core/context-layers), added under Flanders once the first map
 * is complete: the sea and Wallonia as fills (foreign land is the background
 * itself, so no gap along a border can show), country borders, and their names.
 */
export function buildContextLayers(scale: number): LayerSpecification[] {
  const px = (n: number) => n * scale;
  return [
    {
      id: 'world-fill', type: 'fill', source: 'world', filter: ['!=', ['get', 'kind'], 'land'],
      paint: fillPaint(['to-color', ['match', ['get', 'kind'], 'sea', COLOURS.sea, COLOURS.wallonia]], perFeature(1)),
    },
    {
      id: 'world-line', type: 'line', source: 'world', filter: ['all', ['==', ['get', 'kind'], 'land'], ['==', ['geometry-type'], 'MultiPolygon']],
      paint: { 'line-color': COLOURS.countryLine, 'line-width': 0.8 },
    },
    {
      id: 'world-labels', type: 'symbol', source: 'world', filter: ['==', ['geometry-type'], 'Point'],
      layout: { 'text-field': ['get', 'naam'], 'text-size': px(13), 'text-letter-spacing': 0.12, 'text-max-width': 40 },
      paint: { 'text-color': COLOURS.contextLabel, 'text-halo-color': COLOURS.background, 'text-halo-width': px(1) },
    },
  ];
}

function projectLabels(id: string, dimmed: boolean, px: (n: number) => number): LayerSpecification {
  return {
    id, type: 'symbol', source: 'labels',
    filter: ['all', ['==', ['get', 'kind'], 'project'], ['==', ['boolean', ['get', 'dimmed'], false], dimmed]],
    layout: {
      // The faint layer is hidden until a filter dims something: a hidden layer
      // costs the worker nothing on the way to the first map.
      visibility: dimmed ? 'none' : 'visible',
      'text-field': ['get', 'name'],
      'text-size': ['interpolate', ['linear'], ['zoom'], 7, px(13), 10, px(18)],
      // Names come wrapped (core/label-text.ts); never break them again, above all
      // not at a hyphen.
      'text-max-width': 40,
      // On the area's pole of inaccessibility first (the label point keeps clear of
      // W13's experiment markers); clustered pilots (Gent beside Wetteren, Wichelen
      // en Laarne) would collide at the first zoom, so MapLibre tries these anchors
      // in turn and keeps each name clear of the others.
      'text-variable-anchor': ['center', 'bottom', 'top', 'right', 'left', 'bottom-right', 'bottom-left', 'top-right', 'top-left'],
      'text-radial-offset': 0.4,
      'text-justify': 'auto',
    },
    paint: {
      'text-color': '#111111', 'text-halo-color': '#ffffff', 'text-halo-width': px(2.2),
      'text-opacity': dimmed ? 0.35 : 1,
    },
  };
}

/**
 * The selected municipality's name, above everything: a searched place is named
 * on the map, pilot or not. Its source and layer are added with the first
 * selection, so the first map does not wait for them.
 */
export function buildSelectionLayer(scale: number): LayerSpecification {
  const px = (n: number) => n * scale;
  return {
    id: 'selection-label', type: 'symbol', source: 'selection',
    layout: {
      'text-field': ['get', 'naam'], 'text-size': px(15), 'text-max-width': 40,
      // Placed right after the experiment markers' guard (it sits just below it):
      // every other name gives way to it, and it keeps clear of the markers,
      // above its point first.
      'text-variable-anchor': ['bottom', 'top', 'right', 'left'], 'text-radial-offset': 0.7,
    },
    paint: { 'text-color': COLOURS.selected, 'text-halo-color': '#ffffff', 'text-halo-width': px(2.5) },
  };
}

/** The user's position after "Gebruik mijn locatie": a dot with a white ring. */
export function buildPositionLayer(scale: number): LayerSpecification {
  return {
    id: 'position', type: 'circle', source: 'position',
    paint: { 'circle-radius': 7 * scale, 'circle-color': COLOURS.position, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2.5 * scale },
  };
}

/** Layers shown only when the eerstelijnszones are switched on. */
export const ELZ_LAYERS = ['elz-line', 'elz-labels'] as const;
