// Step 5: the place-name index for search. Every 2017 and current municipality
// name, every village (sub-municipality) and every postal code, each resolving to
// 2017 municipality codes, and the places below the village. Entries: [name, kind,
// codes2017, postcode?]. One file a source: postal codes (places-postcodes.mjs),
// the local names (places-local.mjs), outside Flanders (places-outside.mjs); names
// made comparable in place-names.mjs.
import { BPOST_PROVINCES } from '../config.mjs';
import { bpostCasing, nameKey, splitVillageName } from './place-names.mjs';
import { resolvePostcodes } from './places-postcodes.mjs';
import { buildLocalPlaces } from './places-local.mjs';

export { mended, nameKey, splitVillageName, bpostCasing } from './place-names.mjs';
export { resolvePostcodes } from './places-postcodes.mjs';
export { placeNames, sectorNameIsPlace, buildLocalPlaces, LOCAL_KIND } from './places-local.mjs';
export { buildOutsidePlaces, resolveOutsideRows, OUTSIDE_KIND } from './places-outside.mjs';

export const KIND = { municipality2017: 'g', municipalityNow: 'c', village: 'd', postcode: 'p' };

/**
 * @param {import('../types').Municipalities} municipalities
 * @param {import('../types').Tables} tables
 * @param {Map<string, Set<string>>} neighbours each 2017 code → the codes it shares a border with (topology.mjs, neighbourCodes)
 * @param {Iterable<string>} [rejected] the names the reviews found to be no place (geo/review/places-*.json)
 * @returns {import('../types').PlaceEntry[]}
 */
export function buildPlaces(municipalities, tables, neighbours, rejected = []) {
  const flemish = municipalities.features.map((f) => f.properties).filter((p) => p.flemish);
  const byCode = new Map(flemish.map((p) => [p.code, p]));
  /** @type {import('../types').PlaceEntry[]} */
  const entries = [];

  for (const p of flemish) entries.push([p.naam, KIND.municipality2017, [p.code]]);

  /** @type {Map<string, { naam: string, codes: string[] }>} */
  const members = new Map();
  for (const p of flemish) {
    const m = members.get(p.nu) ?? { naam: p.nuNaam, codes: [] };
    members.set(p.nu, m);
    m.codes.push(p.code);
  }
  for (const [, m] of members) entries.push([m.naam, KIND.municipalityNow, m.codes.sort()]);

  // Villages: the first five characters of a real village's code are the pre-2019
  // NIS code of its municipality; ONB codes are "not locatable", not places.
  /** @type {{ key: string, code: string, prov: string }[]} */
  const villages = [];
  for (const row of tables.deelgemeente_names ?? []) {
    const full = row.code ?? '';
    if (full.endsWith('ONB')) continue;
    const code = full.slice(0, 5);
    const p = byCode.get(code);
    if (!p) continue; // Brussels
    const { village, core } = splitVillageName(row.name ?? '');
    villages.push({ key: nameKey(village), code, prov: p.prov });
    // "Hoeke - Oostkerke (Damme)" is two villages: each name must match on its own,
    // or bpost's "Oostkerke 8340" could only resolve to Oostkerke in Diksmuide.
    if (village.includes(' - ')) {
      for (const part of village.split(' - ')) villages.push({ key: nameKey(part), code, prov: p.prov });
    }
    if (!core || village !== p.naam) entries.push([village, KIND.village, [code]]);
  }

  /** @type {import('../types').Candidates} */
  const candidatesByKey = new Map();
  /** @type {(key: string, code: string, prov: string) => void} */
  const addCandidate = (key, code, prov) => {
    const codes = candidatesByKey.get(key) ?? new Map();
    candidatesByKey.set(key, codes);
    codes.set(code, prov);
  };
  for (const v of villages) addCandidate(v.key, v.code, v.prov);
  for (const p of flemish) addCandidate(nameKey(p.naam), p.code, p.prov);

  /** @type {Record<string, string>} */
  const provinces = BPOST_PROVINCES;
  const rows = (tables.postcodes_bpost ?? [])
    .filter((r) => (r.province ?? '') in provinces)
    .map((r) => ({
      name: r.name ?? '',
      zip: r.zipCode ?? '',
      prov: provinces[r.province ?? ''] ?? '',
      main: r.main === '1',
    }));
  const municipalityKeys = new Map(flemish.map((p) => [nameKey(p.naam), p.code]));
  const resolved = resolvePostcodes(rows, candidatesByKey, municipalityKeys);
  // bpost's own casing ("Sint-niklaas", "'S Gravenwezel") gives way to the
  // spelling of the names tables wherever the name is one of theirs.
  /** @type {Map<string, string>} */
  const official = new Map();
  for (const e of entries) if (!official.has(nameKey(e[0]))) official.set(nameKey(e[0]), e[0]);
  const seen = new Set();
  for (const r of resolved) {
    const key = `${r.zip}|${nameKey(r.name)}|${r.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const name = official.get(nameKey(r.name)) ?? bpostCasing(r.name);
    if (r.code) entries.push([name, KIND.postcode, [r.code], r.zip]);
  }

  /** @type {Map<string, Set<string>>} */
  const knownKeys = new Map();
  for (const [name, kind, codes] of entries) {
    if (kind === KIND.postcode) continue;
    const set = knownKeys.get(nameKey(name)) ?? new Set();
    knownKeys.set(nameKey(name), set);
    for (const c of codes) set.add(c);
  }
  const municipalityNames = new Set(
    entries
      .filter(([, kind]) => kind === KIND.municipality2017 || kind === KIND.municipalityNow)
      .map(([name]) => nameKey(name)),
  );
  const membersOf = new Map([...members].map(([now, m]) => [now, m.codes]));
  entries.push(
    ...buildLocalPlaces(new Set(byCode.keys()), knownKeys, tables, {
      municipalityKeys: municipalityNames,
      membersOf,
      neighbours,
      rejected,
    }),
  );
  return entries;
}
