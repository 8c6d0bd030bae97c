// The page before its script: the build writes the overview into index.html
// (src/prerender/), so the first paint holds the complete map, the project list
// and the intro, and a reader without JavaScript gets a readable document. When
// the script runs, its map takes over without a visible change.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useApp } from './support/fixture';
import { SCREENSHOT_DIR } from './support/driver';
import { alikeShare, countNearest, picture, rgb } from './support/colours';
import { projectColour } from '../../src/core/palette';
import { scaled } from './support/timeouts';
import { pdfPages } from './support/pdf';
import type { ProjectsDoc } from '../../src/core/types';
import { strings } from '../../src/i18n';

const newApp = useApp();
const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;

/** The centre of each project's name on the map, by project id: `selector` finds the name elements. */
const nameCentres = (page: Page, selector: string): Promise<Record<string, { x: number; y: number }>> =>
  page.locator(selector).evaluateAll((els) =>
    Object.fromEntries(
      els
        .filter((e) => e.getBoundingClientRect().width > 0)
        .map((e) => {
          const r = e.getBoundingClientRect();
          return [e.getAttribute('data-id'), { x: r.x + r.width / 2, y: r.y + r.height / 2 }];
        }),
    ),
  );

/**
 * Until the page has painted: what a user first sees. (The element is in the DOM
 * before its style sheet has come, and a layout read then is one no user sees.)
 */
const firstPaint = (page: Page) =>
  page.waitForFunction(
    () =>
      performance.getEntriesByName('first-contentful-paint').length > 0 &&
      document.querySelector('.prerender-map') !== null,
    undefined,
    { timeout: scaled(10_000) },
  );

/**
 * The overview opened with the responses to requests matching `url` held back until
 * `release()`, once its first paint is on screen.
 */
async function openHoldingBack(url: RegExp) {
  const app = await newApp();
  const page = app.page;
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${app.baseUrl}/#/`, { waitUntil: 'commit' });
  await firstPaint(page);
  return { app, page, release };
}

/** The panel's headings a user can see. */
const visibleHeadings = (page: Page) =>
  page
    .locator('#panel-content h2')
    .evaluateAll((hs) => hs.filter((h) => (h as HTMLElement).offsetParent).map((h) => h.textContent));

/** A click on Gent's area on the prerendered map, and its link followed. */
async function clickPrerenderedGent(page: Page): Promise<void> {
  const gent = await page.locator('.prerender-areas a[href="#/project/gent"] path').boundingBox();
  await page.mouse.click(gent!.x + gent!.width * 0.45, gent!.y + gent!.height * 0.6);
  await page.waitForFunction(() => location.hash === '#/project/gent', undefined, { timeout: scaled(5_000) });
}

describe('the page without its script', () => {
  it('reads as a document without JavaScript: the map with every project named, the key figures with their source, every project with its summary and municipalities, and what needs the script', async () => {
    const app = await newApp({ javaScriptEnabled: false });
    await app.page.goto(`${app.baseUrl}/#/`);
    const page = app.page;
    // Every project named on the map, once: one set of names shows at a time.
    expect(Object.keys(await nameCentres(page, '.prerender-names text[data-kind=project]')).sort()).toEqual(
      doc.projects.map((p) => p.id).sort(),
    );
    expect(await page.locator('.prerender-areas path[data-project]').count()).toBe(doc.projects.length);
    expect(await page.locator('.project-list a[data-project]').count()).toBe(doc.projects.length);
    // What needs the script is said, and its controls are not offered.
    expect(await page.locator('.prerender-noscript .notice').textContent()).toBe(strings.nl.noScript);
    expect(await page.locator('#search').isVisible()).toBe(false);
    expect(await page.locator('.panel .actions').isVisible()).toBe(false);
    // The key figures, with their source.
    expect(await page.locator('.prerender-figures').textContent()).toMatch(
      /^26 gemeenten · [\d.]+ inwoners \(\d+,\d % van Vlaanderen op 1 januari 2018\)$/,
    );
    expect(await page.locator('.prerender-figures + p').textContent()).toBe(strings.nl.presenterFiguresSource);
    // Every project: its name, its summary, its municipalities.
    for (const p of doc.projects) {
      const section = page.locator(`[id="/project/${p.id}"]`);
      expect(await section.locator('h2').textContent()).toBe(p.name);
      expect((await section.locator('.summary').textContent())!.length).toBeGreaterThan(40);
      expect(await section.locator('.members li').count()).toBe(p.municipalities.length);
    }
    expect(await page.locator('body').innerText()).not.toContain(strings.nl.loading);
    // (Not app.screenshot: it waits for a live map, which no script makes here.)
    await page.screenshot({ path: `${SCREENSHOT_DIR}/no-script-overview.png`, fullPage: true });
    // It prints: the map and the projects, over several pages.
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeGreaterThan(2);
  });

  // (A link to a project does not show its panel before the script: Chromium finds a
  // page's target only once its scripts have run, and then the script draws the panel.)
  it("answers a click on a project's area before its script has run, with that project's panel", async () => {
    const { app, page, release } = await openHoldingBack(/\/assets\/index-[\w-]+\.js$/);
    expect(await visibleHeadings(page)).toEqual([strings.nl.overviewHeading]);
    await clickPrerenderedGent(page);
    expect(await visibleHeadings(page)).toEqual(['Gent']);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/prerender-gent-before-script.png` });
    // Locating and the language switch need the script: their buttons say so until the script's own replace them.
    const locate = page.getByRole('button', { name: strings.nl.locate });
    const english = page.locator('#lang-switch button[data-lang="en"]');
    expect(await locate.isDisabled()).toBe(true);
    expect(await english.isDisabled()).toBe(true);
    release();
    await app.waitForHeading('Gent');
    await app.mapIdle();
    expect(await page.locator('.prerender-project').count()).toBe(0);
    expect(await locate.isEnabled()).toBe(true);
    expect(await english.isEnabled()).toBe(true);
  });

  // Between the script's start and its first map (the data still on its way, or the
  // first map being made), the page is still the prerendered one: its links must
  // show their panels as they do before the script, not wait for the script's.
  it("answers a click on a project's area while the script waits for its data, with that project's panel at once", async () => {
    const { app, page, release } = await openHoldingBack(/\/assets\/projects-[\w-]+\.json$/);
    // The script has started (it sets the page's layout), and has no data yet.
    await page.waitForFunction(() => document.body.dataset.view !== undefined, undefined, { timeout: scaled(10_000) });
    const entries = await page.evaluate(() => history.length);
    await clickPrerenderedGent(page);
    expect(await visibleHeadings(page)).toEqual(['Gent']);
    expect(await page.locator('.prerender-map').count()).toBe(1); // still the prerendered page
    release();
    await app.waitForHeading('Gent');
    await app.mapIdle();
    expect(await visibleHeadings(page)).toEqual(['Gent']);
    expect(await page.locator('.prerender-project').count()).toBe(0);
    // One step in the history, as for any other link: Back returns to the overview.
    expect(await page.evaluate(() => history.length)).toBe(entries + 1);
    await page.goBack();
    await app.waitForHeading(strings.nl.overviewHeading);
  });

  it('offers link previews: title, description and a 1200 × 630 picture of the overview with the title, every project in its colour', async () => {
    const app = await newApp({ javaScriptEnabled: false });
    await app.page.goto(`${app.baseUrl}/#/`);
    const meta = (key: string) =>
      app.page.locator(`meta[property="${key}"], meta[name="${key}"]`).getAttribute('content');
    expect(await meta('og:title')).toBe(strings.nl.appTitle);
    expect(await meta('og:description')).toContain('schriftelijke vraag nr. 114');
    expect(await meta('twitter:card')).toBe('summary_large_image');
    const response = await app.page.request.get(new URL((await meta('og:image')) ?? '', `${app.baseUrl}/`).href);
    expect(response.headers()['content-type']).toContain('image/png');
    const image = picture(await response.body());
    expect([
      image.width,
      image.height,
      Number(await meta('og:image:width')),
      Number(await meta('og:image:height')),
    ]).toEqual([1200, 630, 1200, 630]);
    // The title is drawn (dark text at the top left), and every project's colour is on the map.
    expect(
      countNearest(image, [rgb('#111111')], { within: { x: 20, y: 20, width: 600, height: 45 }, tolerance: 60 })[0],
    ).toBeGreaterThan(500);
    const counts = countNearest(
      image,
      doc.projects.map((_, i) => rgb(projectColour(i))),
      { within: { x: 0, y: 112, width: 1200, height: 420 } },
    );
    counts.forEach((n, i) => expect(n, `${doc.projects[i]!.id}'s colour`).toBeGreaterThan(20));
    writeFileSync(`${SCREENSHOT_DIR}/link-preview.png`, await response.body());
  });

  for (const [label, options] of [
    ['1280×720', { viewport: { width: 1280, height: 720 } }],
    ['1366×768', { viewport: { width: 1366, height: 768 } }],
    ['1920×1080', { viewport: { width: 1920, height: 1080 } }],
    ['phone 390×844', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ] as const) {
    it(`shows the complete overview before its script runs, and the live map takes over without a visible change: ${label}`, async () => {
      const app = await newApp(options);
      const page = app.page;
      // The app's script is held back until the prerendered page has been looked at.
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      // (Until its first bytes only: the load event waits for the script held back.)
      await page.goto(`${app.baseUrl}/?inspect&renderer=svg#/`, { waitUntil: 'commit' });
      await firstPaint(page);
      const map = page.locator('#map');
      const before = await map.screenshot();
      const prerendered = await nameCentres(page, '.prerender-names text[data-kind=project]');
      expect(Object.keys(prerendered).sort()).toEqual(doc.projects.map((p) => p.id).sort());
      await page.screenshot({ path: `${SCREENSHOT_DIR}/prerender-${label.replace(/\W+/g, '-')}.png` });

      release();
      await app.mapIdle({ withSurroundings: true }, 60_000);
      expect(await page.locator('.prerender-map').count(), 'the prerendered map gave way').toBe(0);
      const after = await map.screenshot();
      const live = await nameCentres(page, '#map .svg-label[data-kind=project]');
      const share = alikeShare(picture(before), picture(after));
      console.log(`prerender ${label}: ${(100 * share).toFixed(2)} % of map pixels alike`);
      expect(share).toBeGreaterThanOrEqual(0.97);
      // No name moves: each project's name where it was, within a pixel or two.
      expect(Object.keys(live).sort()).toEqual(Object.keys(prerendered).sort());
      const moved = Object.entries(prerendered).map(
        ([id, p]) => [id, Math.round(Math.hypot(p.x - live[id]!.x, p.y - live[id]!.y) * 10) / 10] as const,
      );
      console.log(`prerender ${label}: names moved ${moved.map(([id, d]) => `${id} ${d}`).join(', ')} px`);
      expect(moved.filter(([, d]) => d > 2)).toEqual([]);
    });
  }
});
