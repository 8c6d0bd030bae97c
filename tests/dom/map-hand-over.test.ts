// The map on screen from the start: the SVG map is drawn first, the WebGL map is
// readied with the same scene and camera and takes over on its first idle; without
// WebGL the SVG map stays and the page says so.
import { describe, expect, it, vi } from 'vitest';
import { openApp, waitFor, type DomApp } from './support/app';

describe('map hand-over', () => {
  it('draws the SVG map first, then hands over to the WebGL map on its first idle, drawing the same scene', async () => {
    const app = await openApp('#/project/gent');
    const webgl = await app.map();
    const [svg] = app.maps;
    expect(svg!.kind).toBe('svg');
    expect(svg!.destroyed).toBe(true);
    expect(webgl.kind).toBe('webgl');
    // Both were made framing the same area and drew the same selection.
    expect(webgl.scene.selection).toEqual({ projectId: 'gent', municipalities: [] });
    expect(svg!.scene.selection).toEqual(webgl.scene.selection);
    // The WebGL map starts at the camera the SVG map was given.
    expect(webgl.setup.camera).toEqual(svg!.setup.camera);
    await waitFor(() => document.getElementById('map')!.dataset.mapState === 'idle', 'the map idle');
    expect(document.querySelector('#map .svg-host')).toBeNull();
    expect(document.querySelector('#map .map-note')).toBeNull();
  });

  it('draws each map once as it is made, for the view on screen: only the surroundings are drawn again, on the SVG map', async () => {
    const app = await openApp('#/');
    const webgl = await app.map();
    const [svg] = app.maps;
    // The first map's task and frame drew the same picture three times: made, shown
    // again, and shown once more at the layout's first check.
    expect(svg!.fits, 'the SVG map framed again').toEqual([]);
    expect(
      svg!.draws.map((s) => s.surroundings !== null),
      'the SVG map drawn again',
    ).toEqual([true]);
    // The WebGL map was made after the surroundings came, with them.
    expect(webgl.setup.scene.surroundings).not.toBeNull();
    expect([webgl.fits, webgl.draws], 'the WebGL map framed or drawn again').toEqual([[], []]);
    // A view change still reaches it.
    app.click('.project-list a[data-project="w13"]');
    await app.waitForHeading('W13');
    await waitFor(() => webgl.fits.length === 1, 'W13 framed');
    expect(webgl.scene.selection.projectId).toBe('w13');
  });

  it('hands over to the WebGL map even when the surroundings never arrive: it waits for them 3 s, on a fake clock', async () => {
    // Only the timers are fake (Date and animation frames stay real): the app's
    // 3 s wait and every poll of the test's own run on a clock the test moves.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let app: DomApp | null = null;
      void openApp('#/project/gent', { data: { surroundings: () => new Promise<never>(() => undefined) } }).then(
        (a) => {
          app = a;
        },
      );
      const elapsed = async (until: () => boolean, limit: number) => {
        let t = 0;
        for (; t < limit && !until(); t += 10) await vi.advanceTimersByTimeAsync(10);
        return t;
      };
      await elapsed(() => app !== null, 1000);
      const opened = app as DomApp | null;
      if (!opened) throw new Error('the app did not open within 1 s of the fake clock');
      const webglMade = () => opened.maps.some((m) => m.kind === 'webgl');
      // Not before the 3 s are up…
      expect(await elapsed(webglMade, 2900), 'the WebGL map came before 2.9 s').toBe(2900);
      // …and then at once.
      expect(await elapsed(webglMade, 500), 'the WebGL map 3 s after the SVG map').toBeLessThan(500);
      await elapsed(() => document.getElementById('map')!.dataset.mapState === 'idle', 1000);
      expect(opened.maps.map((m) => [m.kind, m.destroyed])).toEqual([
        ['svg', true],
        ['webgl', false],
      ]);
      expect(document.getElementById('map')!.dataset.surroundings).toBe('loading');
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps the areas' keyboard buttons, first in the map, and the focus on one, across the hand-over; Enter opens the project", async () => {
    const app = await openApp('#/');
    // Before the hand-over: the SVG map alone, its areas as buttons in the list's order.
    const keys = await waitFor(
      () =>
        document.querySelectorAll<SVGPathElement>('#map > .area-keys path[role=button]').length === 11 &&
        !app.maps.some((m) => m.kind === 'webgl' && !m.destroyed) &&
        document.querySelector('#map > .area-keys'),
      'the area buttons over the SVG map',
    );
    const buttons = [...keys.querySelectorAll<SVGPathElement>('path[role=button]')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual(app.texts('.project-list .name'));
    const gent = buttons.find((b) => b.dataset.project === 'gent')!;
    gent.focus();
    const webgl = await app.map();
    // After it: the same buttons, before every map's host in the tab order, Gent's still focused.
    expect(document.getElementById('map')!.firstElementChild).toBe(keys);
    expect([...keys.querySelectorAll('path[role=button]')]).toEqual(buttons);
    expect(document.activeElement).toBe(gent);
    expect(webgl.kind).toBe('webgl');
    app.key('Enter', gent);
    await app.waitForHeading('Gent');
  });

  it('stays busy from a view change until the map has drawn it, though a repaint between ends in an idle', async () => {
    const app = await openApp('#/');
    const webgl = await app.map();
    const map = document.getElementById('map')!;
    await waitFor(() => map.dataset.mapState === 'idle', 'the map idle');
    const fitsBefore = webgl.fits.length;
    const states: string[] = [];
    // The moment the view change makes the map busy, before its frame: a hover's
    // repaint ends in the map's idle, as MapLibre's does.
    const observer = new MutationObserver(() => {
      if (states.length || map.dataset.mapState !== 'busy' || webgl.fits.length > fitsBefore) return;
      webgl.events.onIdle();
      states.push(map.dataset.mapState);
    });
    observer.observe(map, { attributes: true, attributeFilter: ['data-map-state'] });
    app.click('.project-list a[data-project="w13"]');
    await app.waitForHeading('W13');
    await waitFor(
      () => webgl.fits.length > fitsBefore && map.dataset.mapState === 'idle',
      'W13 framed, and the map idle',
    );
    observer.disconnect();
    expect(states, "the map's state right after that idle").toEqual(['busy']);
  });

  it("lets the prerendered map give way to the first live map, and keeps it while the map's code cannot be had", async () => {
    const app = await openApp('#/', { prerendered: { focus: 'body' }, failSvg: 1 });
    const alert = await waitFor(
      () => document.querySelector<HTMLElement>('#map .map-message[role=alert]'),
      'the message',
    );
    // No blank map: the build's picture stays under the message.
    expect(document.querySelectorAll('#map .prerender-map')).toHaveLength(1);
    alert.querySelector('button')!.click();
    await app.map();
    await waitFor(() => document.getElementById('map')!.dataset.firstMap === 'drawn', 'the first live map');
    expect(document.querySelectorAll('#map .prerender-map')).toHaveLength(0);
  });

  it('keeps the SVG map when WebGL cannot be had, and says so', async () => {
    const app = await openApp('#/project/gent', { webgl: false });
    await waitFor(() => document.getElementById('map')!.dataset.mapState === 'idle', 'the map idle');
    expect(app.maps.map((m) => [m.kind, m.destroyed])).toEqual([['svg', false]]);
    expect(document.querySelector('#map .map-note')?.textContent).toContain('WebGL');
  });

  it('draws only the SVG map when asked to (?renderer=svg), without the note', async () => {
    const app = await openApp('#/', { query: '?renderer=svg' });
    await waitFor(() => document.getElementById('map')!.dataset.mapState === 'idle', 'the map idle');
    expect(app.maps.map((m) => m.kind)).toEqual(['svg']);
    expect(document.querySelector('#map .map-note')).toBeNull();
  });

  it("says so when the map's code cannot be loaded, and draws the map on retry", async () => {
    const app = await openApp('#/', { failSvg: 1 });
    const alert = await waitFor(
      () => document.querySelector<HTMLElement>('#map .map-message[role=alert]'),
      'the message',
    );
    expect(alert.textContent).toContain('svg-map-view.js');
    expect(app.maps).toHaveLength(0);
    alert.querySelector('button')!.click();
    await app.map();
    expect(document.querySelector('#map .map-message')).toBeNull();
  });
});
