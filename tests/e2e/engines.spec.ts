// The other browser engines people use: Firefox (ESR 140, headless over WebDriver
// BiDi with puppeteer-core; it has no WebGL here, so the app draws its SVG map)
// and WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver under Xvfb: the
// engine of every iPhone browser; WebGL through Mesa). One smoke test each: the
// first map with every project named and no two names over each other, a
// project, a search pick, the coverage figures, a presenter step (screenshots of
// the overview and the step), the presenter's console, and no script error.
// .ci/run installs both (Debian: firefox-esr, webkit2gtk-driver, xvfb).
import { describe, expect, inject, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { SCREENSHOT_DIR } from './support/driver';
import { startWebKit, WEBKIT_AVAILABLE } from './support/webdriver';
import type { ProjectsDoc } from '../../src/core/types';
import '../../src/app/inspect'; // window.gboInspect's type

const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
/** Pilot municipalities, the first key figure: every member once. */
const COVERED = new Set(doc.projects.flatMap((p) => p.municipalities)).size;
import { scaled } from './support/timeouts';
const FIREFOX = '/usr/bin/firefox-esr';
const baseUrl = inject('baseUrl');

/** In the page: the boxes of the SVG map's names, and the pairs that overlap. */
const SVG_LABELS = `
  const boxes = [...document.querySelectorAll('#map text.svg-label')].filter((t) => getComputedStyle(t).display !== 'none')
    .map((t) => { const r = t.getBoundingClientRect(); return { text: t.textContent, x: r.x, y: r.y, w: r.width, h: r.height }; });
  const overlaps = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1) overlaps.push(a.text + ' / ' + b.text);
  }
  return { names: boxes.map((b) => b.text), overlaps };`;

(existsSync(FIREFOX) ? describe : describe.skip)('Firefox ESR (needs firefox-esr: apt-get install firefox-esr)', () => {
  it('draws the SVG map with every project named and no names over each other; a project, a search pick, the figures, a presenter step and the console', async () => {
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, defaultViewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    try {
      const page = await browser.newPage();
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await page.goto(`${baseUrl}/?inspect#/`);
      await page.waitForFunction(() => document.getElementById('map')?.dataset.mapState === 'idle', { timeout: scaled(30_000) });
      // The SVG map (Firefox headless has no WebGL): its areas on a canvas of the CPU's, no WebGL canvas.
      expect(await page.evaluate(() => [!!document.querySelector('#map svg.svg-map'), !!document.querySelector('#map canvas.svg-map-paint'), !!document.querySelector('#map .maplibregl-canvas')])).toEqual([true, true, false]);
      expect(new Set(await page.evaluate(() => window.gboInspect!()!.drawnLabels().filter((l) => l.kind === 'project').map((l) => l.id)))).toEqual(new Set(doc.projects.map((p) => p.id)));
      const labels = await page.evaluate(new Function(SVG_LABELS) as () => { names: string[]; overlaps: string[] });
      expect(labels.names.length).toBeGreaterThanOrEqual(doc.projects.length);
      expect(labels.overlaps).toEqual([]);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      writeFileSync(`${SCREENSHOT_DIR}/firefox-overview.png`, await page.screenshot());

      await page.evaluate(() => { location.hash = '#/project/gent'; });
      await page.waitForFunction(() => document.getElementById('panel-heading')?.textContent?.trim() === 'Gent', { timeout: scaled(15_000) });
      await page.type('#search-input', 'Winterslag');
      await page.waitForFunction(() => [...document.querySelectorAll('#search-list [role=option]')].some((o) => o.textContent?.includes('wijk van Genk')), { timeout: scaled(15_000) });
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.getElementById('panel-heading')?.textContent?.trim() === 'Genk', { timeout: scaled(15_000) });

      await page.evaluate(() => { location.hash = '#/dekking'; });
      await page.waitForFunction(() => document.querySelectorAll('.key-figure .key-value').length >= 3, { timeout: scaled(15_000) });
      expect(await page.evaluate(() => document.querySelector('.key-figure .key-value')?.textContent)).toBe(String(COVERED));

      await page.evaluate(() => { location.hash = '#/presentatie/2'; });
      await page.waitForFunction((step) => document.querySelector('.presenter-step')?.textContent === step, { timeout: scaled(15_000) }, `2 / ${doc.projects.length + 2}`);
      expect(await page.evaluate(() => document.getElementById('presenter-title')?.textContent)).toBe(doc.projects[0]!.name);
      await page.waitForFunction(() => document.getElementById('map')?.dataset.mapState === 'idle', { timeout: scaled(30_000) });
      writeFileSync(`${SCREENSHOT_DIR}/firefox-presenter.png`, await page.screenshot());

      await page.goto(`${baseUrl}/#/presentatie/3?scherm=console`);
      await page.waitForFunction(() => /Stap 3 van/.test(document.getElementById('console-now-heading')?.textContent ?? ''), { timeout: scaled(15_000) });
      await page.waitForFunction(() => !!document.querySelector('.console-next-map svg'), { timeout: scaled(15_000) });
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => location.hash === '#/presentatie/4?scherm=console', { timeout: scaled(15_000) });
      writeFileSync(`${SCREENSHOT_DIR}/firefox-console.png`, await page.screenshot());
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

(WEBKIT_AVAILABLE ? describe : describe.skip)('WebKitGTK (needs webkit2gtk-driver and xvfb)', () => {
  it('draws the WebGL map with every project named; a project, a search pick, the figures, a presenter step and the console', async () => {
    const wk = await startWebKit(1280, 800);
    try {
      await wk.go(`${baseUrl}/?inspect#/`);
      await wk.run('window.__errors = []; addEventListener("error", (e) => window.__errors.push(String(e.message))); addEventListener("unhandledrejection", (e) => window.__errors.push(String(e.reason)));');
      await wk.until('return document.getElementById("map")?.dataset.mapState === "idle"', 'the first map', 60_000);
      // WebGL through Mesa: the MapLibre map takes over from the SVG map.
      await wk.until('return !!document.querySelector("#map .maplibregl-canvas") && !document.querySelector("#map svg.svg-map")', 'the WebGL map', 60_000);
      // As MapLibre drew them (its rendered symbols), once all are placed.
      const names = await wk.until<string[]>(`const l = (window.gboInspect?.()?.drawnLabels() ?? []).filter((x) => x.kind === "project").map((x) => x.id); return l.length >= ${doc.projects.length} ? l : null`, 'the project names');
      expect(new Set(names)).toEqual(new Set(doc.projects.map((p) => p.id)));
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      writeFileSync(`${SCREENSHOT_DIR}/webkit-overview.png`, await wk.screenshot());

      await wk.run('location.hash = "#/project/gent"');
      await wk.until('return document.getElementById("panel-heading")?.textContent?.trim() === "Gent"', 'the Gent panel');
      await wk.run('const i = document.getElementById("search-input"); i.focus(); i.value = "Winterslag"; i.dispatchEvent(new Event("input", { bubbles: true }));');
      await wk.until('return [...document.querySelectorAll("#search-list [role=option]")].some((o) => o.textContent.includes("wijk van Genk"))', 'the search result');
      await wk.run('[...document.querySelectorAll("#search-list [role=option]")].find((o) => o.textContent.includes("wijk van Genk")).click()');
      await wk.until('return document.getElementById("panel-heading")?.textContent?.trim() === "Genk"', 'the pick\'s panel: Genk');

      await wk.run('location.hash = "#/dekking"');
      await wk.until('return document.querySelectorAll(".key-figure .key-value").length >= 3', 'the key figures');
      expect(await wk.run('return document.querySelector(".key-figure .key-value").textContent')).toBe(String(COVERED));

      await wk.run('location.hash = "#/presentatie/2"');
      await wk.until(`return document.querySelector(".presenter-step")?.textContent === "2 / ${doc.projects.length + 2}"`, 'presenter step 2');
      expect(await wk.run('return document.getElementById("presenter-title").textContent')).toBe(doc.projects[0]!.name);
      await wk.until('return document.getElementById("map")?.dataset.mapState === "idle"', 'the map of step 2', 60_000);
      writeFileSync(`${SCREENSHOT_DIR}/webkit-presenter.png`, await wk.screenshot());
      expect(await wk.run('return window.__errors')).toEqual([]);

      await wk.go(`${baseUrl}/#/presentatie/3?scherm=console`);
      await wk.until('return /Stap 3 van/.test(document.getElementById("console-now-heading")?.textContent ?? "")', 'the console');
      await wk.until('return !!document.querySelector(".console-next-map svg")', 'the next step\'s map');
      writeFileSync(`${SCREENSHOT_DIR}/webkit-console.png`, await wk.screenshot());
    } finally {
      await wk.close();
    }
  });
});
