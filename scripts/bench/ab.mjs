// `node scripts/bench/ab.mjs DIR_A DIR_B [runs]` (BENCH_OPEN=tab: see below;
// BENCH_CHROMIUM_ARGS: flags to add, e.g. --disable-gpu-rasterization for CPU raster): two
// builds of the app, loaded in turn in one browser, so machine noise hits both
// alike. Prints the median time to the map's first idle and to the readable
// project list for each. For trying a change: `npx vite build --outDir /tmp/a`
// before it, `--outDir /tmp/b` after.
import path from 'node:path';
import { chromium } from 'playwright-core';
import { HEADLESS_ARGS, requireChromium } from '../chromium.mjs';
import { serveStatic } from './static-server.mjs';

const [dirA, dirB] = process.argv.slice(2, 4);
const RUNS = Number(process.argv[4] ?? 9);
if (!dirA || !dirB) {
  console.error('usage: node scripts/bench/ab.mjs DIR_A DIR_B [runs]');
  process.exit(2);
}
const ARGS = [...HEADLESS_ARGS, ...(process.env.BENCH_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean)];
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

// BENCH_OPEN=tab: open the app as a link opened in a new tab does, a tab created
// with its URL, instead of Playwright's new page at about:blank and a navigation
// from there. Tearing down about:blank's compositor blocks the page's main thread
// from about 1 s on until the GPU process has finished its work in hand (0.1–1.3 s
// in traces here), which a user's tab does not pay.
const TAB = process.env.BENCH_OPEN === 'tab';
async function openInNewTab(browser, context, url) {
  const cdp = await browser.newBrowserCDPSession();
  const { browserContextIds } = await cdp.send('Target.getBrowserContexts');
  const opened = context.waitForEvent('page');
  // The context made last is this one: loads run one at a time.
  await cdp.send('Target.createTarget', { url, browserContextId: browserContextIds.at(-1) });
  await cdp.detach();
  return opened;
}

async function once(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  // The moment the project list can be read, as in run.mjs.
  await context.addInitScript(() =>
    new MutationObserver((_, obs) => {
      if (document.querySelector('.project-list a')) {
        performance.mark('gbo:list-readable');
        obs.disconnect();
      }
    }).observe(document, { subtree: true, childList: true }),
  );
  const page = TAB ? await openInNewTab(browser, context, url) : await context.newPage();
  if (!TAB) await page.goto(url);
  // The first complete map: its mark (a later idle, after the surroundings, is not it).
  await page.waitForFunction(() => performance.getEntriesByName('gbo:map-idle').length > 0, undefined, {
    timeout: 60_000,
  });
  const marks = await page.evaluate(() =>
    Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
  );
  await context.close();
  return marks;
}

const servers = [await serveStatic(path.resolve(dirA)), await serveStatic(path.resolve(dirB))];
const browser = await chromium.launch({ executablePath: requireChromium(), args: ARGS });
const results = [[], []];
for (let i = 0; i < RUNS; i++) {
  for (const k of i % 2 ? [1, 0] : [0, 1]) results[k].push(await once(browser, `${servers[k].url}/`));
}
await browser.close();
for (const s of servers) await s.close();
for (const [k, dir] of [
  [0, dirA],
  [1, dirB],
]) {
  const keys = Object.keys(results[k][0]).filter((n) => n.startsWith('gbo:'));
  console.log(
    `${dir}: ${keys.map((n) => `${n.slice(4)} ${Math.round(median(results[k].map((m) => m[n] ?? NaN)))}`).join(', ')}`,
  );
}
// The spread, so a difference can be judged against the noise: quartiles of the
// first idle, and of B / A over the runs paired in time.
const quartiles = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return [s[Math.floor(s.length / 4)], s[Math.floor((3 * s.length) / 4)]];
};
const idle = results.map((r) => r.map((m) => m['gbo:map-idle'] ?? NaN));
for (const [k, dir] of [
  [0, dirA],
  [1, dirB],
])
  console.log(`${dir}: first idle quartiles ${quartiles(idle[k]).map(Math.round).join('–')} ms`);
const ratios = idle[1].map((b, i) => b / idle[0][i]);
console.log(
  `B / A first idle: median ${median(ratios).toFixed(2)}, quartiles ${quartiles(ratios)
    .map((r) => r.toFixed(2))
    .join('–')}`,
);
