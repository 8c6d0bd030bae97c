// Turns the geo build's topology into what the app draws and looks up: GeoJSON
// layers, the 2017 and current municipalities by code, and one merged area per
// pilot project (topojson merge, so a cluster gets one outline).
import { feature, merge } from 'topojson-client';
import type { Topology, GeometryCollection, GeometryObject } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CurrentMunicipality, Municipality, ProjectsDoc } from './types';
import { projectColour } from './palette.ts';

export const LAYER_OBJECTS = [
  'gemeenten',
  'gemeenten2025',
  'provincies',
  'provincies2025',
  'elz',
  'vlaanderen',
  'brussel',
] as const;
export type LayerName = (typeof LAYER_OBJECTS)[number];

type Area = Polygon | MultiPolygon;
export type AreaCollection<P> = FeatureCollection<Area, P>;

export interface GeoData {
  topology: Topology;
  layers: Record<LayerName, AreaCollection<Record<string, unknown>>>;
  municipalities: Map<string, Municipality>;
  current: Map<string, CurrentMunicipality>;
  /** Current municipality code → the 2017 municipalities it is made of. */
  partsOfCurrent: Map<string, string[]>;
}

export class GeoDataError extends Error {}

export function parseGeoData(raw: unknown, file = 'geo/base.topo.json'): GeoData {
  const topo = raw as Topology;
  if (typeof raw !== 'object' || raw === null || topo.type !== 'Topology' || !Array.isArray(topo.arcs)) {
    throw new GeoDataError(`${file}: not a TopoJSON topology`);
  }
  // Each layer becomes GeoJSON on first use: the first map needs four of the
  // seven, and the conversion is most of this function's time.
  const layers = {} as GeoData['layers'];
  const properties = {} as Record<LayerName, (Record<string, unknown> | null | undefined)[]>;
  for (const name of LAYER_OBJECTS) {
    const object = topo.objects?.[name] as GeometryCollection | undefined;
    if (!object || object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
      throw new GeoDataError(`${file}: object "${name}" is missing`);
    }
    properties[name] = object.geometries.map((g) => g.properties);
    let converted: AreaCollection<Record<string, unknown>> | undefined;
    Object.defineProperty(layers, name, {
      enumerable: true,
      get: () => (converted ??= feature(topo, object) as unknown as AreaCollection<Record<string, unknown>>),
    });
  }
  // Every field the app reads, checked here: an old or broken file fails with a
  // message that names the municipality and the field, not deep inside the map.
  const bad = (what: string, p: Record<string, unknown> | null | undefined, field: string) =>
    new GeoDataError(
      `${file}: ${what} ${typeof p?.code === 'string' ? p.code.slice(0, 12) : '(no code)'}: field "${field}" is missing or malformed`,
    );
  const text = (v: unknown) => typeof v === 'string' && v.length > 0;
  const count = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  const zones = new Set<string>();
  for (const p of properties.elz) {
    for (const field of ['code', 'naam']) if (!text(p?.[field])) throw bad('zone', p, field);
    zones.add(String(p!.code));
  }
  const current = new Map<string, CurrentMunicipality>();
  for (const p of properties.gemeenten2025) {
    for (const field of ['code', 'naam', 'prov']) if (!text(p?.[field])) throw bad('current municipality', p, field);
    current.set(String(p!.code), p as unknown as CurrentMunicipality);
  }
  const municipalities = new Map<string, Municipality>();
  for (const p of properties.gemeenten) {
    for (const field of ['code', 'naam', 'prov']) if (!text(p?.[field])) throw bad('municipality', p, field);
    for (const field of ['pop', 'km2']) if (!count(p?.[field])) throw bad('municipality', p, field);
    if (!current.has(String(p!.nu))) throw bad('municipality', p, 'nu');
    if (!zones.has(String(p!.elz))) throw bad('municipality', p, 'elz');
    if (p!.fusie !== undefined && p!.fusie !== 2019 && p!.fusie !== 2025) throw bad('municipality', p, 'fusie');
    municipalities.set(String(p!.code), p as unknown as Municipality);
  }
  const partsOfCurrent = new Map<string, string[]>();
  for (const m of municipalities.values()) {
    partsOfCurrent.set(m.nu, [...(partsOfCurrent.get(m.nu) ?? []), m.code]);
  }
  return { topology: topo, layers, municipalities, current, partsOfCurrent };
}

export interface ProjectAreaProps {
  id: string;
  name: string;
  index: number;
  /** Its colour from the one palette (src/core/palette.ts). */
  colour: string;
}

/**
 * One merged (multi)polygon per project, in the order of the projects file. On
 * today's boundaries a pilot is drawn on the current municipalities that now
 * contain its members.
 */
export function projectAreas(
  geo: GeoData,
  doc: ProjectsDoc,
  boundaries: '2017' | '2025' = '2017',
): AreaCollection<ProjectAreaProps> {
  return projectFeatures(
    doc,
    doc.projects.map((p) => mergedArea(geo, p.municipalities, boundaries)),
  );
}

/** The projects' areas as features, given their geometries in the order of the projects file. */
export function projectFeatures(doc: ProjectsDoc, areas: MultiPolygon[]): AreaCollection<ProjectAreaProps> {
  return {
    type: 'FeatureCollection',
    features: doc.projects.map((p, index): Feature<Area, ProjectAreaProps> => ({
      type: 'Feature',
      properties: { id: p.id, name: p.name, index, colour: projectColour(index) },
      geometry: areas[index]!,
    })),
  };
}

/**
 * The merged outline of some 2017 municipalities. On today's boundaries, of the
 * current municipalities that contain them.
 */
export function mergedArea(geo: GeoData, codes2017: string[], boundaries: '2017' | '2025' = '2017'): MultiPolygon {
  return merge(geo.topology, areaObjects(geo, codes2017, boundaries) as never);
}

/** The topology's objects of some 2017 municipalities, or of the current ones that contain them. */
export function areaObjects(geo: GeoData, codes2017: string[], boundaries: '2017' | '2025'): GeometryObject[] {
  const object = geo.topology.objects[boundaries === '2017' ? 'gemeenten' : 'gemeenten2025'] as GeometryCollection;
  const byCode = new Map<string, GeometryObject>(
    object.geometries.map((g) => [(g.properties as { code: string }).code, g]),
  );
  const codes =
    boundaries === '2017' ? codes2017 : [...new Set(codes2017.map((c) => geo.municipalities.get(c)?.nu ?? c))];
  return codes.map((c) => byCode.get(c)).filter((g) => g !== undefined);
}

/** 2017 municipality code → project id. */
export function projectOfMunicipality(doc: ProjectsDoc): Map<string, string> {
  return new Map(doc.projects.flatMap((p) => p.municipalities.map((c) => [c, p.id] as const)));
}
