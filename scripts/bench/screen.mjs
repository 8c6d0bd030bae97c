// `npm run bench:screen`: when the complete map reaches the screen, measured from
// what Chromium actually puts on screen (CDP screencast frames and their
// timestamps), not from main-thread marks: on this GPU-less machine the
// rasterisation of a frame can take longer than the script that asked for it.
//
// A frame's time is when the screencast delivered it (its arrival), not the time
// Chromium began it (the screencast's own timestamp).
//
// Three pages, loaded in turn so machine noise hits them alike: the app, the plain
// d3 SVG chart of the same data (bench/bare/svg.html) and a bare MapLibre page with
// one labelled area (bench/bare/?one-area). A frame is "complete" when every
// project colour covers at least MIN_PIXELS pixels (for the bare page: its one
// area's colour). Run under both raster modes: Chromium's default, which
// rasterises on SwiftShader here, and --disable-gpu-rasterization (CPU raster).
// `--busy`: one CPU burner beside the browser. `--quick`: no rebuild.
// In the app it also records, after the first complete frame, the longest task
// (Long Tasks API) and when the WebGL map reached the screen (the first frame after
// its hand-over) and, in loads of their own, how long a click on Gent at 0.5 s,
// 1 s, 2 s and 3 s takes to show Gent's panel on screen (./click.mjs). A benchmark: it prints, asserts nothing.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { HEADLESS_ARGS, requireChromium } from '../chromium.mjs';
import { serveStatic } from './static-server.mjs';
import { decodePng } from '../png.mjs';
import { clickAt, clickSummary, gentPoint } from './click.mjs';
import { quantile, summary } from './stats.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const QUICK = process.argv.includes('--quick');
const BUSY = process.argv.includes('--busy');
const CLICKS = !process.argv.includes('--no-clicks');
const MODES = (process.env.BENCH_RASTER ?? 'gpu,cpu').split(',');
const MIN_PIXELS = 20;
const VIEWPORT = { width: 1280, height: 800 };
const BASE_ARGS = [
  ...HEADLESS_ARGS,
  // BENCH_CHROMIUM_ARGS: flags to add, e.g. --disable-features=PreloadTopChromeWebUI (headless
  // Chromium 150 preloads its omnibox WebUI in every new window, that is every load here).
  ...(process.env.BENCH_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean),
];

// The project colours, read from the palette's source (a .ts file Node cannot import).
const PROJECT_COLOURS_HEX = readFileSync('src/core/palette.ts', 'utf8')
  .split('PROJECT_COLOURS = [')[1]
  .split(']')[0]
  .match(/#[0-9A-Fa-f]{6}/g);
const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const PROJECT_RGB = PROJECT_COLOURS_HEX.map(rgb);
const BARE_RGB = [rgb('#88ccee')];

/** Whether every colour covers MIN_PIXELS pixels of the frame (±6 a channel). */
function complete(png, colours) {
  const { data } = decodePng(png);
  const counts = new Array(colours.length).fill(0);
  for (let i = 0; i < data.length; i += 4) {
    for (let c = 0; c < colours.length; c++) {
      const [r, g, b] = colours[c];
      if (Math.abs(data[i] - r) <= 6 && Math.abs(data[i + 1] - g) <= 6 && Math.abs(data[i + 2] - b) <= 6) {
        counts[c]++;
        break;
      }
    }
  }
  return counts.every((n) => n >= MIN_PIXELS);
}

const LONG_TASKS = () => {
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no Long Tasks API */
  }
};

/** One load: ms from navigation start to the first complete frame on screen. */
async function load(browser, url, colours, withWebgl = false) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  await context.addInitScript(LONG_TASKS);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const frames = [];
  // A frame counts from when it reaches the screen: when the screencast delivers it
  // (this process's clock, the page's own: both are the machine's epoch clock).
  // Its metadata.timestamp is when Chromium began the frame, which on a software
  // GPU can be most of a second earlier (Chromium 156: a chart's one SVG frame began
  // at 368 ms and arrived at 1,074 ms); it is kept as `begun`, for comparison.
  cdp.on('Page.screencastFrame', ({ data, metadata, sessionId }) => {
    frames.push({
      t: performance.timeOrigin + performance.now(),
      begun: metadata.timestamp * 1000,
      png: Buffer.from(data, 'base64'),
    });
    void cdp.send('Page.screencastFrameAck', { sessionId }).catch(() => {});
  });
  await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
  await page.goto(url);
  const origin = await page.evaluate(() => performance.timeOrigin);
  // Frames are decoded after the fact, newest last, until the first complete one;
  // wait until one exists (or 60 s).
  let found = null;
  let checked = 0;
  const deadline = Date.now() + 60_000;
  while (!found && Date.now() < deadline) {
    for (; checked < frames.length && !found; checked++)
      if (frames[checked].t >= origin && complete(frames[checked].png, colours)) found = frames[checked];
    if (!found) await page.waitForTimeout(100);
  }
  let longest = null;
  let webgl = NaN;
  if (found) {
    // Tasks that start after the complete frame, over the next 4 s.
    await page.waitForTimeout(4000);
    const since = found.t - origin;
    longest = await page.evaluate(
      (since) => Math.max(0, ...window.__longTasks.filter(([s]) => s >= since).map(([, d]) => d)),
      since,
    );
    if (withWebgl) webgl = await webglOnScreen(page, frames, origin);
  }
  await cdp.send('Page.stopScreencast').catch(() => {});
  await context.close();
  return { ms: found ? found.t - origin : NaN, begun: found ? found.begun - origin : NaN, longest, webgl };
}

/**
 * When the WebGL map reached the screen: the arrival of the first frame after the
 * app's hand-over (its mark 'gbo:map-idle', when the WebGL map is shown). The mark
 * alone says when the page asked for that frame; on a software GPU the frame can
 * arrive a second later (the hand-over's frame once stalled the GPU process).
 */
async function webglOnScreen(page, frames, origin) {
  const mark = await page
    .waitForFunction(() => performance.getEntriesByName('gbo:map-idle')[0]?.startTime, undefined, { timeout: 20_000 })
    .then((h) => h.jsonValue())
    .catch(() => null);
  if (mark === null) return NaN;
  const deadline = Date.now() + 5000;
  for (;;) {
    const frame = frames.find((f) => f.t >= origin + mark);
    if (frame) return frame.t - origin;
    if (Date.now() > deadline) return NaN;
    await page.waitForTimeout(50);
  }
}

if (!QUICK) {
  for (const args of [[], ['-c', 'vite.bench.config.ts']]) {
    if (spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', ...args], { stdio: 'inherit' }).status !== 0)
      process.exit(1);
  }
}
// BENCH_APP_DIR=a,b,…: several builds of the app, each loaded in turn with the others
// (pages app, app2, …), so variants are compared in one run.
const appDirs = (process.env.BENCH_APP_DIR ?? 'dist').split(',');
const apps = await Promise.all(appDirs.map((dir) => serveStatic(path.resolve(dir))));
const [app] = apps;
const bare = await serveStatic(path.resolve('dist-bench-bare'));
const burner = BUSY ? spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }) : null;
const appPages = Object.fromEntries(apps.map((a, i) => [i ? `app${i + 1}` : 'app', [`${a.url}/`, PROJECT_RGB]]));
// BENCH_NO_BARE=1 leaves out the bare MapLibre page (for scale only; with the burner it can miss its 60 s).
const pages = {
  ...appPages,
  svgChart: [`${bare.url}/svg.html`, PROJECT_RGB],
  ...(process.env.BENCH_NO_BARE ? {} : { bareMapLibre: [`${bare.url}/?one-area`, BARE_RGB] }),
};
const result = {
  runs: RUNS,
  busy: BUSY,
  viewport: VIEWPORT,
  chromiumArgs: process.env.BENCH_CHROMIUM_ARGS ?? '',
  modes: {},
};
try {
  for (const mode of MODES) {
    const browser = await chromium.launch({
      executablePath: requireChromium(),
      args: [...BASE_ARGS, ...(mode === 'cpu' ? ['--disable-gpu-rasterization'] : [])],
    });
    const times = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
    const begun = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
    const longest = Object.fromEntries(Object.keys(appPages).map((k) => [k, []]));
    const webgl = Object.fromEntries(Object.keys(appPages).map((k) => [k, []]));
    for (const [url, colours] of Object.values(pages)) await load(browser, url, colours); // warm-up, not counted
    for (let i = 0; i < RUNS; i++) {
      const order = Object.keys(pages);
      if (i % 2) order.reverse();
      for (const k of order) {
        const r = await load(browser, ...pages[k], k in appPages);
        times[k].push(r.ms);
        begun[k].push(r.begun);
        if (k in appPages) {
          longest[k].push(r.longest);
          webgl[k].push(r.webgl);
        }
      }
      const each = Object.keys(appPages).map(
        (k) =>
          `${k} ${Math.round(times[k][i])} ms (/chart ${(times[k][i] / times.svgChart[i]).toFixed(2)}, longest task after ${Math.round(longest[k][i] ?? NaN)} ms, WebGL map on screen ${Math.round(webgl[k][i] ?? NaN)} ms)`,
      );
      console.log(
        `${mode} run ${i + 1}: ${each.join(', ')}, SVG chart ${Math.round(times.svgChart[i])} ms, bare MapLibre ${Math.round(times.bareMapLibre?.[i] ?? NaN)} ms`,
      );
    }
    const ratioSummary = (k) => {
      const ratios = times[k].map((a, i) => a / times.svgChart[i]);
      return {
        median: Math.round(quantile(ratios, 0.5) * 100) / 100,
        q1: Math.round(quantile(ratios, 0.25) * 100) / 100,
        q3: Math.round(quantile(ratios, 0.75) * 100) / 100,
      };
    };
    const clicks = {};
    if (CLICKS && mode === MODES[0]) {
      const point = await gentPoint(browser, `${app.url}/`);
      for (const at of [500, 1000, 2000, 3000]) {
        clicks[at] = [];
        for (let i = 0; i < Number(process.env.BENCH_CLICK_RUNS ?? Math.min(RUNS, 5)); i++)
          clicks[at].push(await clickAt(browser, `${app.url}/`, at, point));
        clicks[at] = clickSummary(clicks[at]);
      }
    }
    await browser.close();
    result.modes[mode] = {
      firstCompleteFrameMs: Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, summary(xs)])),
      firstCompleteFrameBegunMs: Object.fromEntries(Object.entries(begun).map(([k, xs]) => [k, summary(xs)])),
      appOverChart: ratioSummary('app'),
      longestTaskAfterMs: summary(longest.app),
      webglMapOnScreenMs: summary(webgl.app),
      ...(apps.length > 1
        ? {
            variants: Object.fromEntries(
              Object.keys(appPages).map((k) => [
                k,
                {
                  dir: appDirs[Object.keys(appPages).indexOf(k)],
                  overChart: ratioSummary(k),
                  longestTaskAfterMs: summary(longest[k]),
                  webglMapOnScreenMs: summary(webgl[k]),
                },
              ]),
            ),
          }
        : {}),
      clickOnGentMs: clicks,
    };
    console.log(`${mode}: ${JSON.stringify(result.modes[mode])}`);
  }
} finally {
  burner?.kill();
  for (const a of apps) await a.close();
  await bare.close();
}
mkdirSync('test-results', { recursive: true });
writeFileSync(`test-results/bench-screen${BUSY ? '-busy' : ''}.json`, `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
