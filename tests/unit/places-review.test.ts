// The place index against what people would type and what the reviews found
// (geo/review/):
// - recall: a list of names below the village that residents use, written
//   independently of the rules (recall-*.json), found by the app's own search in
//   their municipality, at least 95 % of them;
// - every entry the latest review judged a place, or doubtful but real, is still
//   offered in its municipality, so a rule that drops real places fails here;
// - no name a review found to be no place comes back, from any review.
// How many non-places the index holds is measured by a review, not by a test: the
// latest figures are in the review file and the README.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { buildSearchIndex, search, type PlaceEntry } from '../../src/core/search';

type Verdict = 'place' | 'doubtful' | 'not a place';
const places = JSON.parse(readFileSync('public/geo/places.json', 'utf8')) as { entries: PlaceEntry[] };
const index = buildSearchIndex(places.entries);
const topo = JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8')) as {
  objects: { gemeenten: { geometries: { properties: { code: string; naam: string } }[] } };
};
const codeOf = new Map(topo.objects.gemeenten.geometries.map((g) => [g.properties.naam, g.properties.code]));

const recall = JSON.parse(readFileSync('geo/review/recall-2026-12-07.json', 'utf8')) as { names: [string, string][] };
// Every review's rejected names; the sample of the latest one, with a verdict on
// each entry (a fifth field is the entry's name since a misspelling was mended).
type Review = { sample?: { seed: number; entries: [string, string, string, Verdict, string?][] }; rejected: string[] };
const reviews = readdirSync('geo/review')
  .filter((f) => /^places-.*\.json$/.test(f))
  .sort()
  .map((f) => JSON.parse(readFileSync(`geo/review/${f}`, 'utf8')) as Review);
const latest = reviews.filter((r) => r.sample).at(-1);
if (!latest?.sample) throw new Error('geo/review: no review with a sample');
const review = { sample: latest.sample };

const LOCAL = new Set(['w', 'k', 's', 'q']);
const local = places.entries.filter((e) => LOCAL.has(e[1]));

describe('the place index, as a resident searches it', () => {
  it('finds at least 95 % of the names residents use below the village, each in its own municipality', () => {
    expect(recall.names.length).toBeGreaterThanOrEqual(150);
    const missing = recall.names
      .filter(([name, municipality]) => {
        const code = codeOf.get(municipality);
        if (!code) throw new Error(`recall list: no 2017 municipality named ${municipality}`);
        return !search(index, name, 12).some((r) => r.entry.codes.includes(code));
      })
      .map(([name, municipality]) => `${name} (${municipality})`);
    // The four not found (Seefhoek, Opex, Hoog Kortrijk, Mijlbeek) are in none of the sources.
    expect(missing.length / recall.names.length, missing.join(', ')).toBeLessThanOrEqual(0.05);
  });
});

describe('the place index against its review', () => {
  it('has a verdict on every entry of the reviewed sample of 200', () => {
    expect(review.sample.entries).toHaveLength(200);
    for (const e of review.sample.entries) expect(['place', 'doubtful', 'not a place'], e[0]).toContain(e[3]);
  });

  it('still offers every reviewed place in its municipality (a rule that drops real places fails here)', () => {
    const missing = review.sample.entries
      .filter((e) => e[3] !== 'not a place')
      .filter(([drawn, , codes, , now]) => !local.some((x) => x[0] === (now ?? drawn) && x[2].join(',') === codes))
      .map(([name, kind, codes]) => `${name} (${kind}, ${codes})`);
    expect(missing).toEqual([]);
  });

  it('brings back none of the names the reviews found to be no place', () => {
    // "Meir (11002)": rejected in that municipality only.
    const rejected = reviews.flatMap((r) => r.rejected).map((r) => /^(.+) \((\d{5})\)$/.exec(r) ?? [r, r, null]);
    expect(rejected.length).toBeGreaterThan(250);
    const back = local.filter((e) =>
      rejected.some(([, name, code]) => e[0] === name && (code == null || e[2].includes(code))),
    );
    expect(back.map((e) => `${e[0]} (${e[2].join(',')})`)).toEqual([]);
  });
});
