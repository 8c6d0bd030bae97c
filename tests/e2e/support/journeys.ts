// The journeys people make, run as they make them in an engine other than
// Chromium (support/engines.ts): pick a project on the map and in the list;
// search a hamlet and a postal code; filter the coverage view; step through the
// presentation with the keys, and its console; print. Each engine's spec file
// calls engineJourneys once, so the two engines run in parallel.
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SCREENSHOT_DIR } from './driver';
import { pdfPages } from './pdf';
import { themeKeys, type ProjectsDoc } from '../../../src/core/types';
import '../../../src/app/inspect'; // window.gboInspect's type
import { ENGINES, openEngine, type EngineName, type EnginePage } from './engines';
import { scaled } from './timeouts';

const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
const TOTAL = doc.projects.length + 2;
/** The key figure "municipalities in a pilot" for a set of projects: every member once. */
const covered = (projects = doc.projects) => new Set(projects.flatMap((p) => p.municipalities)).size;

/** In the page: every script error from now on, kept in window.__errors. */
const RECORD_ERRORS = `
  if (!window.__errors) {
    window.__errors = [];
    addEventListener('error', (e) => window.__errors.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
  }`;
const heading = (text: string) =>
  `return document.getElementById('panel-heading')?.textContent?.trim() === ${JSON.stringify(text)}`;
const IDLE = `return document.getElementById('map')?.dataset.mapState === 'idle'`;

/** In the page: the boxes of the SVG map's names on screen, and the pairs that overlap. */
const SVG_OVERLAPS = `
  const boxes = [...document.querySelectorAll('#map text.svg-label')].filter((t) => getComputedStyle(t).display !== 'none')
    .map((t) => { const r = t.getBoundingClientRect(); return { text: t.textContent, x: r.x, y: r.y, w: r.width, h: r.height }; });
  const overlaps = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1) overlaps.push(a.text + ' / ' + b.text);
  }
  return overlaps;`;

/**
 * In the page: the print stylesheet's layout on screen (its @media print rules
 * made to apply, the screen's only rules made not to), for an engine whose driver
 * cannot print; then what must and must not be on the page.
 */
const PRINT_LAYOUT = `
  for (const sheet of document.styleSheets) {
    const walk = (rules) => { for (const r of rules) if (r instanceof CSSMediaRule) {
      const m = r.media.mediaText;
      if (/\\bprint\\b/.test(m)) r.media.mediaText = 'all'; else if (/\\bscreen\\b/.test(m)) r.media.mediaText = 'not all';
    } };
    walk(sheet.cssRules);
  }
  const shown = (e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden'; };
  return {
    controls: [...document.querySelectorAll('button, select, input, summary')].filter((e) => shown(e) && !e.closest('th')).length,
    map: shown(document.querySelector('#print-map svg')),
    screenMap: shown(document.getElementById('map')),
    legend: shown(document.querySelector('.legend')),
    sources: [...document.querySelectorAll('.attribution')].filter(shown).length,
    head: document.getElementById('print-head').innerText,
  };`;

export function engineJourneys(engine: EngineName): void {
  const { available, needs } = ENGINES[engine];
  (available ? describe : describe.skip)(
    `${engine === 'firefox' ? 'Firefox ESR' : 'WebKitGTK'}: the journeys (needs ${needs})`,
    () => {
      const baseUrl = inject('baseUrl');
      let page: EnginePage;
      beforeAll(async () => {
        page = await openEngine(engine);
      }, scaled(60_000));
      afterAll(async () => {
        await page?.close();
      });
      afterEach(async () => {
        expect(await page.run<string[]>('return window.__errors ?? []'), 'script errors').toEqual([]);
      });
      const open = async (hash: string) => {
        await page.go(`${baseUrl}/?inspect${hash}`);
        await page.run(RECORD_ERRORS);
        await page.until(
          'return !!document.querySelector("#panel-heading, #presenter-title")',
          `the first panel of ${hash}`,
        );
      };
      /** Where a position (lon, lat) is on the map, in window pixels. */
      const onMap = (lon: number, lat: number) =>
        page.run<{ x: number; y: number }>(`
      const p = window.gboInspect().project([${lon}, ${lat}]);
      const r = document.getElementById('map').getBoundingClientRect();
      return { x: r.x + p.x, y: r.y + p.y };`);

      it('names every project on the first map, and opens a project from the map and from the list', async () => {
        await open('#/');
        await page.until(IDLE, 'the map', 60_000);
        // Firefox headless has no WebGL: the SVG map. WebKit draws WebGL through Mesa: MapLibre's map has taken over.
        const kind = await page.run<string>(
          `return document.querySelector('#map .webgl-host') ? 'webgl' : document.querySelector('#map svg.svg-map') ? 'svg' : 'none'`,
        );
        expect(kind).toBe(engine === 'webkit' ? 'webgl' : 'svg');
        // Every project named, as the map on screen drew it.
        const names = await page.until<string[]>(
          `const l = window.gboInspect().drawnLabels().filter((x) => x.kind === 'project').map((x) => x.id);
        return l.length >= ${doc.projects.length} ? l : null`,
          'every project named',
        );
        expect(new Set(names)).toEqual(new Set(doc.projects.map((p) => p.id)));
        if (kind === 'svg') expect(await page.run(SVG_OVERLAPS), 'names over each other').toEqual([]);
        await page.screenshot(`${engine}-overview`);
        // Kortrijk, on the map: its project, W13.
        const kortrijk = await onMap(3.265, 50.8279);
        await page.clickAt(kortrijk.x, kortrijk.y);
        await page.until(heading('W13'), 'W13 from a click on Kortrijk');
        expect(await page.run('return location.hash')).toBe('#/project/w13');
        await page.press('Escape');
        await page.until(heading('Pilootprojecten in Vlaanderen'), 'the overview after Escape');
        await page.click('.project-list a[data-project="gent"]');
        await page.until(heading('Gent'), 'Gent from the list');
        await page.until(IDLE, 'the map on Gent', 60_000);
        await page.screenshot(`${engine}-gent`);
      });

      it('finds a hamlet and a postal code, and answers with the project', async () => {
        /** Types a query, waits for an option that says `option`, takes the first option with the keys, and waits for `panel`. */
        const pick = async (query: string, option: string, panel: string) => {
          await open('#/');
          await page.type('#search-input', query);
          await page.until(
            `return [...document.querySelectorAll('#search-list [role=option]')].some((o) => o.textContent.includes(${JSON.stringify(option)}))`,
            `${query}: ${option}`,
          );
          await page.press('ArrowDown');
          await page.press('Enter');
          await page.until(heading(panel), `the pick's panel: ${panel}`);
          return page.run<string>('return document.querySelector(".answer").textContent.trim()');
        };
        expect(await pick('Winterslag', 'wijk van Genk', 'Genk')).toBe(
          'Winterslag ligt in Genk, dat deelnam aan het pilootproject Genk.',
        );
        expect(await pick('8511', 'Kortrijk', 'Kortrijk')).toContain('pilootproject W13');
      });

      it('filters the coverage view, in the URL, the figures and the map', async () => {
        await open('#/dekking');
        await page.until('return document.querySelectorAll(".key-figure .key-value").length >= 3', 'the key figures');
        expect(await page.run('return document.querySelector(".key-figure .key-value").textContent')).toBe(
          String(covered()),
        );
        await page.select('#filter-thema', 'onderbescherming');
        await page.until('return location.hash === "#/dekking?thema=onderbescherming"', 'the filter in the URL');
        const kept = doc.projects.filter((p) => themeKeys(p).includes('onderbescherming'));
        await page.until(
          `return document.querySelector('.key-filter')?.textContent.startsWith('${kept.length} van de ${doc.projects.length} projecten')`,
          'the filter in words',
        );
        expect(await page.run('return document.querySelector(".key-figure .key-value").textContent')).toBe(
          String(covered(kept)),
        );
        await page.until(IDLE, 'the filtered map', 60_000);
        // The map names, in full, what the filter keeps.
        const opaque = await page.run<string[]>(
          'return window.gboInspect().drawnLabels().filter((l) => l.kind === "project" && l.opacity === 1).map((l) => l.id)',
        );
        expect(new Set(opaque)).toEqual(new Set(kept.map((p) => p.id)));
        await page.screenshot(`${engine}-coverage-filter`);
      });

      it('steps through the presentation with the keys, and the console follows its own', async () => {
        await open('#/presentatie/1');
        const step = (n: number) =>
          page.until(
            `return location.hash === '#/presentatie/${n}' && document.querySelector('.presenter-step')?.textContent === '${n} / ${TOTAL}'`,
            `presenter step ${n}`,
          );
        await step(1);
        await page.press('ArrowRight');
        await step(2);
        expect(await page.run('return document.getElementById("presenter-title").textContent')).toBe(
          doc.projects[0]!.name,
        );
        await page.press('ArrowRight');
        await step(3);
        await page.press('ArrowLeft');
        await step(2);
        await page.until(IDLE, 'the map of step 2', 60_000);
        await page.screenshot(`${engine}-presenter`);
        await open('#/presentatie/3?scherm=console');
        await page.until(
          'return /Stap 3 van/.test(document.getElementById("console-now-heading")?.textContent ?? "")',
          'the console at step 3',
        );
        await page.until('return !!document.querySelector(".console-next-map svg")', "the next step's map");
        await page.press('ArrowRight');
        await page.until('return location.hash === "#/presentatie/4?scherm=console"', 'the console at step 4');
        await page.screenshot(`${engine}-console`);
      });

      it('prints a project: as PDF where the driver prints, and the print layout on the page', async () => {
        await open('#/project/w13');
        // What a print needs is there once the page has drawn it; Ctrl+P fires beforeprint.
        await page.until('return !!document.querySelector("#print-qr svg")', "the print's QR code");
        await page.run('dispatchEvent(new Event("beforeprint"))');
        await page.until('return !!document.querySelector("#print-map svg")', "the print's map");
        const pdf = await page.pdf();
        if (pdf) {
          mkdirSync(SCREENSHOT_DIR, { recursive: true });
          writeFileSync(`${SCREENSHOT_DIR}/${engine}-print-w13.pdf`, pdf);
          const pages = pdfPages(pdf);
          expect(pages).toBeGreaterThanOrEqual(1);
          expect(pages).toBeLessThanOrEqual(2);
        }
        const layout = await page.run<Record<string, unknown>>(PRINT_LAYOUT);
        expect(layout).toMatchObject({ controls: 0, map: true, screenMap: false, legend: true, sources: 2 });
        expect(layout.head).toContain('Pilootprojecten geïntegreerd breed onthaal');
        await page.screenshot(`${engine}-print-layout`);
      });
    },
  );
}
