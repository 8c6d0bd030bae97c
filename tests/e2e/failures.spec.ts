// A data file that arrives corrupt over the network: a clear message, no half
// map, and a retry that works, through the real fetch and the real map. Every
// other breakage runs in tests/dom against a fake data source.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { useApp } from './support/fixture';

const newApp = useApp();

type Breakage = { name: string; file: string; respond: 'abort' | string };
const BREAKAGES: Breakage[] = [
  { name: 'projects file corrupt', file: '**/projects-*.json', respond: '{"projects": [' },
];

describe('failed loads', () => {
  for (const b of BREAKAGES) {
    it(`${b.name}: explains, draws no map, and recovers on retry`, async () => {
      const app = await newApp();
      let broken = true;
      await app.page.route(b.file, (route) => {
        if (!broken) return route.continue();
        return b.respond === 'abort'
          ? route.abort()
          : route.fulfill({ status: 200, contentType: 'application/json', body: b.respond });
      });
      await app.page.goto(`${app.baseUrl}/#/project/w13`);
      const alert = app.page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.locator('h2').textContent()).toMatch(/konden niet geladen worden|bevatten fouten/);
      // No map of the broken data; the build's own picture stays, so the page is never blank.
      expect(await app.page.locator('#map canvas, #map .map-host').count()).toBe(0);
      expect(await app.page.locator('#map .prerender-map').count()).toBe(1);
      // The failed request and the parse error are expected here; nothing else is.
      app.w.consoleErrors.length = 0;
      broken = false;
      await app.page.getByRole('button', { name: 'Opnieuw proberen' }).click();
      await app.waitForHeading('W13');
      await app.mapIdle();
    });
  }
});

describe('versioned data', () => {
  it('asks for each data file at its version, once, and names a file of another version with a reload', async () => {
    const sha = (file: string) =>
      createHash('sha256')
        .update(readFileSync(`public/geo/${file}`))
        .digest('hex');
    const app = await newApp();
    const asked: string[] = [];
    app.page.on('request', (r) => {
      if (r.url().includes('/geo/')) asked.push(r.url().replace(app.baseUrl, ''));
    });
    await app.open('#/');
    await app.mapIdle({ withSurroundings: true });
    // The preload in index.html and the app's own fetch are one request.
    expect(asked.filter((u) => u.includes('base.topo.json'))).toEqual([
      `/geo/base.topo.json?v=${sha('base.topo.json').slice(0, 16)}`,
    ]);
    expect(asked.filter((u) => u.includes('context.topo.json'))).toEqual([
      `/geo/context.topo.json?v=${sha('context.topo.json').slice(0, 16)}`,
    ]);

    // A server that ignores the version and serves another file: named, with a reload that brings one version.
    let stale = true;
    await app.page.route('**/geo/base.topo.json*', async (route) => {
      if (!stale) return route.continue();
      const body = readFileSync('public/geo/base.topo.json', 'utf8').replace('"Aartselaar"', '"Aartselaar (oud)"');
      return route.fulfill({ status: 200, contentType: 'application/json', body });
    });
    await app.page.reload();
    const alert = app.page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('li').textContent()).toContain(
      'geo/base.topo.json hoort bij een andere versie van de app',
    );
    stale = false;
    await app.page.getByRole('button', { name: 'Pagina vernieuwen' }).click();
    await app.page.locator('#panel-heading').waitFor();
    await app.mapIdle();
  });
});

describe('the map code, slow to come', () => {
  it('a stalled download of the SVG map holds back neither the project list nor, once in, the map', async () => {
    const app = await newApp();
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await app.page.route('**/assets/svg-map-view-*.js', async (route) => {
      await released;
      await route.continue();
    });
    await app.page.goto(`${app.baseUrl}/?inspect#/`);
    await app.page.locator('.project-list a').first().waitFor();
    expect(await app.page.locator('#map .project-area, #map canvas').count()).toBe(0);
    release();
    await app.mapIdle();
    expect(await app.renderedProjectAt(3.725, 51.0536)).toBe('gent');
  });
});
