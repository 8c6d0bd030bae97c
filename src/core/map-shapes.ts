// The shapes of the first map that depend only on the data: each project's merged
// area and the point its name goes, and every municipal border once. Together
// about 40 ms of main thread before the first map in a browser, so the build
// computes them (vite.config.ts, `__MAP_SHAPES__`) and the page only decodes them;
// a page given other data (a test's, an edited file) computes them itself.
import { feature, mergeArcs, meshArcs } from 'topojson-client';
import type {
  GeometryCollection,
  MultiLineString as TopoLines,
  MultiPolygon as TopoAreas,
  Topology,
} from 'topojson-specification';
import type { MultiLineString, MultiPolygon, Position } from 'geojson';
import { areaObjects, type GeoData } from './geo-data.ts'; // .ts: vite.config.ts runs this in Node
import { labelPoint } from './geometry.ts';
import type { ProjectsDoc } from './types';
import type { Boundaries } from './url-state';

export interface MapShapes {
  /** Every border between two municipalities once. */
  borders: MultiLineString;
  /** One merged area per project, in the order of the projects file. */
  areas: MultiPolygon[];
  /** Where each project's name goes, in the same order. */
  labelPoints: Position[];
  /** Where each local experiment's marker goes, in the order of the projects and their experiments. */
  experimentPoints: Position[];
  /** Where the name "Brussel" goes, one point per part of the Brussels layer. */
  brusselsPoints: Position[];
}

/** The shapes as the build stores them: arcs of the topology, not coordinates. */
export interface StoredShapes {
  /** What they were computed from (shapesKey): a page with other data ignores them. */
  key: string;
  shapes: Record<Boundaries, Omit<MapShapes, 'borders' | 'areas'> & { borders: TopoLines; areas: TopoAreas[] }>;
}

const BOUNDARIES: Boundaries[] = ['2017', '2025'];

const objectOf = (topology: Topology, boundaries: Boundaries) =>
  topology.objects[boundaries === '2017' ? 'gemeenten' : 'gemeenten2025'] as GeometryCollection;

/**
 * The identity of the inputs, as a 32-bit FNV-1a hash: the quantization, every
 * arc's coordinates, each municipality's code and arcs, and each project's
 * municipalities and local experiments. Runs once per page, before the first map,
 * so cold: the coordinates go through a plain indexed loop, no function call per
 * number (with one it took 2.4–6.6 ms for the 14,000 arc points, cold, in Node;
 * now about 2 ms).
 */
export function shapesKey(topology: Topology, doc: ProjectsDoc): string {
  const FNV = 0x01000193;
  let h = 0x811c9dc5;
  const text = (t: string) => {
    for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), FNV);
  };
  text(JSON.stringify(topology.transform ?? null));
  const arcs = topology.arcs;
  for (let a = 0; a < arcs.length; a++) {
    const arc = arcs[a]!;
    for (let i = 0; i < arc.length; i++) {
      // Quantized coordinates are 32-bit integers; any others count to a billionth.
      const x = arc[i]![0] ?? 0,
        y = arc[i]![1] ?? 0;
      h = Math.imul(h ^ (x === (x | 0) ? x : Math.round(x * 1e9)), FNV);
      h = Math.imul(h ^ (y === (y | 0) ? y : Math.round(y * 1e9)), FNV);
    }
  }
  // A geometry's arcs: indices, nested one level (Polygon) or two (MultiPolygon),
  // each level opened with a -1 so that [[1, 2]] and [[1], [2]] differ.
  const nested = (v: unknown): void => {
    if (typeof v === 'number') {
      h = Math.imul(h ^ v, FNV);
      return;
    }
    if (!Array.isArray(v)) return;
    h = Math.imul(h ^ -1, FNV);
    for (let i = 0; i < v.length; i++) nested(v[i]);
  };
  for (const b of BOUNDARIES) {
    for (const g of objectOf(topology, b).geometries) {
      text(String((g.properties as { code?: unknown } | undefined)?.code));
      nested((g as { arcs?: unknown }).arcs);
    }
  }
  text(doc.projects.map((p) => `${p.municipalities.join()};${(p.subAreas ?? []).map((s) => s.code).join()}`).join('|'));
  return `${arcs.length}.${(h >>> 0).toString(16)}`;
}

function storedFor(geo: GeoData, doc: ProjectsDoc, boundaries: Boundaries): StoredShapes['shapes'][Boundaries] {
  const { topology } = geo;
  const object = objectOf(topology, boundaries);
  const layer = boundaries === '2017' ? geo.layers.gemeenten : geo.layers.gemeenten2025;
  const byCode = new Map(layer.features.map((f) => [String(f.properties.code), f.geometry]));
  const municipality = (code2017: string) =>
    byCode.get(boundaries === '2017' ? code2017 : geo.municipalities.get(code2017)!.nu)!;
  const arcsOf = (codes2017: string[]) => mergeArcs(topology, areaObjects(geo, codes2017, boundaries) as never);
  const areas = doc.projects.map((p) => arcsOf(p.municipalities));
  return {
    borders: meshArcs(topology, object, (a, b) => a !== b),
    areas,
    labelPoints: doc.projects.map((p, i) => {
      // A project with local experiments keeps its name off their markers: the
      // label goes in the part of its area that has no experiment, when there is one.
      const plain = p.municipalities.filter((c) => !(p.subAreas ?? []).some((s) => s.code === c));
      const where = p.subAreas?.length && plain.length ? arcsOf(plain) : areas[i]!;
      return labelPoint(decode(topology, where));
    }),
    experimentPoints: doc.projects.flatMap((p) => (p.subAreas ?? []).map((s) => labelPoint(municipality(s.code)))),
    brusselsPoints: geo.layers.brussel.features.map((f) => labelPoint(f.geometry)),
  };
}

function decode(topology: Topology, object: TopoAreas): MultiPolygon;
function decode(topology: Topology, object: TopoLines): MultiLineString;
function decode(topology: Topology, object: TopoAreas | TopoLines): MultiPolygon | MultiLineString {
  return (feature(topology, object) as { geometry: MultiPolygon | MultiLineString }).geometry;
}

/** What the build stores (both boundaries). */
export function storeShapes(geo: GeoData, doc: ProjectsDoc): StoredShapes {
  return {
    key: shapesKey(geo.topology, doc),
    shapes: { 2017: storedFor(geo, doc, '2017'), 2025: storedFor(geo, doc, '2025') },
  };
}

/**
 * The shapes of one set of boundaries: decoded from what the build stored when it
 * was computed from this very data, else computed here.
 */
export function mapShapes(
  geo: GeoData,
  doc: ProjectsDoc,
  boundaries: Boundaries,
  stored: StoredShapes | null,
): MapShapes {
  const s =
    stored && stored.key === shapesKey(geo.topology, doc) ? stored.shapes[boundaries] : storedFor(geo, doc, boundaries);
  return {
    borders: decode(geo.topology, s.borders),
    areas: s.areas.map((a) => decode(geo.topology, a)),
    labelPoints: s.labelPoints,
    experimentPoints: s.experimentPoints,
    brusselsPoints: s.brusselsPoints,
  };
}
