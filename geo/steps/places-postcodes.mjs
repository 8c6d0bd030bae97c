// bpost's postal-code table, placed in 2017 municipalities. postcodes_bpost.csv
// joined names to NIS codes by name alone, so its nisCode is often wrong (Deurne
// 2100 carries Diest's code). Only its postal code and province are trusted: each
// row is resolved by name within its province through the sub-municipality table,
// and ties are broken by the other places sharing the postal code (sources README,
// "Known defects").
import { nameKey } from './place-names.mjs';

/**
 * Resolve bpost rows to 2017 codes; throws naming every row it cannot place.
 * candidatesByKey: name key → Map(code → province), with `municipalityKeys` the
 * keys that are a 2017 municipality's own name.
 * @param {import('../types').PostcodeRow[]} rows
 * @param {import('../types').Candidates} candidatesByKey
 * @param {Map<string, string>} municipalityKeys
 */
export function resolvePostcodes(rows, candidatesByKey, municipalityKeys = new Map()) {
  // A name the tables do not know ("Heist-Aan-Zee", "Moerbeke-waas") is tried
  // without its trailing words, the longest known prefix first.
  /** @param {import('../types').PostcodeRow} r */
  const candidatesOf = (r) => {
    const words = nameKey(r.name).split(' ');
    for (let n = words.length; n > 0; n--) {
      const key = words.slice(0, n).join(' ');
      let codes = [...(candidatesByKey.get(key) ?? new Map())].filter(([, p]) => p === r.prov).map(([c]) => c);
      // bpost's main=1 row is the municipality's own name: prefer that reading.
      const own = municipalityKeys.get(key);
      if (r.main && own && codes.includes(own)) codes = [own];
      if (codes.length) return codes;
    }
    return [];
  };
  /** @typedef {import('../types').PostcodeRow & { candidates: string[], code: string | null }} Placed */
  /** @type {Placed[]} */
  const firstPass = rows.map((r) => {
    const candidates = candidatesOf(r);
    return { ...r, candidates, code: candidates.length === 1 ? (candidates[0] ?? null) : null };
  });

  /** @type {Map<string, Map<string, number>>} */
  const support = new Map(); // zip → Map(code → weight)
  for (const r of firstPass) {
    if (!r.code) continue;
    const counts = support.get(r.zip) ?? new Map();
    support.set(r.zip, counts);
    counts.set(r.code, (counts.get(r.code) ?? 0) + (r.main ? 10 : 1));
  }
  const zips = [...support.keys()].map(Number);
  /** Support for `code` in r's postal code from rows other than r itself. */
  /** @type {(r: Placed, code: string) => number} */
  const othersFor = (r, code) => (support.get(r.zip)?.get(code) ?? 0) - (r.code === code ? (r.main ? 10 : 1) : 0);
  /** @type {(counts: Map<string, number>, pool: string[]) => string | null} */
  const best = (counts, pool) => {
    const ranked = [...counts].filter(([c]) => !pool.length || pool.includes(c)).sort((a, b) => b[1] - a[1]);
    return ranked[0]?.[0] ?? null;
  };

  // Pass 2: ties and unknown hamlets take the municipality their postal code shares
  // with the places already placed; failing that, the nearest postal code within 10
  // (bpost numbers neighbouring areas consecutively: Beveren 8791 is next to Waregem 8790).
  /** @type {string[]} */
  const unresolved = [];
  const out = firstPass.map((r) => {
    // A village name can also be a hamlet of a neighbouring municipality under
    // another postal code: Ooike is Wortegem-Petegem's (9790) but "Ooike 9700" is
    // in Oudenaarde; Sint-Maria-Oudenhove is Zottegem's (9620) but 9660 is Brakel.
    // When no other place of this postal code is in the name's municipality, while
    // another row of the same name is, the row takes its postal code's municipality.
    if (r.code && othersFor(r, r.code) <= 0) {
      const sameNameElsewhere = firstPass.some(
        (o) => o !== r && o.code === r.code && nameKey(o.name) === nameKey(r.name) && othersFor(o, r.code ?? '') > 0,
      );
      const zipBest = best(new Map([...(support.get(r.zip) ?? new Map())].filter(([c]) => c !== r.code)), []);
      if (sameNameElsewhere && zipBest) return { ...r, code: zipBest };
    }
    if (r.code) return r;
    let code = best(support.get(r.zip) ?? new Map(), r.candidates);
    if (!code) {
      const near = zips
        .map((z) => ({ z, d: Math.abs(z - Number(r.zip)) }))
        .filter(({ d }) => d > 0 && d <= 10)
        .sort((a, b) => a.d - b.d || a.z - b.z);
      for (const { z } of near) {
        code = best(support.get(String(z)) ?? new Map(), r.candidates);
        if (code) break;
      }
    }
    if (!code) unresolved.push(`${r.zip} ${r.name}`);
    return { ...r, code };
  });
  if (unresolved.length) throw new Error(`postcodes_bpost.csv: cannot place ${unresolved.join(', ')}`);
  return out;
}
