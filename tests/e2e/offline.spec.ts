// The meeting room without wifi. Offline is proved by stopping the server, not by
// the browser's offline switch (after which Debian's Chromium still reports
// navigator.onLine for a page its service worker serves).
// 1. The first visit counts: the tab that opened the app online is controlled at
//    once, so with the server gone it still loads the place index for a search.
// 2. A reload without a server: map, project, search, presenter and the presenter's console.
import { describe, expect, it } from 'vitest';
import { useApp } from './support/fixture';
import { serveDist } from './support/server';
import { waitForStep } from './support/presenter';
import { scaled } from './support/timeouts';
import { LINE_WIDTH } from '../../src/core/map-paint';

const newApp = useApp();

describe('offline', () => {
  it('works in the tab of the first visit once the server is gone, and after a reload without it', async () => {
    const server = await serveDist();
    let stopped = false;
    try {
      const app = await newApp({ serviceWorkers: 'allow', origin: server.url });
      await app.open('#/');
      await app.mapIdle();
      // The offline copy is made after the first map; this tab is claimed as soon as it is complete.
      await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: scaled(60_000),
      });
      // … and the page says so, in words, before anyone walks into the meeting room.
      await app.page
        .locator('#offline-status', { hasText: 'Klaar voor offline gebruik' })
        .waitFor({ timeout: scaled(60_000) });
      await server.close();
      stopped = true;
      // Nothing more from the network: the search box's first use loads the place index from the copy.
      const first = await app.search('Winterslag');
      expect(first[0]).toContain('wijk van Genk');

      await app.page.reload();
      await app.page.locator('#panel-heading').waitFor();
      expect(await app.page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
      await app.mapIdle({ withSurroundings: true });
      expect((await app.drawnNames('project')).length).toBeGreaterThan(0);

      await app.page.evaluate(() => {
        location.hash = '#/project/gent';
      });
      await app.waitForHeading('Gent');
      await app.mapIdle();
      expect((await app.drawnFeature('project-outline', 'gent')).paint['line-width']).toBe(
        LINE_WIDTH.projectOutlineSelected,
      );

      const options = await app.search('Winterslag');
      expect(options[0]).toContain('wijk van Genk');

      await app.page.evaluate(() => {
        location.hash = '#/presentatie/1';
      });
      await waitForStep(app, 1);
      await app.page.keyboard.press('ArrowRight');
      await waitForStep(app, 2);
      await app.mapIdle();
      await app.screenshot('offline-presenter');

      // The presenter's console, opened without a server: served by the offline copy, in step.
      const [consolePage] = await Promise.all([app.w.context.waitForEvent('page'), app.page.keyboard.press('p')]);
      await consolePage.locator('.console-link[data-link="linked"]').waitFor({ timeout: scaled(30_000) });
      await consolePage.locator('.console-next-map svg').waitFor({ timeout: scaled(30_000) });
      await consolePage.keyboard.press('ArrowRight');
      await waitForStep(app, 3);
      await consolePage.close();
    } finally {
      if (!stopped) await server.close();
    }
  });
});
