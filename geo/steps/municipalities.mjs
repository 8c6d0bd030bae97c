// Step 3: one record per 2017 municipality (2018 shapefile), joined with its name,
// province, population on 1 January 2018, area and the current municipality it is
// part of now. Every join must hit: a miss is a broken source, so it throws.
import { PROVINCES, BRUSSELS_PROVINCE, MERGED_2019 } from '../config.mjs';

const PROVINCE_BY_NAME = new Map(Object.entries(PROVINCES).map(([code, name]) => [name, code]));
/** @param {unknown} code */
const pad = (code) => String(code).trim().padStart(5, '0');

/**
 * Planar polygon area in the source CRS (Lambert 72 metres), holes subtracted.
 * @param {import('../types').Area} geometry
 */
export function planarArea(geometry) {
  /** @param {import('geojson').Position[]} r */
  const ring = (r) => {
    let a = 0;
    for (let i = 0, n = r.length; i < n; i++) {
      const [x1 = 0, y1 = 0] = r[i] ?? [];
      const [x2 = 0, y2 = 0] = r[(i + 1) % n] ?? [];
      a += x1 * y2 - x2 * y1;
    }
    return a / 2;
  };
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  // Shapefile outer rings are clockwise (negative), holes counter-clockwise.
  return polys.reduce((sum, p) => sum + p.reduce((s, r) => s - ring(r), 0), 0);
}

/**
 * @param {import('../types').Row[]} rows
 * @param {string} key
 * @param {string} what the file, for messages
 */
function index(rows, key, what) {
  /** @type {Map<string, import('../types').Row>} */
  const map = new Map();
  for (const row of rows) {
    const k = pad(row[key]);
    if (map.has(k)) throw new Error(`${what}: duplicate code ${k}`);
    map.set(k, row);
  }
  return map;
}

/**
 * @param {Map<string, import('../types').Row>} map
 * @param {string} key
 * @param {string} what the file, for messages
 */
function need(map, key, what) {
  const v = map.get(key);
  if (v === undefined) throw new Error(`${what}: no row for code ${key}`);
  return v;
}

/**
 * @param {import('../types').Shapes} shapes
 * @param {import('../types').Tables} tables
 * @returns {import('../types').Municipalities}
 */
export function joinMunicipalities(shapes, tables) {
  /** @param {string} name */
  const table = (name) => {
    const rows = tables[name];
    if (!rows) throw new Error(`${name}.csv was not read`);
    return rows;
  };
  const names2018 = index(table('gemeente2018_names'), 'code', 'gemeente2018_names.csv');
  const toCurrent = index(table('gemeente2018_gemeente'), 'nis2018', 'gemeente2018_gemeente.csv');
  const population = index(table('population_2018-01-01'), 'nis2018', 'population_2018-01-01.csv');
  const provinceOf = index(table('gemeente_provincie'), 'gemeente', 'gemeente_provincie.csv');
  const namesNow = index(table('gemeente_names'), 'code', 'gemeente_names.csv');

  const features = shapes.gemeente2018.features.map((f) => {
    const code = pad(f.properties.gemeente20);
    const current = pad(need(toCurrent, code, 'gemeente2018_gemeente.csv').nis2025);
    // The current province can differ from the 2017 one (Zwijndrecht moved from
    // Antwerpen to Oost-Vlaanderen with the 2025 merger), so both are kept.
    const currentProvince = String(Number(need(provinceOf, current, 'gemeente_provincie.csv').provincie));
    const pop = need(population, code, 'population_2018-01-01.csv');
    const flemish = pop.region_nl === 'Vlaams Gewest';
    const province = flemish ? PROVINCE_BY_NAME.get(pop.province_nl) : BRUSSELS_PROVINCE;
    if (!province)
      throw new Error(`population_2018-01-01.csv: municipality ${code} has unknown province "${pop.province_nl}"`);
    if (flemish !== currentProvince in PROVINCES) {
      throw new Error(`municipality ${code}: region "${pop.region_nl}" contradicts province ${currentProvince}`);
    }
    return {
      type: /** @type {const} */ ('Feature'),
      properties: {
        code,
        naam: need(names2018, code, 'gemeente2018_names.csv').short_name ?? '',
        prov: province,
        pop: Number(pop.population),
        // km² to the square metre: sums of rounded areas drift (13.625,8 instead of
        // 13.625,9 km² for Flanders), so the app rounds only what it shows.
        km2: Math.round(planarArea(f.geometry)) / 1e6,
        nu: current,
        nuNaam: need(namesNow, current, 'gemeente_names.csv').short_name ?? '',
        nuProv: currentProvince,
        flemish,
      },
      geometry: f.geometry,
    };
  });
  // The year of each merger: a current municipality made of several 2017 ones.
  /** @type {Map<string, number>} */
  const members = new Map();
  for (const f of features) members.set(f.properties.nu, (members.get(f.properties.nu) ?? 0) + 1);
  /** @type {Record<string, number>} */
  const merged2019 = MERGED_2019;
  for (const [code, n] of Object.entries(merged2019)) {
    if (members.has(code) && members.get(code) !== n)
      throw new Error(`gemeente2018_gemeente.csv: ${code} has ${members.get(code) ?? 0} members, the 2019 merger ${n}`);
  }
  for (const f of features) {
    const n = members.get(f.properties.nu) ?? 1;
    if (n > 1 && f.properties.flemish)
      Object.assign(f.properties, { fusie: f.properties.nu in merged2019 ? 2019 : 2025 });
  }
  return { type: 'FeatureCollection', features };
}
