// `node scripts/bench/profile.mjs [bare]`: one page load of the built app (or the
// bare MapLibre baseline) under a Chrome trace, summarised per thread: how long
// each thread was busy until the map's first idle, and its heaviest functions.
// Run `npm run build` (and the bench build for "bare") first. Writes the raw trace
// to test-results/trace-*.json for chrome://tracing or Perfetto.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { HEADLESS_ARGS, requireChromium } from '../chromium.mjs';
import { serveStatic } from './static-server.mjs';

const which = process.argv[2] === 'bare' ? 'bare' : 'app';
const ARGS = [...HEADLESS_ARGS];
const server = await serveStatic(path.resolve(which === 'bare' ? 'dist-bench-bare' : 'dist'));
const browser = await chromium.launch({ executablePath: requireChromium(), args: ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
await browser.startTracing(page, {
  categories: [
    'toplevel',
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'v8',
    'v8.execute',
    'disabled-by-default-v8.cpu_profiler',
    'blink.user_timing',
    'gpu',
    'loading',
  ],
});
await page.goto(`${server.url}/`);
await page.waitForFunction(() => document.getElementById('map')?.dataset.mapState === 'idle', undefined, {
  timeout: 60_000,
});
const trace = JSON.parse((await browser.stopTracing()).toString());
await browser.close();
await server.close();
mkdirSync('test-results', { recursive: true });
writeFileSync(`test-results/trace-${which}.json`, JSON.stringify(trace));

const events = trace.traceEvents;
// The page's renderer is the process that ran its navigation; others (a browser
// start page, say) are labelled as such so they are not mistaken for the app.
const pagePid =
  events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'))?.pid ??
  events.find((e) => e.name === 'navigationStart')?.pid;
const threadName = new Map();
for (const e of events) {
  if (e.ph === 'M' && e.name === 'thread_name') {
    const renderer = /^CrRendererMain|^DedicatedWorker|^Compositor/.test(e.args.name);
    threadName.set(`${e.pid}:${e.tid}`, renderer && e.pid !== pagePid ? `${e.args.name} (another page)` : e.args.name);
  }
}
const nav =
  events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationTiming')?.ts ??
  Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
const idleMark = events.find((e) => e.name === 'gbo:map-idle')?.ts;
const end = idleMark ?? Math.max(...events.filter((e) => e.ph === 'X').map((e) => e.ts + (e.dur ?? 0)));
console.log(`${which}: first idle at ${((end - nav) / 1000).toFixed(0)} ms after navigation start`);

// Busy time: the union of task intervals per thread (tasks nest, so no plain sum).
const intervals = new Map();
for (const e of events) {
  if (e.ph !== 'X' || !e.dur || e.ts < nav || e.ts > end) continue;
  if (!['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name)) continue;
  const k = `${e.pid}:${e.tid}`;
  if (!intervals.has(k)) intervals.set(k, []);
  intervals.get(k).push([e.ts, Math.min(end, e.ts + e.dur)]);
}
const busy = new Map();
for (const [k, list] of intervals) {
  list.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [from, to] = list[0];
  for (const [a, b] of list.slice(1)) {
    if (a > to) {
      total += to - from;
      [from, to] = [a, b];
    } else to = Math.max(to, b);
  }
  busy.set(k, total + to - from);
}
console.log('\nbusy per thread (ms):');
for (const [k, us] of [...busy].sort((a, b) => b[1] - a[1]).slice(0, 14)) {
  console.log(`  ${String(Math.round(us / 1000)).padStart(6)}  ${threadName.get(k) ?? k}`);
}

// Self time per function from the CPU profiles (renderer main thread and workers).
const profiles = new Map(); // id -> {k, nodes: Map, samples: []}
for (const e of events) {
  if (e.name === 'Profile')
    profiles.set(e.id, {
      k: `${e.pid}:${e.tid}`,
      nodes: new Map(),
      samples: [],
      deltas: [],
      start: e.args.data.startTime,
    });
  if (e.name === 'ProfileChunk') {
    const p = profiles.get(e.id);
    if (!p) continue;
    const d = e.args.data;
    for (const n of d.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    p.samples.push(...(d.cpuProfile?.samples ?? []));
    p.deltas.push(...(d.timeDeltas ?? []));
  }
}
for (const p of profiles.values()) {
  const self = new Map();
  let t = p.start;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.deltas[i] ?? 0;
    if (t < nav || t > end) continue;
    const n = p.nodes.get(p.samples[i]);
    const f = n?.callFrame;
    if (!f || ['(idle)', '(program)', '(root)'].includes(f.functionName)) continue;
    const key = `${f.functionName || '(anonymous)'} ${f.url ? path.basename(f.url) : ''}:${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (p.deltas[i + 1] ?? 0));
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  if (total < 20_000) continue;
  console.log(`\n${threadName.get(p.k) ?? p.k}: ${Math.round(total / 1000)} ms of samples; heaviest self time:`);
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 18)) {
    console.log(`  ${String(Math.round(us / 1000)).padStart(6)}  ${k}`);
  }
}
