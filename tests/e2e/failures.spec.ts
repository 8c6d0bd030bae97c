// A data file that arrives corrupt over the network: a clear message, no half
// map, and a retry that works, through the real fetch and the real map. Every
// other breakage runs in tests/dom against a fake data source.
import { describe, expect, it } from 'vitest';
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
        return b.respond === 'abort' ? route.abort() : route.fulfill({ status: 200, contentType: 'application/json', body: b.respond });
      });
      await app.page.goto(`${app.baseUrl}/#/project/w13`);
      const alert = app.page.getByRole('alert');
      await alert.waitFor();
      expect(await alert.locator('h2').textContent()).toMatch(/konden niet geladen worden|bevatten fouten/);
      expect(await app.page.locator('#map canvas, #map svg').count()).toBe(0);
      // The failed request and the parse error are expected here; nothing else is.
      app.w.consoleErrors.length = 0;
      broken = false;
      await app.page.getByRole('button', { name: 'Opnieuw proberen' }).click();
      await app.waitForHeading('W13');
      await app.mapIdle();
    });
  }
});
