// The quiet context around Flanders (geo/context.topo.json, from Natural Earth):
// the sea, Wallonia and the neighbouring countries, with their names at fixed
// points chosen for the map's views. Pure: topology in, GeoJSON out.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

export type ContextKind = 'sea' | 'land' | 'wallonia';

export interface ContextLayers {
  areas: FeatureCollection<Polygon | MultiPolygon, { kind: ContextKind; country?: string }>;
  labels: FeatureCollection<Point, { naam: string; kind: ContextKind }>;
}

export type ContextNames = Record<'sea' | 'wallonia' | '528' | '250' | '276' | '442' | '826', string>;

/** Where each name goes: inside its area, near Flanders, clear of the pilot areas. */
export const CONTEXT_LABEL_POINTS: Record<keyof ContextNames, [number, number]> = {
  sea: [2.85, 51.57],
  wallonia: [4.75, 50.45],
  528: [4.95, 51.65], // Nederland
  250: [2.85, 50.45], // Frankrijk
  276: [6.55, 50.95], // Duitsland
  442: [6.1, 49.75], // Luxemburg
  826: [0.9, 51.3], // Verenigd Koninkrijk
};

export class ContextDataError extends Error {}

export function parseContext(raw: unknown, names: ContextNames, file = 'geo/context.topo.json'): ContextLayers {
  const topo = raw as Topology;
  const object = topo?.objects?.context as GeometryCollection | undefined;
  if (topo?.type !== 'Topology' || object?.type !== 'GeometryCollection') throw new ContextDataError(`${file}: not the context topology`);
  const areas = feature(topo, object) as unknown as ContextLayers['areas'];
  const labels: Feature<Point, { naam: string; kind: ContextKind }>[] = (Object.keys(CONTEXT_LABEL_POINTS) as (keyof ContextNames)[])
    .map((key) => ({
      type: 'Feature',
      properties: { naam: names[key], kind: key === 'sea' ? 'sea' : key === 'wallonia' ? 'wallonia' : 'land' },
      geometry: { type: 'Point', coordinates: CONTEXT_LABEL_POINTS[key] },
    }));
  return { areas, labels: { type: 'FeatureCollection', features: labels } };
}
