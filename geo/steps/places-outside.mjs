// The municipalities and bpost places of the Brussels-Capital Region and Wallonia,
// in Dutch and French: a search for them gets a plain answer, never a fuzzy
// Flemish match.
import { bpostCasing, mended, nameKey } from './place-names.mjs';

export const OUTSIDE_KIND = { brussels: 'b', wallonia: 'x' };

/**
 * Municipalities and bpost places of the Brussels-Capital Region and Wallonia,
 * in Dutch and French: a search for them gets a plain answer, never a fuzzy
 * Flemish match. Returns the entries and a table code → [Dutch name, French name,
 * province (Dutch), kind].
 * @param {import('../types').Tables} tables
 */
export function buildOutsidePlaces(tables) {
  const population = tables['population_2018-01-01'];
  if (!population) throw new Error('population_2018-01-01.csv was not read');
  /** @type {Record<string, [string, string, string, string]>} */
  const outside = {};
  /** @type {import('../types').PlaceEntry[]} */
  const entries = [];
  for (const r of population) {
    const region = r.region_nl ?? '';
    if (region === 'Vlaams Gewest') continue;
    const kind = region === 'Brussels Hoofdstedelijk Gewest' ? OUTSIDE_KIND.brussels : OUTSIDE_KIND.wallonia;
    if (region !== 'Waals Gewest' && kind !== OUTSIDE_KIND.brussels)
      throw new Error(`population_2018-01-01.csv: unknown region "${region}"`);
    const code = (r.nis2018 ?? '').padStart(5, '0');
    const nl = mended(r.name_nl ?? ''),
      fr = mended(r.name_fr ?? '');
    outside[code] = [nl, fr, kind === OUTSIDE_KIND.brussels ? '' : (r.province_nl ?? ''), kind];
    entries.push([nl, kind, [code]]);
    if (nameKey(fr) !== nameKey(nl)) entries.push([fr, kind, [code]]);
  }
  // bpost rows: the postal code and province are reliable, the NIS code is not
  // (bpost joined it by name, and wrongly even within a province: Hemptinne 5380
  // carries Florennes' code, Polleur 4800 Theux's). So, as for Flanders, each row
  // is resolved by evidence, strongest first (resolveOutsideRows).
  const regionOfProvince = /** @type {Record<string, string>} */ ({
    Brussel: OUTSIDE_KIND.brussels,
    Henegouwen: OUTSIDE_KIND.wallonia,
    Luik: OUTSIDE_KIND.wallonia,
    Luxemburg: OUTSIDE_KIND.wallonia,
    Namen: OUTSIDE_KIND.wallonia,
    'Waals-Brabant': OUTSIDE_KIND.wallonia,
  });
  const rows = (tables.postcodes_bpost ?? [])
    .filter((r) => (r.province ?? '') in regionOfProvince)
    .map((r) => ({
      name: r.name ?? '',
      zip: r.zipCode ?? '',
      province: r.province ?? '',
      own: (r.nisCode ?? '').padStart(5, '0'),
      main: r.main === '1',
    }));
  /** A municipality's official spelling, Dutch or French, by its loose key. */
  /** @type {Map<string, string>} */
  const official = new Map();
  for (const [nl, fr] of Object.values(outside)) for (const n of [nl, fr]) official.set(nameKey(n), n);
  const seen = new Set();
  for (const r of resolveOutsideRows(rows, outside)) {
    const name = official.get(nameKey(r.name)) ?? bpostCasing(r.name);
    const id = `${r.zip}|${nameKey(name)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    entries.push([name, regionOfProvince[r.province] ?? '', [r.code], r.zip]);
  }
  return { entries, outside };
}

/**
 * The municipality of each bpost row outside Flanders, from the strongest evidence:
 * 1. the row's own name is a municipality of its province (Perwez 1360, Bièvre 5555,
 *    Engis 4480, Saint-Vith 4780), whatever code bpost gave it;
 * 2. else the municipality that another row of the same postal code named in 1
 *    (Ehein 4480 → Engis, Polleur 4800 → Verviers);
 * 3. else the code most rows of the postal code carry, among codes of its province
 *    (Hemptinne 5380 → Fernelmont, with nine of its ten rows);
 * 4. a postal code with a single row and no evidence of its own takes the code
 *    every other postal code of its block (same first three digits) agrees on
 *    (Schoenberg 4782 → Sankt Vith, like 4780, 4783 and 4784);
 * 5. else bpost's own code, when it is a municipality of the row's province.
 * A row with none of these is left out, and the build says how many were.
 * @param {{ name: string, zip: string, province: string, own: string, main: boolean }[]} rows
 * @param {Record<string, [string, string, string, string]>} outside code → [nl, fr, province, kind]
 */
export function resolveOutsideRows(rows, outside) {
  const inProvince = (/** @type {string} */ code, /** @type {string} */ province) =>
    !!outside[code] &&
    (outside[code][3] === OUTSIDE_KIND.brussels ? province === 'Brussel' : outside[code][2] === province);
  /** @type {Map<string, string>} */
  const byName = new Map();
  for (const [code, [nl, fr, province, kind]] of Object.entries(outside)) {
    for (const n of [nl, fr])
      byName.set(`${nameKey(n)}|${kind === OUTSIDE_KIND.brussels ? 'Brussel' : province}`, code);
  }
  const named = (/** @type {typeof rows[number]} */ r) => byName.get(`${nameKey(r.name)}|${r.province}`) ?? null;
  /** @type {Map<string, typeof rows>} */
  const byZip = new Map();
  for (const r of rows) byZip.set(r.zip, [...(byZip.get(r.zip) ?? []), r]);
  /** @type {Map<string, string | null>} */
  const zipCode = new Map();
  for (const [zip, group] of byZip) {
    const anchor = group.map(named).find((c) => c !== null) ?? null;
    if (anchor) {
      zipCode.set(zip, anchor);
      continue;
    }
    const counts = new Map();
    const fitting = group.filter((r) => inProvince(r.own, r.province));
    for (const r of fitting) counts.set(r.own, (counts.get(r.own) ?? 0) + 1);
    const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    // A majority of the rows whose code is of their province, where there are two rows or more to speak.
    zipCode.set(zip, best && group.length > 1 && best[1] > fitting.length / 2 ? best[0] : null);
  }
  const blockOf = (/** @type {string} */ zip) => zip.slice(0, 3);
  /** What a postal code says for its block: its resolved code, or a single row's own code of its province. */
  const evidence = (/** @type {string} */ zip) => {
    const group = byZip.get(zip) ?? [];
    const only = group.length === 1 ? group[0] : undefined;
    return zipCode.get(zip) ?? (only && inProvince(only.own, only.province) ? only.own : null);
  };
  /** @param {string} zip */
  const blockCode = (zip) => {
    const others = [...byZip.keys()]
      .filter((z) => z !== zip && blockOf(z) === blockOf(zip))
      .map(evidence)
      .filter((c) => c !== null);
    return others.length >= 2 && others.every((c) => c === others[0]) ? (others[0] ?? null) : null;
  };
  const out = [];
  for (const r of rows) {
    const group = byZip.get(r.zip) ?? [];
    const code =
      named(r) ??
      zipCode.get(r.zip) ??
      (group.length === 1 ? blockCode(r.zip) : null) ??
      (inProvince(r.own, r.province) ? r.own : null);
    if (code && inProvince(code, r.province)) out.push({ ...r, code });
  }
  return out;
}
