// Deep links, history and the URL as the one saved form of the state, in
// happy-dom with a fake map: what the panel shows, what the map is asked to do.
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { openApp, waitFor } from './support/app';
import type { ProjectsDoc } from '../../src/core/types';
import { strings } from '../../src/i18n';
import { projectColour } from '../../src/core/palette';
import { KEYS_SHOWN_MS } from '../../src/ui/presenter';

const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
const topo = JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8'));
const nameOf = new Map<string, string>(
  topo.objects.gemeenten.geometries.map((g: { properties: { code: string; naam: string } }) => [
    g.properties.code,
    g.properties.naam,
  ]),
);
const nl = strings.nl;
/**
 * Resolves after the app's own next frame: it moves the camera in a task queued
 * from an animation frame (map-controller scheduleFrame), so anything a change
 * would do to the map has been done by then. Not a guess at a duration.
 */
const settle = () =>
  new Promise<void>((r) =>
    requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 0)), 0)),
  );

describe('deep links', () => {
  it('open every project with its name and all its member municipalities', async () => {
    for (const p of doc.projects) {
      const app = await openApp(`#/project/${p.id}`);
      expect(app.heading()).toBe(p.name);
      expect(app.texts('.members li').sort()).toEqual(p.municipalities.map((c) => nameOf.get(c)).sort());
      // The map is asked to select that project.
      const map = await app.map();
      await waitFor(() => map.scene.selection.projectId === p.id, `${p.id} selected`);
    }
  });

  it('open a municipality panel by 2017 code and by current code', async () => {
    let app = await openApp('#/gemeente/11002');
    expect(app.heading()).toBe('Antwerpen');
    expect(app.textOf('.answer')).toContain('geen pilootproject');
    app = await openApp('#/gemeente/34022');
    expect(app.textOf('.answer')).toContain('pilootproject W13');
    app = await openApp('#/gemeente/23106'); // Pajottegem (2025) = Galmaarden + Gooik + Herne
    expect(app.heading()).toBe('Pajottegem');
    expect(app.textOf('#panel-content')).toMatch(/Galmaarden.*Gooik.*Herne/s);
  });

  it('show a gentle "not found" with the overview for an unknown id', async () => {
    const app = await openApp('#/project/bestaat-niet');
    expect(app.heading()).toBe(nl.overviewHeading);
    expect(app.textOf('.notice')).toContain('bestaat-niet');
    expect(app.texts('.project-list .name')).toEqual(doc.projects.map((p) => p.name));
  });
});

describe('history', () => {
  it('moves between selections with back and forward', async () => {
    const app = await openApp('#/');
    app.clickText('.project-list a', 'Oostende');
    await app.waitForHeading('Oostende');
    app.clickText('.members a', 'Oostende');
    await waitFor(() => location.hash === '#/gemeente/35013', 'the municipality');
    history.back();
    await waitFor(
      () => location.hash === '#/project/oostende' && document.querySelector('.members'),
      'back to the project',
    );
    history.back();
    await app.waitForHeading(nl.overviewHeading);
    history.forward();
    await app.waitForHeading('Oostende');
  });

  it('keeps the camera and the announcement where they are when only a map option changes', async () => {
    // After zooming in by hand, ticking a map option must not fly the camera back to
    // the selection nor announce the selection again.
    const app = await openApp('#/project/w13');
    const map = await app.map();
    await waitFor(() => document.getElementById('map')!.dataset.mapState === 'idle', 'the map idle');
    await settle();
    const fits = map.fits.length;
    document.getElementById('live')!.textContent = '';
    (document.getElementById('show-elz') as HTMLInputElement).click();
    await waitFor(() => location.hash === '#/project/w13?elz=1', 'elz in the URL');
    expect(map.scene.elz).toBe(true);
    (document.getElementById('boundaries-2025') as HTMLInputElement).click();
    await waitFor(() => location.hash === '#/project/w13?grenzen=2025&elz=1', 'boundaries in the URL');
    await settle();
    expect(map.fits.length).toBe(fits);
    expect(app.live()).toBe('');
    // The same hash arriving again from the browser changes nothing either.
    dispatchEvent(new HashChangeEvent('hashchange'));
    await settle();
    expect(map.fits.length).toBe(fits);
  });

  it('the skip link moves focus to the panel and nothing else', async () => {
    const app = await openApp('#/project/gent');
    const before = history.length;
    app.click('#skip-link');
    await settle();
    expect(document.activeElement?.id).toBe('panel');
    expect(location.hash).toBe('#/project/gent');
    expect(history.length).toBe(before);
    expect(app.heading()).toBe('Gent');
    expect(document.querySelector('.notice')).toBeNull();
  });
});

describe('presenter history', () => {
  it('steps replace the entry; leaving returns to where it started, and Back does not re-enter', async () => {
    const app = await openApp('#/');
    const before = history.length;
    app.click('a[data-action="present"]');
    await waitFor(() => document.getElementById('presenter-title'), 'the first step');
    expect(history.length).toBe(before + 1);
    for (let i = 0; i < 3; i++) app.key('ArrowRight');
    await waitFor(() => location.hash === '#/presentatie/4', 'step 4');
    expect(history.length).toBe(before + 1);
    app.key('Escape');
    await waitFor(() => location.hash === '#/' && document.getElementById('presenter')!.hidden, 'the overview');
    expect(document.activeElement?.textContent).toBe(nl.startPresentation);
    history.back();
    await settle();
    expect(location.hash).not.toMatch(/presentatie/);
    expect(document.getElementById('presenter')!.hidden).toBe(true);
  });

  it('opened directly on a step, Escape leaves for the overview in place', async () => {
    const app = await openApp('#/presentatie/3');
    const before = history.length;
    app.key('Escape');
    await waitFor(() => location.hash === '#/' && document.getElementById('presenter')!.hidden, 'the overview');
    expect(history.length).toBe(before);
    expect(document.activeElement?.textContent).toBe(nl.startPresentation);
  });
});

describe('language', () => {
  it("switches the whole page, the panel's accessible name and the map's label, and keeps it in the link", async () => {
    const app = await openApp('#/project/gent');
    const map = await app.map();
    const button = document.querySelector<HTMLElement>('#lang-switch button[data-lang="en"]')!;
    const layersBefore = map.scene.layers;
    button.focus();
    button.click();
    // Within the click itself (so before the next frame): the page speaks English,
    // and the map's labels, which cost a new set of map data, have not yet changed.
    expect(app.texts('.facts h3')).toContain(strings.en.members);
    expect(location.hash).toBe('#/project/gent?taal=en');
    expect(document.documentElement.lang).toBe('en-GB');
    expect(document.getElementById('panel')!.getAttribute('aria-label')).toBe(strings.en.panelLabel);
    expect(map.scene.layers).toBe(layersBefore);
    // The map follows after the page has painted.
    await waitFor(() => map.scene.layers !== layersBefore, 'the map relabelled');
    expect(map.scene.label).toBe(strings.en.mapLabel(doc.projects.length));
    expect(document.activeElement?.getAttribute('data-lang')).toBe('nl');
  });
});

describe('presenter keys', () => {
  const total = doc.projects.length + 2;
  const titleOfStep = (n: number) =>
    n === 1 ? nl.appTitle : n === total ? nl.presenterOverviewEnd : doc.projects[n - 2]!.name;
  const step = () => app.textOf('.presenter-step');
  let app: Awaited<ReturnType<typeof openApp>>;
  const waitForStep = (n: number) =>
    waitFor(() => location.hash === `#/presentatie/${n}` && step() === `${n} / ${total}`, `step ${n}`);

  it('step through every step with the clicker keys, checking URL and title', async () => {
    app = await openApp('#/presentatie/1');
    const keys = ['ArrowRight', ' ', 'PageDown'];
    for (let n = 2; n <= total; n++) {
      app.key(keys[n % keys.length]!);
      await waitForStep(n);
      expect(app.textOf('#presenter-title')).toBe(titleOfStep(n));
    }
    app.key('ArrowRight'); // past the end stays on the last step
    await settle();
    expect(location.hash).toBe(`#/presentatie/${total}`);
    app.key('PageUp');
    await waitForStep(total - 1);
    app.key('Home');
    await waitForStep(1);
    app.key('End');
    await waitForStep(total);
    const w13 = doc.projects.findIndex((p) => p.id === 'w13') + 2;
    for (const digit of String(w13)) app.key(digit);
    app.key('Enter');
    await waitForStep(w13);
    expect(app.textOf('#presenter-title')).toBe('W13');
    const map = await app.map();
    await waitFor(() => map.scene.selection.projectId === 'w13', 'W13 selected on the map');
  });

  it('blank the screen with B and bring it back, the step staying in the URL', async () => {
    app = await openApp('#/presentatie/3');
    const blank = () => document.querySelector<HTMLElement>('.presenter-blank')!;
    app.key('b');
    await waitFor(() => !blank().hidden, 'a blank screen');
    expect(blank().textContent).toBe(nl.presenterBlank);
    expect(location.hash).toBe('#/presentatie/3');
    app.key('B');
    await waitFor(() => blank().hidden, 'the step back');
  });
});

describe('presenter card', () => {
  const visible = (sel: string) => !document.querySelector<HTMLElement>(sel)!.hidden;

  it('keys every project by its colour on the opening and closing steps, and shows the keys only at the start and on "?"', async () => {
    const app = await openApp('#/');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      location.hash = '#/presentatie/1';
      await vi.waitFor(() => expect(app.textOf('.presenter-step')).toBe(`1 / ${doc.projects.length + 2}`));
      const key = [...document.querySelectorAll('.presenter-projects li')];
      expect(key.map((li) => li.textContent)).toEqual(doc.projects.map((p) => p.name));
      expect(key.map((li) => (li.querySelector('.swatch') as HTMLElement).style.background)).toEqual(
        doc.projects.map((_, i) => projectColour(i)),
      );
      expect(visible('.presenter-tools')).toBe(true);
      vi.advanceTimersByTime(KEYS_SHOWN_MS);
      expect(visible('.presenter-tools')).toBe(false);
      app.key('ArrowRight');
      await vi.waitFor(() => expect(location.hash).toBe('#/presentatie/2'));
      expect(visible('.presenter-tools')).toBe(false); // not on every slide
      expect(document.querySelector('.presenter-projects')).toBeNull(); // a project's own card
      app.key('?');
      expect(visible('.presenter-tools')).toBe(true);
      vi.advanceTimersByTime(KEYS_SHOWN_MS);
      expect(visible('.presenter-tools')).toBe(false);
      app.key('End');
      await vi.waitFor(() =>
        expect(document.querySelectorAll('.presenter-projects li')).toHaveLength(doc.projects.length),
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks the map for every name on the opening and closing steps only', async () => {
    const app = await openApp('#/presentatie/1');
    const map = await app.map();
    await waitFor(() => map.scene.everyName, 'every name on the opening step');
    app.key('ArrowRight');
    await waitFor(() => !map.scene.everyName, "the map's own placement on a project step");
    app.key('End');
    await waitFor(() => map.scene.everyName, 'every name on the closing step');
  });
});

describe('selection by the list', () => {
  it('announces the project, moves focus to its heading, and Escape returns focus to it in the list', async () => {
    const app = await openApp('#/');
    app.clickText('.project-list a', 'Genk');
    await app.waitForHeading('Genk');
    expect(app.live()).toBe(nl.selected('Genk'));
    expect(document.title).toBe(`Genk — ${nl.appTitle}`);
    expect(document.activeElement?.id).toBe('panel-heading');
    app.key('Escape');
    await app.waitForHeading(nl.overviewHeading);
    expect(app.live()).toBe(nl.overviewAnnounced);
    expect(document.activeElement?.getAttribute('data-project')).toBe('genk');
  });
});

describe('surroundings', () => {
  it("come after the first complete map, named in the page's language", async () => {
    const app = await openApp('#/');
    const map = await app.map();
    await waitFor(() => map.scene.surroundings, 'the surroundings');
    expect(document.getElementById('map')!.dataset.surroundings).toBe('drawn');
    expect(map.scene.surroundings!.labels.features.map((f) => f.properties.naam)).toContain(nl.surroundingsNames.sea);
    app.click('#lang-switch button[data-lang="en"]');
    await waitFor(
      () => map.scene.surroundings!.labels.features.some((f) => f.properties.naam === strings.en.surroundingsNames.sea),
      'English names',
    );
  });
});

describe('every sentence traceable', () => {
  it('shows under the summary the passage of the answer each sentence rests on, and the phrase beside each tag', async () => {
    const app = await openApp('#/project/zoersel');
    await app.waitForHeading('Zoersel');
    const zoersel = doc.projects.find((p) => p.id === 'zoersel')!;
    expect(app.textOf('details.from-answer summary')).toBe(nl.fromAnswer);
    const items = [...document.querySelectorAll('details.from-answer li')];
    expect(items.map((li) => li.querySelector('.from-sentence')!.textContent)).toEqual(
      zoersel.summary.map((s) => s.nl),
    );
    expect(items.map((li) => li.querySelector('blockquote')!.textContent)).toEqual(
      zoersel.summary.map((s) => s.from.map((q) => `“${q}”`).join('')),
    );
    expect(items.every((li) => li.querySelector('blockquote')!.getAttribute('lang') === 'nl')).toBe(true);
    const themes = [...document.querySelectorAll('.facts')].find(
      (f) => f.querySelector('h3')!.textContent === nl.themes,
    )!;
    expect([...themes.querySelectorAll('q')].map((q) => q.textContent)).toEqual(zoersel.themes.map((t) => t.phrase));
  });
});

describe('a keyboard user who began before the script ran', () => {
  it('keeps the focus on the same link of the panel, and in the search box with what was typed', async () => {
    await openApp('#/', { prerendered: { focus: '#panel-content a[data-project="gent"]' } });
    await waitFor(() => document.querySelector('.project-list'), "the app's panel");
    expect(document.activeElement?.closest('.project-list')).not.toBeNull();
    expect((document.activeElement as HTMLElement).dataset.project).toBe('gent');
    await openApp('#/', { prerendered: { focus: '#search-input', typed: 'Aalbeke' } });
    const input = await waitFor(
      () => document.querySelector<HTMLInputElement>('.search #search-input'),
      "the app's search box",
    );
    expect(document.activeElement).toBe(input);
    expect(input.value).toBe('Aalbeke');
    await waitFor(
      () => [...document.querySelectorAll('#search-list li')].some((li) => li.textContent?.startsWith('Aalbeke')),
      'Aalbeke among the results',
    );
  });

  it('puts the focus on the heading of the project whose link they had just followed, as after any navigation', async () => {
    // Enter on Gent's link in the prerendered list: the page opens on its route, the link still focused.
    await openApp('#/project/gent', { prerendered: { focus: '#panel-content a[data-project="gent"]' } });
    const heading = await waitFor(() => document.querySelector<HTMLElement>('#panel-heading'), "the app's panel");
    expect(heading.textContent).toBe('Gent');
    expect(document.activeElement).toBe(heading);
  });
});
