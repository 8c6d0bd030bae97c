// `npm run bench`: the app against a bare MapLibre page, in headless Chromium on
// this machine, side by side in one run. Prints medians of RUNS page loads and
// writes test-results/bench.json. A benchmark, not a test: it asserts nothing,
// but marks each figure against its budget.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { HEADLESS_ARGS, requireChromium } from '../chromium.mjs';
import { serveStatic } from './static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// `--quick`: the idle race only (no rebuild, no in-page timings, no Lighthouse), for
// trying a change against the baseline in a minute.
const QUICK = process.argv.includes('--quick');
const ARGS = [...HEADLESS_ARGS, '--enable-precise-memory-info'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};

function build(args) {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}

// Marks the first moments that matter, from the first script on.
const MARKS = () => {
  window.__marks = {};
  const mark = (k) => {
    if (!(k in window.__marks)) window.__marks[k] = performance.now();
  };
  new MutationObserver(() => {
    if (document.querySelector('.project-list a')) mark('listReadable');
    if (document.getElementById('map')?.dataset.mapState === 'idle') mark('idle');
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-state'] });
};

async function load(browser, url, waitList) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  await context.addInitScript(MARKS);
  const page = await context.newPage();
  const bytes = { js: 0, css: 0, data: 0, other: 0 };
  const pending = [];
  let counting = true; // the first view: everything requested until the first idle
  page.on('requestfinished', (req) => {
    if (!counting) return;
    pending.push(
      req.sizes().then(({ responseBodySize }) => {
        const u = req.url();
        const kind = /\.m?js$/.test(u) ? 'js' : /\.css$/.test(u) ? 'css' : /\.json$/.test(u) ? 'data' : 'other';
        bytes[kind] += responseBodySize;
      }),
    );
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__marks?.idle !== undefined, undefined, { timeout: 60_000 });
  counting = false;
  await Promise.all(pending);
  // The first view's data: what was requested before the first complete map (the
  // surroundings, fetched right after it, are not part of it).
  bytes.data = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((r) => r.startTime < window.__marks.idle && /\.json$/.test(new URL(r.name).pathname))
      .reduce((s, r) => s + r.encodedBodySize, 0),
  );
  if (waitList) await page.waitForFunction(() => window.__marks?.listReadable !== undefined);
  const marks = await page.evaluate(() => ({
    ...window.__marks,
    // The app's own stage marks (performance.mark('gbo:…') in src/app and src/map).
    ...Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  }));
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
  return { page, context, marks, bytes, heap };
}

async function inPageTimings(page) {
  // Search: keystroke to suggestions, over the whole index, for real queries.
  await page.locator('#search-input').focus();
  await page.waitForFunction(() => document.getElementById('search-input'));
  await page.locator('#search-input').fill('a');
  await page.locator('#search-list:not([hidden]) .search-option').first().waitFor();
  const search = await page.evaluate(() => {
    const input = document.getElementById('search-input');
    const times = [];
    for (const q of [
      'Aalbeke',
      'Sint-Niklaas',
      'Kortrik',
      '8511',
      'Beveren',
      'Scherpenheuvel',
      'Heist-op-den-Berg',
      'zzzzz',
    ]) {
      for (let n = 1; n <= q.length; n++) {
        const t0 = performance.now();
        input.value = q.slice(0, n);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        document.getElementById('search-list').getBoundingClientRect(); // force layout
        times.push(performance.now() - t0);
      }
    }
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return times;
  });
  // Click on a project in the list, from the overview with the map at rest (as a
  // user would): until the panel's DOM shows it, and until the frame that paints
  // it is done (a task queued from the next animation frame runs after its paint).
  // Several projects, so one slow frame does not decide the figure.
  const click = { dom: [], frame: [] };
  for (const id of ['w13', 'genk', 'gent', 'diksmuide', 'oostende', 'turnhout', 'zoersel']) {
    await page.evaluate(() => {
      location.hash = '#/';
    });
    await page.waitForFunction(
      () =>
        document.querySelector('.project-list a[data-project]') &&
        document.getElementById('map')?.dataset.mapState === 'idle',
    );
    await page.waitForTimeout(400);
    const r = await page.evaluate(
      (id) =>
        new Promise((resolve) => {
          const link = document.querySelector(`.project-list a[data-project="${id}"]`);
          const name = link.querySelector('.name').textContent;
          const t0 = performance.now();
          const obs = new MutationObserver(() => {
            if (document.getElementById('panel-heading')?.textContent === name.trim()) {
              obs.disconnect();
              const dom = performance.now() - t0;
              requestAnimationFrame(() => {
                const ch = new MessageChannel();
                ch.port1.onmessage = () => resolve({ dom, frame: performance.now() - t0 });
                ch.port2.postMessage(0);
              });
            }
          });
          obs.observe(document.getElementById('panel-content'), { childList: true, subtree: true });
          link.click();
        }),
      id,
    );
    click.dom.push(r.dom);
    click.frame.push(r.frame);
  }
  // Language switch on a project's panel, map at rest: click until the frame that
  // paints the panel in the other language is done (the map relabels after it).
  const lang = [];
  for (let i = 0; i < 6; i++) {
    await page.evaluate(() => {
      location.hash = '#/project/gent';
    });
    await page.waitForFunction(() => document.getElementById('map')?.dataset.mapState === 'idle');
    await page.waitForTimeout(300);
    lang.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const button = document.querySelector('#lang-switch button[data-lang]');
            const t0 = performance.now();
            button.click();
            requestAnimationFrame(() => {
              const ch = new MessageChannel();
              ch.port1.onmessage = () => resolve(performance.now() - t0);
              ch.port2.postMessage(0);
            });
          }),
      ),
    );
  }
  return { search, click, lang };
}

async function lighthouseScores(url, chromePath) {
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktop } = await import('lighthouse/core/config/desktop-config.js');
  const chrome = await launch({ chromePath, chromeFlags: ARGS });
  try {
    const r = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json' }, desktop);
    const c = r.lhr.categories;
    return {
      performance: Math.round(c.performance.score * 100),
      accessibility: Math.round(c.accessibility.score * 100),
      bestPractices: Math.round(c['best-practices'].score * 100),
      tbtMs: Math.round(r.lhr.audits['total-blocking-time'].numericValue),
      lcpMs: Math.round(r.lhr.audits['largest-contentful-paint'].numericValue),
    };
  } finally {
    await chrome.kill();
  }
}

const chromePath = requireChromium();
if (!QUICK) {
  build([]);
  build(['-c', 'vite.bench.config.ts']);
}
const app = await serveStatic(path.resolve('dist'));
const bare = await serveStatic(path.resolve('dist-bench-bare'));
const browser = await chromium.launch({ executablePath: chromePath, args: ARGS });

const runs = {
  appIdle: [],
  bareIdle: [],
  bareAreaIdle: [],
  svgPaint: [],
  list: [],
  heap: [],
  search: [],
  click: [],
  clickFrame: [],
  lang: [],
  stages: [],
};
let appBytes, bareBytes;
// One load of each first, not counted: the browser's first page pays its own
// start-up (the first bare load took 2.1 s against 0.8 s after).
for (const url of [`${bare.url}/`, `${bare.url}/?one-area`, `${bare.url}/svg.html`, `${app.url}/`])
  await (await load(browser, url, false)).context.close();
for (let i = 0; i < RUNS; i++) {
  const b = await load(browser, `${bare.url}/`, false);
  runs.bareIdle.push(b.marks.idle);
  bareBytes = b.bytes;
  await b.context.close();
  const ba = await load(browser, `${bare.url}/?one-area`, false);
  runs.bareAreaIdle.push(ba.marks.idle);
  await ba.context.close();
  // The plain SVG chart of the same data: its first painted frame with the map.
  const svg = await load(browser, `${bare.url}/svg.html`, false);
  runs.svgPaint.push(svg.marks.idle);
  await svg.context.close();
  const a = await load(browser, `${app.url}/`, true);
  runs.appIdle.push(a.marks.idle);
  runs.list.push(a.marks.listReadable);
  runs.heap.push(a.heap);
  runs.stages.push(a.marks);
  appBytes = a.bytes;
  if (QUICK) {
    await a.context.close();
    console.log(
      `run ${i + 1}: app ${Math.round(a.marks.idle)} ms, bare ${Math.round(b.marks.idle)} ms, ` +
        `bare with one area ${Math.round(ba.marks.idle)} ms, SVG chart painted ${Math.round(svg.marks.idle)} ms`,
    );
    continue;
  }
  const { search, click, lang } = await inPageTimings(a.page);
  runs.lang.push(...lang);
  runs.search.push(...search);
  runs.click.push(...click.dom);
  runs.clickFrame.push(...click.frame);
  await a.context.close();
}
await browser.close();

let lh = null;
if (QUICK) {
  await app.close();
  await bare.close();
  const stages = Object.keys(runs.stages[0])
    .filter((k) => k.startsWith('gbo:'))
    .map((k) => `${k.slice(4)} ${Math.round(median(runs.stages.map((m) => m[k])))}`);
  console.log(
    `median idle: app ${Math.round(median(runs.appIdle))} ms, bare ${Math.round(median(runs.bareIdle))} ms, ` +
      `bare with one area ${Math.round(median(runs.bareAreaIdle))} ms, SVG chart ${Math.round(median(runs.svgPaint))} ms; ` +
      `ratio to bare ${(median(runs.appIdle) / median(runs.bareIdle)).toFixed(2)}, to the SVG chart ${(median(runs.appIdle) / median(runs.svgPaint)).toFixed(2)}; list readable ${Math.round(median(runs.list))} ms`,
  );
  console.log(`stages: ${stages.join(', ')}`);
  process.exit(0);
}
try {
  lh = await lighthouseScores(`${app.url}/`, chromePath);
} catch (e) {
  console.warn(`Lighthouse did not run: ${e.message}`);
}
await app.close();
await bare.close();

const kb = (b) => Math.round(b / 102.4) / 10;
const mapLibreJs = (await import('node:fs'))
  .readdirSync('dist/assets')
  .filter((f) => /^maplibre-.*\.js$|worker.*\.mjs$/.test(f));
const result = {
  runs: RUNS,
  appIdleMs: Math.round(median(runs.appIdle)),
  bareIdleMs: Math.round(median(runs.bareIdle)),
  idleRatio: Math.round((median(runs.appIdle) / median(runs.bareIdle)) * 100) / 100,
  // Context for the ratio: the same bare page with one labelled area.
  bareOneAreaIdleMs: Math.round(median(runs.bareAreaIdle)),
  idleRatioToOneArea: Math.round((median(runs.appIdle) / median(runs.bareAreaIdle)) * 100) / 100,
  // What a plain d3-geo SVG chart of the same data needs to show its map.
  svgFirstPaintMs: Math.round(median(runs.svgPaint)),
  idleRatioToSvg: Math.round((median(runs.appIdle) / median(runs.svgPaint)) * 100) / 100,
  listReadableMs: Math.round(median(runs.list)),
  bytesGzipKB: { js: kb(appBytes.js), css: kb(appBytes.css), data: kb(appBytes.data), other: kb(appBytes.other) },
  bareBytesGzipKB: { js: kb(bareBytes.js), css: kb(bareBytes.css) },
  appJsBeyondMapLibreKB: kb(appBytes.js - bareBytes.js),
  searchMs: {
    median: Math.round(median(runs.search) * 1000) / 1000,
    p95: Math.round(pct(runs.search, 0.95) * 1000) / 1000,
  },
  clickToPanelMs: Math.round(median(runs.click) * 10) / 10,
  clickToNextFrameMs: Math.round(median(runs.clickFrame)),
  languageSwitchToFrameMs: { median: Math.round(median(runs.lang)), max: Math.round(Math.max(...runs.lang)) },
  heapMB: Math.round(median(runs.heap) / 1e5) / 10,
  // Where the app's time to idle goes: median of each stage mark, ms from navigation.
  stagesMs: Object.fromEntries(
    Object.keys(runs.stages[0])
      .filter((k) => k.startsWith('gbo:'))
      .map((k) => [k.slice(4), Math.round(median(runs.stages.map((m) => m[k])))]),
  ),
  lighthouse: lh,
  mapLibreFiles: mapLibreJs,
};
const budgets = [
  ['idle ratio (app / bare MapLibre)', result.idleRatio, '≤ 1.3', result.idleRatio <= 1.3],
  ['idle ratio (app / plain SVG chart first paint)', result.idleRatioToSvg, '≤ 1.3', result.idleRatioToSvg <= 1.3],
  ['project list readable (ms)', result.listReadableMs, '≤ 1000', result.listReadableMs <= 1000],
  ['data over the wire, gzipped (KB)', result.bytesGzipKB.data, '≤ 80', result.bytesGzipKB.data <= 80],
  ['app JS beyond MapLibre, gzipped (KB)', result.appJsBeyondMapLibreKB, '≤ 60', result.appJsBeyondMapLibreKB <= 60],
  ['search keystroke p95 (ms)', result.searchMs.p95, '≤ 16', result.searchMs.p95 <= 16],
  ['click to panel shown in the DOM (ms)', result.clickToPanelMs, '≤ 100', result.clickToPanelMs <= 100],
  ['click to the next painted frame (ms)', result.clickToNextFrameMs, '≤ 100', result.clickToNextFrameMs <= 100],
  [
    'language switch to its painted frame, median (ms)',
    result.languageSwitchToFrameMs.median,
    '≤ 100',
    result.languageSwitchToFrameMs.median <= 100,
  ],
  ['Lighthouse accessibility', lh?.accessibility ?? 'n/a', '100', lh?.accessibility === 100],
  ['Lighthouse best practices', lh?.bestPractices ?? 'n/a', '≥ 95', (lh?.bestPractices ?? 0) >= 95],
];
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/bench.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
console.log('\nbudgets:');
for (const [name, value, budget, ok] of budgets)
  console.log(`  ${ok ? 'ok  ' : 'MISS'} ${name}: ${value} (budget ${budget})`);
