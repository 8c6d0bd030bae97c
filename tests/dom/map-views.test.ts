// Which map is shown (src/app/map/views.ts), with fake maps: the map being readied
// is not heard until its first idle, the hand-over removes the SVG map, a lost
// context takes its map away, and a failed or late map leaves no host behind.
import { afterEach, describe, expect, it } from 'vitest';
import { mapViews, type MapViewsOptions } from '../../src/app/map/views';
import type { MapFactory } from '../../src/app/map/factory';
import type { MapSetup } from '../../src/render/map-view';
import type { MapScene } from '../../src/core/map-scene';
import { FakeMap } from './support/fake-map';

const scene = { selection: { projectId: null, municipalities: [] } } as unknown as MapScene;

function setUp(factory?: MapFactory) {
  const container = document.createElement('div');
  document.body.append(container);
  const heard: string[] = [];
  const made: FakeMap[] = [];
  const first = document.createElement('div');
  container.append(first);
  const options: MapViewsOptions = {
    container,
    first,
    createMap:
      factory ??
      (async (setup, events, kind) => {
        const map = new FakeMap(setup, events, kind);
        made.push(map);
        return map;
      }),
    setupFor: (host) => ({ container: host, scene, camera: { center: [4, 51], zoom: 7 } }) as unknown as MapSetup,
    shown: {
      onPick: (code) => heard.push(`pick ${code}`),
      onHover: (code) => heard.push(`hover ${code}`),
      onBusy: () => heard.push('busy'),
      onError: (message) => heard.push(`error ${message}`),
    },
    onShownIdle: () => heard.push('shown idle'),
    onHandOver: () => heard.push('hand-over'),
    onNoneLeft: () => heard.push('none left'),
  };
  return { container, heard, made, views: mapViews(options) };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the maps on the page', () => {
  it('shows the SVG map, readies the WebGL map unheard in a hidden host, and hands over on its first idle', async () => {
    const { container, heard, made, views } = setUp();
    const svg = (await views.make('svg'))!;
    const webgl = (await views.make('webgl'))!;
    const [svgMap, webglMap] = made as [FakeMap, FakeMap];
    // The SVG map drew as it was made, and was heard once it was on the page.
    expect(heard.splice(0)).toEqual(['shown idle']);
    expect(views.shown()).toBe(svg);
    expect(views.all()).toEqual([svg, webgl]);
    expect(container.querySelector('.webgl-host')!.classList.contains('pending')).toBe(true);
    expect(container.querySelector('.svg-host')!.classList.contains('pending')).toBe(false);
    // Only the map being readied is told so (MapLibre then draws nothing until its first idle).
    expect(webglMap.setup.outOfSight).toBe(true);
    expect(svgMap.setup.outOfSight).toBe(false);

    // The map being readied: its clicks, hover and busy go nowhere.
    webglMap.events.onPick('44021');
    webglMap.events.onHover('44021', { x: 1, y: 1 });
    webglMap.events.onBusy();
    svgMap.events.onPick('11002');
    svgMap.events.onIdle();
    expect(heard).toEqual(['pick 11002', 'shown idle']);

    webglMap.events.onIdle();
    expect(heard.at(-1)).toBe('hand-over');
    expect(views.all()).toEqual([webgl]);
    expect(svgMap.destroyed).toBe(true);
    expect(container.querySelector('.svg-host')).toBeNull();
    expect(container.querySelector('.webgl-host')!.classList.contains('pending')).toBe(false);

    // Now the WebGL map is heard, and the old SVG map no longer.
    svgMap.events.onPick('11002');
    webglMap.events.onPick('44021');
    webglMap.events.onIdle();
    expect(heard.slice(-2)).toEqual(['pick 44021', 'shown idle']);
  });

  it('hears an idle the map says while it is being made (the SVG map draws in its constructor), once the map is on the page', async () => {
    const { heard, views } = setUp(async (setup, events, kind) => {
      const map = new FakeMap(setup, events, kind);
      events.onIdle(); // before the factory has even returned the map
      return map;
    });
    const svg = await views.make('svg');
    expect(views.shown()).toBe(svg);
    expect(heard).toEqual(['shown idle']);
  });

  it('takes away a map whose context is lost, and says when none is left', async () => {
    const { heard, made, views } = setUp();
    await views.make('svg');
    await views.make('webgl');
    const [svgMap, webglMap] = made as [FakeMap, FakeMap];
    heard.length = 0; // the SVG map's idle as it was made
    // Lost while being readied: the SVG map stays shown.
    webglMap.events.onContextLost();
    expect(webglMap.destroyed).toBe(true);
    expect(views.all()).toEqual([svgMap]);
    expect(heard).not.toContain('none left');

    svgMap.events.onContextLost();
    expect(views.all()).toEqual([]);
    expect(views.shown()).toBeNull();
    expect(heard).toEqual(['none left']);
  });

  it('removes the host of a map that could not be made, and passes on why', async () => {
    const failing = setUp(async () => {
      throw new TypeError('Failed to fetch dynamically imported module: svg-map-view.js');
    });
    await expect(failing.views.make('svg')).rejects.toThrow('svg-map-view.js');
    expect(failing.container.querySelector('.map-host')).toBeNull();

    const none = setUp(async () => null);
    await expect(none.views.make('webgl')).resolves.toBeNull();
    expect(none.container.querySelector('.map-host')).toBeNull();
    expect(none.views.all()).toEqual([]);
  });

  it('destroys a map that arrives after the views were disposed', async () => {
    let release: () => void = () => {};
    const late: FakeMap[] = [];
    const { container, views } = setUp(async (setup, events, kind) => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      const map = new FakeMap(setup, events, kind);
      late.push(map);
      return map;
    });
    const making = views.make('svg');
    views.dispose();
    release();
    await expect(making).resolves.toBeNull();
    expect(late[0]!.destroyed).toBe(true);
    expect(container.querySelector('.map-host')).toBeNull();
  });
});
