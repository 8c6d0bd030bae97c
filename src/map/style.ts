// The map style as data, built from the app's own sources only: no tiles, no glyph
// server, no sprite. Without a "glyphs" entry MapLibre 6 renders labels with the
// browser's local fonts, so nothing is fetched.
import type { StyleSpecification, ExpressionSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { PROJECT_COLOURS } from '../core/palette';
import { COLOURS } from './colours';


export interface StyleSources {
  gemeenten: FeatureCollection;
  provincies: FeatureCollection;
  vlaanderen: FeatureCollection;
  brussel: FeatureCollection;
  projects: FeatureCollection;
  projectLabels: FeatureCollection;
  municipalityLabels: FeatureCollection;
  subAreas: FeatureCollection;
  contextLabels: FeatureCollection;
  elz: FeatureCollection;
  elzLabels: FeatureCollection;
}

const projectColour: ExpressionSpecification = [
  'to-color', ['at', ['%', ['get', 'index'], PROJECT_COLOURS.length], ['literal', [...PROJECT_COLOURS]]],
];

/**
 * @param basemapTiles optional raster tile URL template ({z}/{x}/{y}), set at build
 * time with VITE_BASEMAP_TILES. Off by default: the app must work with no network.
 */
export function buildStyle(s: StyleSources, basemapTiles?: string): StyleSpecification {
  const geojson = (data: FeatureCollection, promoteId?: string) => ({
    type: 'geojson' as const,
    data,
    ...(promoteId ? { promoteId } : {}),
    // Fewer vertices dropped at low zoom than the default 0.375 would allow is not
    // needed: the geo build already simplified for the zooms the app allows.
    tolerance: 0.2,
  });
  return {
    version: 8,
    name: 'GBO pilootprojecten',
    sources: {
      ...(basemapTiles ? { basemap: { type: 'raster' as const, tiles: [basemapTiles], tileSize: 256 } } : {}),
      vlaanderen: geojson(s.vlaanderen),
      brussel: geojson(s.brussel),
      gemeenten: geojson(s.gemeenten, 'code'),
      provincies: geojson(s.provincies),
      projects: geojson(s.projects, 'id'),
      'project-labels': geojson(s.projectLabels),
      'municipality-labels': geojson(s.municipalityLabels),
      'sub-areas': geojson(s.subAreas),
      'context-labels': geojson(s.contextLabels),
      elz: geojson(s.elz),
      'elz-labels': geojson(s.elzLabels),
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': COLOURS.background } },
      ...(basemapTiles ? [{ id: 'basemap', type: 'raster' as const, source: 'basemap', paint: { 'raster-saturation': -0.8 } }] : []),
      {
        id: 'vlaanderen-fill', type: 'fill', source: 'vlaanderen',
        paint: { 'fill-color': COLOURS.flanders, 'fill-opacity': basemapTiles ? 0.55 : 1 },
      },
      { id: 'brussel-fill', type: 'fill', source: 'brussel', paint: { 'fill-color': COLOURS.brussels } },
      {
        id: 'project-fill', type: 'fill', source: 'projects',
        paint: {
          'fill-color': projectColour,
          'fill-opacity': ['case', ['boolean', ['feature-state', 'dimmed'], false], 0.25, 0.78],
        },
      },
      {
        id: 'gemeenten-fill', type: 'fill', source: 'gemeenten',
        paint: {
          'fill-color': COLOURS.hover,
          'fill-opacity': ['case',
            ['boolean', ['feature-state', 'selected'], false], 0.18,
            ['boolean', ['feature-state', 'hover'], false], 0.12, 0],
        },
      },
      {
        id: 'gemeenten-line', type: 'line', source: 'gemeenten',
        paint: { 'line-color': COLOURS.municipalityLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.4, 11, 1.2] },
      },
      {
        id: 'provincies-line', type: 'line', source: 'provincies',
        paint: { 'line-color': COLOURS.provinceLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 1, 11, 2.2] },
      },
      {
        id: 'vlaanderen-line', type: 'line', source: 'vlaanderen',
        paint: { 'line-color': COLOURS.provinceLine, 'line-width': 1.2 },
      },
      {
        id: 'elz-line', type: 'line', source: 'elz', layout: { visibility: 'none' },
        paint: { 'line-color': COLOURS.elz, 'line-width': 2, 'line-dasharray': [3, 2] },
      },
      {
        id: 'project-outline', type: 'line', source: 'projects',
        paint: {
          'line-color': COLOURS.projectOutline,
          'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4, 1.6],
        },
      },
      {
        id: 'gemeenten-selected', type: 'line', source: 'gemeenten',
        paint: {
          'line-color': COLOURS.selected,
          'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 0],
        },
      },
      {
        id: 'sub-areas', type: 'circle', source: 'sub-areas',
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 4, 11, 8],
          'circle-color': '#ffffff',
          'circle-stroke-color': COLOURS.projectOutline,
          'circle-stroke-width': 2.5,
        },
      },
      {
        id: 'context-labels', type: 'symbol', source: 'context-labels',
        layout: { 'text-field': ['get', 'naam'], 'text-size': 12, 'text-letter-spacing': 0.05 },
        paint: { 'text-color': '#4f574f', 'text-halo-color': '#ffffff', 'text-halo-width': 1 },
      },
      {
        id: 'elz-labels', type: 'symbol', source: 'elz-labels', layout: { visibility: 'none', 'text-field': ['get', 'naam'], 'text-size': 11, 'text-max-width': 7 },
        paint: { 'text-color': COLOURS.elz, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      },
      {
        id: 'municipality-labels', type: 'symbol', source: 'municipality-labels', minzoom: 9,
        layout: { 'text-field': ['get', 'naam'], 'text-size': 12, 'text-max-width': 8 },
        paint: { 'text-color': '#2d332d', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      },
      {
        id: 'sub-area-labels', type: 'symbol', source: 'sub-areas', minzoom: 9,
        layout: { 'text-field': ['get', 'label'], 'text-size': 12, 'text-offset': [0, 1.2], 'text-anchor': 'top' },
        paint: { 'text-color': '#111111', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
      },
      {
        id: 'project-labels', type: 'symbol', source: 'project-labels',
        layout: {
          'text-field': ['get', 'name'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 7, 13, 10, 18],
          'text-max-width': 9,
          // Clustered pilots (Gent beside Wetteren, Wichelen en Laarne) would collide at
          // the first zoom: MapLibre tries these anchors in turn and keeps each name
          // clear of the others. Above the point first, so W13's name never hides the
          // dot of its Kortrijk experiment.
          'text-variable-anchor': ['bottom', 'top', 'right', 'left', 'bottom-right', 'bottom-left', 'top-right', 'top-left'],
          'text-radial-offset': 0.4,
          'text-justify': 'auto',
        },
        paint: { 'text-color': '#111111', 'text-halo-color': '#ffffff', 'text-halo-width': 2.2 },
      },
    ],
  };
}

/** Layers shown only when the eerstelijnszones are switched on. */
export const ELZ_LAYERS = ['elz-line', 'elz-labels'] as const;

/** Sources whose data changes with the boundaries (2017 or today's). */
export const BOUNDARY_SOURCES = {
  gemeenten: 'gemeenten',
  provincies: 'provincies',
  projects: 'projects',
  projectLabels: 'project-labels',
  municipalityLabels: 'municipality-labels',
  subAreas: 'sub-areas',
} as const;
