// The meeting room without wifi: opened once online, the app reloads offline from
// its service worker with the map, a project, the search and the presenter steps.
import { describe, expect, it } from 'vitest';
import { useApp } from './support/fixture';
import { waitForStep } from './support/presenter';

const newApp = useApp();

describe('offline', () => {
  it('after one visit, reloads without network: map, project, search and presenter', async () => {
    const app = await newApp({ serviceWorkers: 'allow' });
    await app.open('#/');
    await app.mapIdle();
    // The offline copy is made after the first map: wait until it is complete.
    await app.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const worker = registration.active!;
      if (worker.state !== 'activated') await new Promise<void>((resolve) => worker.addEventListener('statechange', () => { if (worker.state === 'activated') resolve(); }));
    });
    await app.w.context.setOffline(true);
    await app.page.reload();
    await app.page.locator('#panel-heading').waitFor();
    expect(await app.page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    expect(await app.page.evaluate(() => navigator.onLine)).toBe(false);
    await app.mapIdle({ withSurroundings: true });
    expect((await app.renderedLabels('project-labels')).length).toBeGreaterThan(0);

    await app.page.evaluate(() => { location.hash = '#/project/gent'; });
    await app.waitForHeading('Gent');
    await app.mapIdle();
    expect(await app.featureState('projects', 'gent')).toMatchObject({ selected: true });

    const options = await app.search('Winterslag');
    expect(options[0]).toContain('wijk van Genk');

    await app.page.evaluate(() => { location.hash = '#/presentatie/1'; });
    await waitForStep(app, 1);
    await app.page.keyboard.press('ArrowRight');
    await waitForStep(app, 2);
    await app.mapIdle();
    await app.screenshot('offline-presenter');
    await app.w.context.setOffline(false);
  });
});
