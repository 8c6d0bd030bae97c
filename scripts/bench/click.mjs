// How long a user who clicks on Gent's area at 0.5, 1, 2 or 3 s after opening the
// page waits for Gent's panel: on screen (the arrival of the first screencast frame
// whose panel heading shows it) and in the page (the animation frame in which the
// heading is there, before that frame is rasterised and shown).
//
// The click is pressed at that time by this process's clock, which is the page's
// (both read the machine's epoch clock): the browser queues it, and the page takes
// it as soon as its main thread is free, as it would a user's. (Before, the bench
// waited for the page itself to say the time had come: a page busy with a long
// task could not say so until the task ended, and the click then began one round
// trip after it, which counted that round trip against the page.)
//
// Used by screen.mjs; alone, `node scripts/bench/click.mjs` (after `npm run build`)
// clicks in each build of BENCH_APP_DIR (default dist), in turn, at BENCH_CLICK_AT
// (default 500,1000,2000,3000) ms, BENCH_CLICK_RUNS (default 5) times, under
// BENCH_RASTER (default gpu,cpu), and, in the same turn, on Gent in the plain SVG
// chart of the same data (bench/bare/svg.html, built by `npx vite build -c
// vite.bench.config.ts`; BENCH_CLICK_CHART=0 leaves it out), which names the area
// clicked in a heading: what the same click costs a page that does no more than a
// chart. A benchmark: it prints, asserts nothing.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { HEADLESS_ARGS, requireChromium } from '../chromium.mjs';
import { serveStatic } from './static-server.mjs';
import { summary } from './stats.mjs';

const VIEWPORT = { width: 1280, height: 800 };
/** Where the user clicks: a point inside Gent's area (lon, lat). */
const GENT = [3.725, 51.0536];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Gent's area on the first screen of the app at `url`, found once on a settled page. */
export async function gentPoint(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${url}?inspect#/`);
  await page.waitForFunction(
    () => document.getElementById('map')?.dataset.mapState === 'idle' && window.gboInspect?.(),
  );
  const point = await page.evaluate((gent) => {
    const p = window.gboInspect().project(gent);
    const box = document.getElementById('map').getBoundingClientRect();
    return { x: box.x + p.x, y: box.y + p.y };
  }, GENT);
  await context.close();
  return point;
}

/** Gent's area on the plain SVG chart at `url`, once it is drawn. */
export async function chartPoint(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('map')?.dataset.mapState === 'idle');
  const [x, y] = await page.evaluate((gent) => window.gboChartPoint(gent), GENT);
  await context.close();
  return { x, y };
}

/**
 * One load of the app at `url`, a click at `point` pressed `at` ms after
 * navigation. Returns ms from `at` until Gent's panel was in the page (`page`) and
 * on screen (`screen`), and how late the press was sent (`late`).
 */
export async function clickAt(browser, url, at, point) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  // The answer is a heading "Gent" the user can see in the panel: the app's, or the
  // prerendered panel the page shows for its link before the script has run (CSS
  // :target, which no DOM mutation announces): looked for at every frame. And each
  // click's Event Timing entry: from the press to the presentation of the frame
  // after its handlers (when that frame reached the screen).
  await context.addInitScript(() => {
    window.__clicks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.name === 'click') window.__clicks.push([e.startTime, e.processingEnd, e.startTime + e.duration]);
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    const look = () => {
      const seen = [...document.querySelectorAll('#panel-content h2')].some(
        (h) => h.offsetParent && h.textContent.trim() === 'Gent',
      );
      if (seen) window.__answeredAt = performance.now();
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'commit' });
  const origin = await page.evaluate(() => performance.timeOrigin);
  // The pointer comes to Gent 300 ms before the press (or as the page opens), as a
  // user's hand would; press and release are then sent together, without waiting
  // for each to be handled: the browser queues them as it would a user's.
  const send = (type) =>
    void cdp.send('Input.dispatchMouseEvent', { type, ...point, button: 'left', clickCount: 1 }).catch(() => {});
  const press = () => {
    send('mousePressed');
    send('mouseReleased');
  };
  await sleep(origin + at - 300 - Date.now());
  send('mouseMoved');
  await sleep(origin + at - Date.now());
  const late = Date.now() - (origin + at);
  press();
  // A click that lands before anything can take it (no page yet) is repeated every
  // 100 ms, as a user would click again; the wait still counts from `at`.
  let answered = null;
  const deadline = Date.now() + 20_000;
  while (answered === null && Date.now() < deadline) {
    answered = await page.evaluate(() => window.__answeredAt ?? null);
    if (answered === null) {
      await sleep(100);
      press();
    }
  }
  // On screen: the presentation of the frame after the click whose handlers had put
  // the heading in the page (the first click whose frame came at or after that).
  let screen = NaN;
  if (answered !== null) {
    await page
      .waitForFunction((answered) => window.__clicks.some(([, , shown]) => shown >= answered - 1), answered, {
        timeout: 5000,
      })
      .catch(() => {});
    const shown = await page.evaluate(
      (answered) =>
        window.__clicks
          .map(([, , s]) => s)
          .filter((s) => s >= answered - 1)
          .sort((a, b) => a - b)[0],
      answered,
    );
    if (shown !== undefined) screen = shown - at;
  }
  // When the WebGL map took over, from the press (NaN: not yet when the answer was on screen).
  const handOver = await page.evaluate(() => performance.getEntriesByName('gbo:map-idle')[0]?.startTime ?? NaN);
  await context.close();
  return { page: answered === null ? NaN : answered - at, screen, late, handOver: handOver - at };
}

/** Median and quartiles of each measure, and how many loads gave one. */
export function clickSummary(results) {
  const of = (k) => summary(results.map((r) => r[k]));
  return { onScreen: of('screen'), inPage: of('page'), pressedLate: of('late') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dirs = (process.env.BENCH_APP_DIR ?? 'dist').split(',');
  const times = (process.env.BENCH_CLICK_AT ?? '500,1000,2000,3000').split(',').map(Number);
  const runs = Number(process.env.BENCH_CLICK_RUNS ?? 5);
  const servers = await Promise.all(dirs.map((d) => serveStatic(path.resolve(d))));
  const chartDir = path.resolve('dist-bench-bare');
  const chart =
    process.env.BENCH_CLICK_CHART !== '0' && existsSync(path.join(chartDir, 'svg.html'))
      ? await serveStatic(chartDir)
      : null;
  if (!chart && process.env.BENCH_CLICK_CHART !== '0')
    console.log('No plain SVG chart to compare with: build it with `npx vite build -c vite.bench.config.ts`.');
  const pages = [
    ...dirs.map((d, k) => ({ name: d, url: `${servers[k].url}/`, chart: false })),
    ...(chart ? [{ name: 'plain SVG chart', url: `${chart.url}/svg.html`, chart: true }] : []),
  ];
  const result = {};
  try {
    for (const mode of (process.env.BENCH_RASTER ?? 'gpu,cpu').split(',')) {
      const browser = await chromium.launch({
        executablePath: requireChromium(),
        args: [...HEADLESS_ARGS, ...(mode === 'cpu' ? ['--disable-gpu-rasterization'] : [])],
      });
      const point = await gentPoint(browser, pages[0].url);
      const onChart = chart ? await chartPoint(browser, pages.at(-1).url) : null;
      const pointOf = (p) => (p.chart ? onChart : point);
      for (const p of pages) await clickAt(browser, p.url, 3000, pointOf(p)); // warm-up, not counted
      result[mode] = {};
      for (const at of times) {
        const each = pages.map(() => []);
        for (let i = 0; i < runs; i++)
          for (const [k, p] of pages.entries()) {
            const r = await clickAt(browser, p.url, at, pointOf(p));
            each[k].push(r);
            console.log(
              `${mode} at ${at} ms, ${p.name}: on screen ${Math.round(r.screen)} ms, in page ${Math.round(r.page)} ms, pressed ${r.late} ms late${p.chart ? '' : `, WebGL map ${Number.isNaN(r.handOver) ? 'not yet' : `at ${Math.round(r.handOver)} ms`}`}`,
            );
          }
        result[mode][at] = Object.fromEntries(pages.map((p, k) => [p.name, clickSummary(each[k])]));
      }
      await browser.close();
    }
  } finally {
    for (const s of servers) await s.close();
    await chart?.close();
  }
  console.log(JSON.stringify(result, null, 2));
}
