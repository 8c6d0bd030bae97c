// The real data as a map scene, for tests of the label plan, the style and the inspector.
import { readFileSync } from 'node:fs';
import { buildMapLayers } from '../../../src/core/map-layers';
import { parseGeoData } from '../../../src/core/geo-data';
import { EMPTY_SELECTION, type MapScene } from '../../../src/core/map-scene';
import type { ProjectsDoc } from '../../../src/core/types';
import type { Measure } from '../../../src/core/label-plan';

export const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
export const geo = parseGeoData(JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8')));
export const layers = buildMapLayers(geo, doc, { experiment: 'Lokaal experiment', brussels: 'Brussel' });

export function sceneOf(overrides: Partial<MapScene> = {}): MapScene {
  return {
    layers,
    surroundings: null,
    selection: EMPTY_SELECTION,
    kept: null,
    everyName: false,
    elz: false,
    position: null,
    labelScale: 1,
    label: 'Kaart',
    ...overrides,
  };
}

/** Text measured as a font of average glyph width 0.6 em would be. */
export const measure: Measure = (text, size, spacing) => {
  const lines = text.split('\n');
  return { width: Math.max(...lines.map((l) => l.length * size * (0.6 + spacing))), height: lines.length * size * 1.2 };
};
