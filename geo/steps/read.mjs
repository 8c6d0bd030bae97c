// Step 1: read the raw shapefiles and CSV tables. Nothing is interpreted here.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as shapefile from 'shapefile';

/** Minimal RFC 4180 CSV parser: quoted fields, doubled quotes, header row → objects. */
export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const [header, ...body] = rows.filter((r) => r.length > 1 || r[0] !== '');
  return body.map((r) => Object.fromEntries(header.map((h, j) => [h, r[j] ?? ''])));
}

export async function readTable(dir, name) {
  return parseCsv(await readFile(path.join(dir, 'tables', `${name}.csv`), 'utf8'));
}

export async function readShapefile(dir, name) {
  const base = path.join(dir, 'boundaries', name);
  return shapefile.read(`${base}.shp`, `${base}.dbf`, { encoding: 'utf-8' });
}

export async function readSources(dir) {
  const [gemeente2018, gemeente] = await Promise.all([
    readShapefile(dir, 'gemeente2018'),
    readShapefile(dir, 'gemeente'),
  ]);
  const tables = {};
  for (const name of [
    'gemeente2018_names', 'gemeente2018_gemeente', 'gemeente_names', 'gemeente_provincie',
    'gemeente_elz', 'elz_names', 'provincie_names', 'deelgemeente_names',
    'population_2018-01-01', 'postcodes_bpost',
  ]) tables[name] = await readTable(dir, name);
  return { shapes: { gemeente2018, gemeente }, tables };
}
