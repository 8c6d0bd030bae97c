// Types of the geo build's intermediate data, for JSDoc in the .mjs steps
// (tsconfig.geo.json type-checks them).
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** One CSV row: column name → text. */
export type Row = Record<string, string>;
/** Every table read, by file name without ".csv". */
export type Tables = Record<string, Row[]>;

export type Area = Polygon | MultiPolygon;

export interface Shapes {
  gemeente2018: FeatureCollection<Area, { gemeente20: string | number }>;
  gemeente: FeatureCollection<Area, Record<string, unknown>>;
}

/** A 2017 municipality after the join (step 3). */
export interface MunicipalityProps {
  code: string;
  naam: string;
  prov: string;
  pop: number;
  km2: number;
  nu: string;
  nuNaam: string;
  nuProv: string;
  flemish: boolean;
  /** Year of the merger that made its current municipality (2019 or 2025), if any. */
  fusie?: number;
}
export type Municipalities = FeatureCollection<Area, MunicipalityProps>;

/** (x, y) → (lon, lat). */
export type Projector = (point: Position) => Position;

/** A place-name entry: [name, kind, 2017 codes, postal code?]. */
export type PlaceEntry = [string, string, string[]] | [string, string, string[], string];

/** A bpost row as the resolver reads it. */
export interface PostcodeRow {
  name: string;
  zip: string;
  prov: string;
  main: boolean;
}
/** Name key → (2017 code → province code). */
export type Candidates = Map<string, Map<string, string>>;

/** A TopoJSON geometry as the build handles it: arcs as nested indexes. */
export interface TopoGeometry {
  type: string;
  arcs: ArcTree;
  properties: Record<string, unknown>;
  id?: string | number;
}
export type ArcTree = number[] | ArcTree[];
export interface TopoCollection {
  type: 'GeometryCollection';
  geometries: TopoGeometry[];
}
export interface BuildTopology {
  type: 'Topology';
  arcs: number[][][];
  transform?: unknown;
  bbox?: number[];
  objects: Record<string, TopoCollection>;
}
