// A reproducible random sample of the place index's entries below the village
// (wijken, kernen, sector names: kinds w, k, s, q of public/geo/places.json), for
// a review of how many are no place. The same seed over the same index draws the
// same sample; tests/unit/places-review.test.ts draws it again, so a review holds
// only for the index it was drawn from: after any rule change the test fails until
// a fresh sample is drawn and judged.
//   node geo/review/draw-sample.mjs SEED [N]  → the sample as JSON lines
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LOCAL_KINDS = ['w', 'k', 's', 'q'];

/**
 * mulberry32: a small seeded generator of floats in [0, 1).
 * @param {number} seed
 */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` distinct entries below the village, in the order drawn.
 * @param {[string, string, string[], string?][]} entries the index's entries, in file order
 * @param {number} seed
 * @param {number} n
 * @returns {[string, string, string][]} name, kind, codes joined with ","
 */
export function drawSample(entries, seed, n) {
  const frame = entries.filter((e) => LOCAL_KINDS.includes(e[1]));
  const next = random(seed);
  const picked = new Set();
  while (picked.size < Math.min(n, frame.length)) picked.add(Math.floor(next() * frame.length));
  return [...picked].map((i) => {
    const [name, kind, codes] = /** @type {[string, string, string[]]} */ (frame[i]);
    return [name, kind, codes.join(',')];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const places = JSON.parse(readFileSync('public/geo/places.json', 'utf8'));
  const [seed = '1', n = '200'] = process.argv.slice(2);
  for (const row of drawSample(places.entries, Number(seed), Number(n))) console.log(JSON.stringify(row));
}
