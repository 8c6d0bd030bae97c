// The surroundings of Flanders (geo/context.topo.json, from Natural Earth):
// the sea, Wallonia and the neighbouring countries, with their names at fixed
// points chosen for the map's views. Pure: topology in, GeoJSON out.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

export type SurroundingsKind = 'sea' | 'land' | 'wallonia';

export interface Surroundings {
  areas: FeatureCollection<Polygon | MultiPolygon, { kind: SurroundingsKind; country?: string }>;
  labels: FeatureCollection<Point, { naam: string; kind: SurroundingsKind }>;
}

export type SurroundingsNames = Record<'sea' | 'wallonia' | '528' | '250' | '276' | '442' | '826', string>;

/** Where each name goes: inside its area, near Flanders, clear of the pilot areas. */
export const SURROUNDINGS_LABEL_POINTS: Record<keyof SurroundingsNames, [number, number]> = {
  sea: [2.85, 51.57],
  wallonia: [4.75, 50.45],
  528: [4.95, 51.65], // Nederland
  250: [2.85, 50.45], // Frankrijk
  276: [6.55, 50.95], // Duitsland
  442: [6.1, 49.75], // Luxemburg
  826: [0.9, 51.3], // Verenigd Koninkrijk
};

export class SurroundingsDataError extends Error {}

export function parseSurroundings(
  raw: unknown,
  names: SurroundingsNames,
  file = 'geo/context.topo.json',
): Surroundings {
  const topo = raw as Topology;
  // (The file and its object keep the name the geo build gives them: context.)
  const object = topo?.objects?.context as GeometryCollection | undefined;
  if (topo?.type !== 'Topology' || object?.type !== 'GeometryCollection')
    throw new SurroundingsDataError(`${file}: not the surroundings' topology`);
  const areas = feature(topo, object) as unknown as Surroundings['areas'];
  const labels: Feature<Point, { naam: string; kind: SurroundingsKind }>[] = (
    Object.keys(SURROUNDINGS_LABEL_POINTS) as (keyof SurroundingsNames)[]
  ).map((key) => ({
    type: 'Feature',
    properties: { naam: names[key], kind: key === 'sea' ? 'sea' : key === 'wallonia' ? 'wallonia' : 'land' },
    geometry: { type: 'Point', coordinates: SURROUNDINGS_LABEL_POINTS[key] },
  }));
  return { areas, labels: { type: 'FeatureCollection', features: labels } };
}
