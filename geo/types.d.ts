// Types of the geo build's intermediate data, for JSDoc in the .mjs steps
// (tsconfig.geo.json type-checks them).
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Municipality } from '../src/core/types';

/** One CSV row: column name → text. */
export type Row = Record<string, string>;
/** Every table read, by file name without ".csv". */
export type Tables = Record<string, Row[]>;

export type Area = Polygon | MultiPolygon;

export interface Shapes {
  gemeente2018: FeatureCollection<Area, { gemeente20: string | number }>;
  gemeente: FeatureCollection<Area, Record<string, unknown>>;
}

/**
 * A 2017 municipality after the join (step 3): what the app reads
 * (src/core/types.ts; the eerstelijnszone joins in step 4), with the current
 * municipality's name and province, and whether it is Flemish, for the steps after.
 */
export type MunicipalityProps = Omit<Municipality, 'elz'> & {
  nuNaam: string;
  nuProv: string;
  flemish: boolean;
};
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
