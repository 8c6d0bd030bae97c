// Benchmark: search time per keystroke over the whole place index, in Node.
// Types a set of real queries letter by letter and times each search() call.
// Prints median and p95 (budget: p95 ≤ 16 ms, one frame at 60 Hz).
import { readFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module: core } = await runnerImport('./src/core/search.ts');
const places = JSON.parse(readFileSync('public/geo/places.json', 'utf8'));

const t0 = performance.now();
const index = core.buildSearchIndex(places.entries);
const buildMs = performance.now() - t0;

const QUERIES = [
  'Aalbeke',
  'Sint-Niklaas',
  'st niklaas',
  'Kortrik',
  'Roeselaer',
  '8511',
  '2100',
  'Beveren',
  'Scherpenheuvel-Zichem',
  'Heist-op-den-Berg',
  'Knesselare',
  'Pajottegem',
  'Oostkerke',
  'zzzzzz',
  'Gent',
];
const times = [];
for (let round = 0; round < 20; round++) {
  for (const q of QUERIES) {
    for (let n = 1; n <= q.length; n++) {
      const s = performance.now();
      core.search(index, q.slice(0, n));
      times.push(performance.now() - s);
    }
  }
}
times.sort((a, b) => a - b);
const pct = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
console.log(`index: ${index.length} entries, built in ${buildMs.toFixed(1)} ms`);
console.log(
  `search per keystroke over ${times.length} keystrokes: median ${pct(0.5).toFixed(3)} ms, p95 ${pct(0.95).toFixed(3)} ms, max ${times.at(-1).toFixed(3)} ms (budget p95 ≤ 16 ms)`,
);
