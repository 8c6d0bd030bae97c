// Step 1: read the raw shapefiles and CSV tables. Nothing is interpreted here.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as shapefile from 'shapefile';
import { csvParse } from 'd3-dsv';

/**
 * CSV text (RFC 4180: quoted fields, doubled quotes, CRLF; a leading byte-order
 * mark is dropped) → one object per row, keyed by the header.
 * @param {string} text
 * @returns {import('../types').Row[]}
 */
export function parseCsv(text) {
  return csvParse(text.replace(/^\uFEFF/, '')).map((row) => {
    /** @type {import('../types').Row} */
    const out = {};
    for (const [k, v] of Object.entries(row)) out[k] = v ?? '';
    return out;
  });
}

/**
 * @param {string} dir the geo-sources folder
 * @param {string} name table file name without ".csv"
 */
export async function readTable(dir, name) {
  return parseCsv(await readFile(path.join(dir, 'tables', `${name}.csv`), 'utf8'));
}

/**
 * @param {string} dir the geo-sources folder
 * @param {string} name shapefile name without extension
 * @returns {Promise<import('geojson').FeatureCollection<import('../types').Area, Record<string, unknown>>>}
 */
export async function readShapefile(dir, name) {
  const base = path.join(dir, 'boundaries', name);
  return /** @type {never} */ (await shapefile.read(`${base}.shp`, `${base}.dbf`, { encoding: 'utf-8' }));
}

export const TABLES = [
  'gemeente2018_names',
  'gemeente2018_gemeente',
  'gemeente_names',
  'gemeente_provincie',
  'gemeente_elz',
  'elz_names',
  'provincie_names',
  'deelgemeente_names',
  'population_2018-01-01',
  'postcodes_bpost',
  'statsec_names',
  'wijk_names',
  'kern_names',
];

/**
 * @param {string} dir the geo-sources folder
 * @returns {Promise<{ shapes: import('../types').Shapes, tables: import('../types').Tables }>}
 */
export async function readSources(dir) {
  const [gemeente2018, gemeente] = await Promise.all([
    readShapefile(dir, 'gemeente2018'),
    readShapefile(dir, 'gemeente'),
  ]);
  /** @type {import('../types').Tables} */
  const tables = {};
  for (const name of TABLES) tables[name] = await readTable(dir, name);
  return { shapes: { gemeente2018: /** @type {never} */ (gemeente2018), gemeente }, tables };
}
