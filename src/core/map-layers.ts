// The GeoJSON every map implementation draws, derived once from the data.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { GeoData } from './geo-data';
import { projectAreas } from './geo-data';
import { bounds, labelPoint, type Bounds } from './geometry';
import type { ProjectsDoc } from './types';

export interface MapLayers {
  gemeenten: FeatureCollection;
  provincies: FeatureCollection;
  vlaanderen: FeatureCollection;
  brussel: FeatureCollection;
  projects: ReturnType<typeof projectAreas>;
  projectLabels: FeatureCollection<Point>;
  municipalityLabels: FeatureCollection<Point>;
  subAreas: FeatureCollection<Point>;
  contextLabels: FeatureCollection<Point>;
  flandersBounds: Bounds;
  projectBounds: Map<string, Bounds>;
}

const point = (coordinates: number[], properties: Record<string, unknown>): Feature<Point> => ({
  type: 'Feature', properties, geometry: { type: 'Point', coordinates },
});

export interface LayerLabels {
  experiment: string;
  brussels: string;
}

export function buildMapLayers(geo: GeoData, doc: ProjectsDoc, labels: LayerLabels): MapLayers {
  const projects = projectAreas(geo, doc);
  const byCode = new Map(geo.layers.gemeenten.features.map((f) => [String(f.properties!.code), f]));
  return {
    gemeenten: geo.layers.gemeenten,
    provincies: geo.layers.provincies,
    vlaanderen: geo.layers.vlaanderen,
    brussel: geo.layers.brussel,
    projects,
    projectLabels: {
      type: 'FeatureCollection',
      features: projects.features.map((f) => point(labelPoint(f.geometry), { id: f.properties.id, name: f.properties.name })),
    },
    municipalityLabels: {
      type: 'FeatureCollection',
      features: geo.layers.gemeenten.features.map((f) => point(labelPoint(f.geometry), { naam: f.properties!.naam })),
    },
    subAreas: {
      type: 'FeatureCollection',
      features: doc.projects.flatMap((p) => (p.subAreas ?? []).map((s) =>
        point(labelPoint(byCode.get(s.code)!.geometry), { code: s.code, label: labels.experiment }))),
    },
    contextLabels: {
      type: 'FeatureCollection',
      features: geo.layers.brussel.features.map((f) => point(labelPoint(f.geometry), { naam: labels.brussels })),
    },
    flandersBounds: bounds(geo.layers.vlaanderen.features.map((f) => f.geometry)),
    projectBounds: new Map(projects.features.map((f) => [f.properties.id, bounds([f.geometry])])),
  };
}

/** Bounds of some 2017 municipalities (a municipality panel). */
export function municipalityBounds(geo: GeoData, codes: string[]): Bounds {
  const set = new Set(codes);
  return bounds(geo.layers.gemeenten.features.filter((f) => set.has(String(f.properties!.code))).map((f) => f.geometry));
}
