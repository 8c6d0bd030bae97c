// The GeoJSON every map implementation draws, derived once from the data.
import type { Feature, FeatureCollection, MultiLineString, Point } from 'geojson';
import type { GeoData } from './geo-data';
import { projectFeatures } from './geo-data';
import { mesh } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { mapShapes, type StoredShapes } from './map-shapes';
import { wrapLabel } from './label-text';
import { bounds, labelPoint, type Bounds } from './geometry';
import type { ProjectsDoc } from './types';
import type { Boundaries } from './url-state';

export interface MapLayers {
  gemeenten: FeatureCollection;
  /** Every border between two municipalities once (the SVG map strokes this instead of each outline: half the lines). */
  municipalBorders: MultiLineString;
  provincies: FeatureCollection;
  vlaanderen: FeatureCollection;
  brussel: FeatureCollection;
  projects: ReturnType<typeof projectFeatures>;
  projectLabels: FeatureCollection<Point>;
  municipalityLabels: FeatureCollection<Point>;
  subAreas: FeatureCollection<Point>;
  elz: FeatureCollection;
  /** Every border of the primary-care zones once: drawn dashed, a border drawn twice (once by each zone) would show one zone's dashes in the other's gaps, a solid line. */
  elzBorders: MultiLineString;
  elzLabels: FeatureCollection<Point>;
  brusselsLabels: FeatureCollection<Point>;
  flandersBounds: Bounds;
  projectBounds: Map<string, Bounds>;
}

const point = (coordinates: number[], properties: Record<string, unknown>): Feature<Point> => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Point', coordinates },
});

export interface LayerLabels {
  experiment: string;
  brussels: string;
}

/** `stored`: the shapes the build computed (map-shapes.ts), used when they are of this data. */
export function buildMapLayers(
  geo: GeoData,
  doc: ProjectsDoc,
  labels: LayerLabels,
  boundaries: Boundaries = '2017',
  stored: StoredShapes | null = null,
): MapLayers {
  const now = boundaries === '2025';
  const shapes = mapShapes(geo, doc, boundaries, stored);
  const projects = projectFeatures(doc, shapes.areas);
  const municipalities = now ? geo.layers.gemeenten2025 : geo.layers.gemeenten;
  const layers: Omit<MapLayers, 'municipalityLabels' | 'elzLabels' | 'elzBorders'> = {
    gemeenten: municipalities,
    municipalBorders: shapes.borders,
    provincies: now ? geo.layers.provincies2025 : geo.layers.provincies,
    elz: geo.layers.elz,
    vlaanderen: geo.layers.vlaanderen,
    brussel: geo.layers.brussel,
    projects,
    projectLabels: {
      type: 'FeatureCollection',
      features: projects.features.map((f, i) =>
        point(shapes.labelPoints[i]!, { id: f.properties.id, name: wrapLabel(f.properties.name) }),
      ),
    },
    subAreas: {
      type: 'FeatureCollection',
      features: doc.projects
        .flatMap((p) => p.subAreas ?? [])
        .map((s, i) => point(shapes.experimentPoints[i]!, { code: s.code, label: labels.experiment })),
    },
    brusselsLabels: {
      type: 'FeatureCollection',
      features: shapes.brusselsPoints.map((at) => point(at, { naam: labels.brussels })),
    },
    flandersBounds: bounds(geo.layers.vlaanderen.features.map((f) => f.geometry)),
    projectBounds: new Map(projects.features.map((f) => [f.properties.id, bounds([f.geometry])])),
  };
  // The names of municipalities and zones are drawn only from a closer zoom, or
  // with the zones switched on: their label points (a pole of inaccessibility
  // each, 20 ms together) and the zones' borders are found on first use, not
  // before the first map.
  return Object.defineProperties(layers as MapLayers, {
    municipalityLabels: lazy(() => ({
      type: 'FeatureCollection',
      features: municipalities.features.map((f) =>
        point(labelPoint(f.geometry), { naam: f.properties!.naam, code: String(f.properties!.code) }),
      ),
    })),
    elzBorders: lazy(() => mesh(geo.topology, geo.topology.objects.elz as GeometryCollection)),
    elzLabels: lazy(() => ({
      type: 'FeatureCollection',
      features: geo.layers.elz.features.map((f) => point(labelPoint(f.geometry), { naam: f.properties!.naam })),
    })),
  });
}

/** A property computed on first read, then kept. */
function lazy<T>(make: () => T): PropertyDescriptor {
  let value: T | undefined;
  return { enumerable: true, get: () => (value ??= make()) };
}

/** Bounds of some 2017 municipalities (a municipality panel). */
export function municipalityBounds(geo: GeoData, codes: string[]): Bounds {
  const set = new Set(codes);
  return bounds(
    geo.layers.gemeenten.features.filter((f) => set.has(String(f.properties!.code))).map((f) => f.geometry),
  );
}

/** The codes the map's municipality layer uses for some 2017 municipalities. */
export function mapCodes(geo: GeoData, codes: string[], boundaries: Boundaries): string[] {
  return boundaries === '2017' ? codes : [...new Set(codes.map((c) => geo.municipalities.get(c)!.nu))];
}
