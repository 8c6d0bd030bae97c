// The place index against its reviews (geo/review/): a fixed random sample of the
// wijk, kern and sector entries with a verdict on each, and every name the reviews
// found that is no place. The rate of non-places in the sample stays under 1 %;
// no rejected name comes back; and the reviewed places are still found, so a new
// rule that drops real places shows here too (review again, then update the file).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

type Verdict = 'place' | 'doubtful' | 'not a place';
const review = JSON.parse(readFileSync('geo/review/places-2026-12-02.json', 'utf8')) as {
  sample: { entries: [string, string, string, Verdict][] };
  rejected: string[];
};
const places = JSON.parse(readFileSync('public/geo/places.json', 'utf8')) as { entries: [string, string, string[]][] };
const local = places.entries.filter((e) => ['w', 'k', 's'].includes(e[1]));
const has = (name: string, code?: string) => local.some((e) => e[0] === name && (!code || e[2].includes(code)));

describe('the place index against its review', () => {
  it('holds fewer than 1 % non-places in the reviewed sample of 200', () => {
    const { entries } = review.sample;
    expect(entries).toHaveLength(200);
    const notPlaces = entries.filter((e) => e[3] === 'not a place' && has(e[0], e[2]));
    expect(notPlaces.length / entries.length).toBeLessThan(0.01);
  });

  it('brings back none of the names the reviews rejected', () => {
    expect(review.rejected.filter((name) => has(name))).toEqual([]);
  });

  it('still finds every place of the sample (a rule that drops real places shows here)', () => {
    const missing = review.sample.entries.filter((e) => e[3] !== 'not a place' && !has(e[0], e[2]));
    expect(missing.map((e) => `${e[0]} (${e[2]})`)).toEqual([]);
  });
});
