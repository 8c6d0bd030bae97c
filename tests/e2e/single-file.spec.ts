// The single-file build opens from file:// (a USB stick) with the whole app
// working, and makes no network request of any kind.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { useApp } from './support/fixture';
import { scaled } from './support/timeouts';

const newApp = useApp();
const file = path.resolve('dist-single/index.html');

describe('single-file build', () => {
  beforeAll(() => {
    if (!existsSync(file))
      throw new Error('dist-single/index.html is missing: run `npm run build:single` (npm test does)');
  });

  it('runs from file:// with map, labels, search and selection, requesting nothing', async () => {
    const app = await newApp();
    const url = pathToFileURL(file).href;
    const requests: string[] = [];
    app.page.on('request', (r) => {
      if (!r.url().startsWith(url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
        requests.push(r.url());
    });
    await app.page.goto(`${url}?inspect#/project/w13`);
    await app.waitForHeading('W13');
    await app.mapIdle();
    expect(await app.page.locator('#map canvas').count()).toBe(1);
    expect(await app.renderedProjectAt(3.265, 50.8279)).toBe('w13');
    expect((await app.search('Aalbeke'))[0]).toMatch(/^Aalbeke/);
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Enter');
    await app.waitForHeading('Kortrijk');
    await app.mapIdle();
    await app.screenshot('single-file');
    // The data's licences read from the page itself: no file beside it to link to.
    await app.page.locator('details.licences summary').click();
    expect(await app.page.locator('details.licences .licence-text').textContent()).toContain(
      'Copyright (C) 2013 by Ruben Vermeersch',
    );
    expect(requests).toEqual([]);
  });

  it('saves the data to take away from file://, made in the page, requesting nothing', async () => {
    const app = await newApp();
    const url = pathToFileURL(file).href;
    const requests: string[] = [];
    app.page.on('request', (r) => {
      if (!r.url().startsWith(url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
        requests.push(r.url());
    });
    await app.page.goto(`${url}#/`);
    // The buttons are the app's (the prerendered page offers no downloads): wait until it has drawn its panel.
    await app.page
      .locator('.take-away button')
      .nth(2)
      .waitFor({ timeout: scaled(10_000) });
    const saved: Record<string, string> = {};
    for (const button of await app.page.locator('.take-away button').all()) {
      const [download] = await Promise.all([
        app.page.waitForEvent('download', { timeout: scaled(10_000) }),
        button.click(),
      ]);
      saved[download.suggestedFilename()] = readFileSync((await download.path())!, 'utf8');
    }
    expect(Object.keys(saved)).toEqual([
      'gbo-pilootgebieden.geojson',
      'gbo-w13-lokale-experimenten.geojson',
      'gbo-pilootgemeenten.csv',
    ]);
    const areas = JSON.parse(saved['gbo-pilootgebieden.geojson']!) as {
      features: { properties: { name: string }; geometry: { type: string } }[];
    };
    expect(areas.features.map((f) => f.properties.name)).toContain('W13');
    expect(areas.features.every((f) => f.geometry.type === 'MultiPolygon')).toBe(true);
    expect(JSON.parse(saved['gbo-w13-lokale-experimenten.geojson']!).features).toHaveLength(3);
    expect(saved['gbo-pilootgemeenten.csv']!.split('\r\n').filter((l) => /^\d{5};/.test(l))).toHaveLength(26);
    expect(requests).toEqual([]);
  });

  it("opens the presenter's console from file:// and keeps it in step with the slide", async () => {
    // Chromium gives file:// pages one channel; a browser that does not gets the
    // console's "cannot follow" line (tests/dom/presenter-console.test.ts).
    const app = await newApp();
    const url = pathToFileURL(file).href;
    await app.page.goto(`${url}#/presentatie/3`);
    await app.page.locator('#presenter-title').waitFor({ timeout: scaled(15_000) });
    const [consolePage] = await Promise.all([app.w.context.waitForEvent('page'), app.page.keyboard.press('p')]);
    await consolePage.locator('.console-link[data-link="linked"]').waitFor({ timeout: scaled(15_000) });
    await consolePage.keyboard.press('ArrowRight');
    await app.page.waitForFunction(() => location.hash === '#/presentatie/4', undefined, { timeout: scaled(10_000) });
    await app.page.keyboard.press('ArrowRight');
    await consolePage.waitForFunction(() => location.hash === '#/presentatie/5?scherm=console', undefined, {
      timeout: scaled(10_000),
    });
    await consolePage.close();
  });
});
