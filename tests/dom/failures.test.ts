// A data or geometry file that fails or arrives corrupt: a clear message, no map,
// and a retry that works. Hostile routes: a gentle "not found", nothing rendered.
import { describe, expect, it } from 'vitest';
import { openApp, realData, waitFor } from './support/app';
import { DataVersionError, type DataSource } from '../../src/data-source';
import { loadOrExplain } from '../../src/app/load-data';
import { strings } from '../../src/i18n';

const nl = strings.nl;
type Breakage = { name: string; file: keyof DataSource; broken: () => Promise<unknown>; says: RegExp };
const BREAKAGES: Breakage[] = [
  {
    name: 'projects file unreachable',
    file: 'projects',
    broken: async () => {
      throw new Error('data/projects.json: HTTP 404');
    },
    says: /HTTP 404/,
  },
  {
    name: 'projects file invalid',
    file: 'projects',
    broken: async () => ({ projects: [{ id: 'X' }] }),
    says: /field "id"/,
  },
  {
    name: 'geometry unreachable',
    file: 'geometry',
    broken: async () => {
      throw new Error('geo/base.topo.json: not valid JSON');
    },
    says: /not valid JSON/,
  },
  {
    name: 'geometry without layers',
    file: 'geometry',
    broken: async () => ({ type: 'Topology', arcs: [], objects: {} }),
    says: /object "gemeenten" is missing/,
  },
];

describe('failed loads', () => {
  for (const b of BREAKAGES) {
    it(`${b.name}: explains, makes no map, and recovers on retry`, async () => {
      let broken = true;
      const app = await openApp('#/project/w13', {
        data: { [b.file]: () => (broken ? b.broken() : realData[b.file]()) },
      });
      const alert = await waitFor(() => document.querySelector('[role=alert]'), 'the alert');
      expect(alert.querySelector('h2')!.textContent).toMatch(
        b.file === 'projects' && /invalid/.test(b.name) ? nl.dataError : nl.loadError,
      );
      expect(alert.textContent).toMatch(b.says);
      expect(document.activeElement?.textContent).toBe(nl.retry);
      // The map is made only once the data has loaded: a failed load leaves no work pending that could make one.
      expect(app.maps).toHaveLength(0);
      broken = false;
      app.clickText('button', nl.retry);
      await app.waitForHeading('W13');
      await app.map();
    });
  }
});

const ROUTES = [
  '#/project/<img src=x onerror="window.__pwned=1">',
  '#/project/%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '#/gemeente/"><svg onload=window.__pwned=1>',
  '#/dekking?thema=<img src=x onerror=window.__pwned=1>',
  `#/${'A'.repeat(10_000)}`,
  '#/project/\u202egnek',
];

describe('hostile routes', () => {
  it('show the overview (or coverage) with a gentle "not found" and render no markup', async () => {
    const app = await openApp('#/');
    for (const hash of ROUTES) {
      location.hash = '#/';
      await waitFor(
        () => app.heading() === nl.overviewHeading && !document.querySelector('.notice'),
        'the plain overview',
      );
      location.hash = hash;
      if (hash.startsWith('#/dekking')) await app.waitForHeading(nl.coverageHeading);
      else await waitFor(() => document.querySelector('.notice'), `the notice for ${hash.slice(0, 40)}`);
      // The coverage view's own charts are the only SVG the panel may hold.
      expect(
        document.querySelectorAll(
          '#panel img, #panel svg:not(.bar-chart), #panel script, #panel [onerror], #panel [onload]',
        ),
      ).toHaveLength(0);
    }
    location.hash = '#/project/<b>vet</b>';
    const notice = await waitFor(
      () => document.querySelector('.notice')?.textContent?.includes('vet') && document.querySelector('.notice'),
      'the notice',
    );
    expect(notice.textContent).toContain('<b>vet</b>');
    expect(notice.querySelectorAll('b')).toHaveLength(0);
    expect(notice.textContent!.length).toBeLessThan(200);
    // What the user typed is isolated: direction overrides in it cannot mirror the app's sentence.
    location.hash = '#/%E2%80%AE%E2%80%AEabc';
    await waitFor(
      () => document.querySelector('.notice bdi')?.textContent?.endsWith('\u202e\u202eabc'),
      'the isolated text',
    );
    expect(document.querySelector('.notice')!.firstChild!.textContent).toBe(nl.notFound[0]);
  });
});

describe('a data file of another version', () => {
  it('names the file and offers to reload the page, not to fetch the same file again', async () => {
    const panel = document.createElement('div');
    document.body.append(panel);
    let fetches = 0;
    let reloads = 0;
    void loadOrExplain(
      {
        ...realData,
        geometry: async () => {
          fetches++;
          throw new DataVersionError('geo/base.topo.json');
        },
      },
      panel,
      () => nl,
      () => false,
      () => {
        reloads++;
      },
    );
    await waitFor(() => panel.querySelector('[role=alert]'), 'the message');
    expect(panel.querySelector('li')?.textContent).toBe(nl.staleData('geo/base.topo.json'));
    const button = panel.querySelector('button')!;
    expect(button.textContent).toBe(nl.reloadPage);
    button.click();
    expect(reloads).toBe(1);
    expect(fetches).toBe(1);
    panel.remove();
  });
});

describe('a page that cannot be put together', () => {
  it('says so on the page, with the error, and offers a reload instead of looking ready', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (e: unknown) => {
      errors.push(e);
    };
    try {
      // The search box's place is missing: mounting it throws once the data is in.
      await openApp('#/', { without: '#search' });
      const alert = await waitFor(
        () => document.querySelector<HTMLElement>('#panel-content [role=alert]'),
        'the message',
      );
      expect(alert.querySelector('h2')?.textContent).toBe(nl.startError);
      expect(alert.querySelector('li')?.textContent).toMatch(/\S/);
      expect(alert.querySelector('button')?.textContent).toBe(nl.reloadPage);
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });
});
