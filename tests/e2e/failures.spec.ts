// A data or geometry file that fails or arrives corrupt: a clear message, no half
// map, and a retry that works.
import { describe, expect, it } from 'vitest';
import { useApp } from './support/fixture';

const newApp = useApp();

type Breakage = { name: string; file: string; respond: 'abort' | string };
const BREAKAGES: Breakage[] = [
  { name: 'projects file aborted', file: '**/projects-*.json', respond: 'abort' },
  { name: 'projects file corrupt', file: '**/projects-*.json', respond: '{"projects": [' },
  { name: 'projects file invalid', file: '**/projects-*.json', respond: '{"projects": [{"id": "X"}]}' },
  { name: 'geometry aborted', file: '**/geo/base.topo.json', respond: 'abort' },
  { name: 'geometry corrupt', file: '**/geo/base.topo.json', respond: '\u0000\u0001garbage' },
  { name: 'geometry without layers', file: '**/geo/base.topo.json', respond: '{"type":"Topology","arcs":[],"objects":{}}' },
];

describe('failed loads', () => {
  for (const b of BREAKAGES) {
    it(`${b.name}: explains, draws no map, and recovers on retry`, async () => {
      const app = await newApp();
      let broken = true;
      await app.page.route(b.file, (route) => {
        if (!broken) return route.continue();
        return b.respond === 'abort' ? route.abort() : route.fulfill({ status: 200, contentType: 'application/json', body: b.respond });
      });
      await app.page.goto(`${app.baseUrl}/#/project/w13`);
      const alert = app.page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.locator('h2').textContent()).toMatch(/konden niet geladen worden|bevatten fouten/);
      expect(await app.page.locator('#map canvas, #map svg').count()).toBe(0);
      if (b.name === 'projects file invalid') expect(await alert.textContent()).toContain('field "id"');
      // The failed request and the parse error are expected here; nothing else is.
      app.w.consoleErrors.length = 0;
      broken = false;
      await app.page.getByRole('button', { name: 'Opnieuw proberen' }).click();
      await app.waitForHeading('W13');
      await app.mapIdle();
    });
  }

  it('keeps the app working when the place names fail, and retries on the next keystroke', async () => {
    const app = await newApp();
    let broken = true;
    await app.page.route('**/geo/places.json', (route) => (broken ? route.abort() : route.continue()));
    await app.open('#/');
    const options = await app.search('Gent');
    expect(options[0]).toContain('konden niet geladen worden');
    app.w.consoleErrors.length = 0;
    broken = false;
    expect((await app.search('Genk'))[0]).toMatch(/^Genk/);
  });
});
