// A MapView that draws nothing and remembers what it was asked, for the DOM tests:
// the d3-geo recording context's idea (test/path/test-context.js) for our map seam.
import type { MapInspector, MapView, MapViewEvents } from '../../../src/render/map-view';
import type { MapScene } from '../../../src/core/map-scene';
import type { Bounds } from '../../../src/core/geometry';
import type { MapFactory } from '../../../src/app/map/factory';
import type { MapSetup } from '../../../src/render/map-view';

export class FakeMap implements MapView {
  fits: Bounds[] = [];
  /** The scenes it was asked to draw after it was made. */
  draws: MapScene[] = [];
  scene: MapScene;
  destroyed = false;

  constructor(
    readonly setup: MapSetup,
    readonly events: MapViewEvents,
    readonly kind: 'webgl' | 'svg',
  ) {
    this.scene = setup.scene;
    // The SVG map draws what it was set up with as it is made, and says so at once
    // (render/svg/svg-map-view.ts); MapLibre loads first, and says so tasks later.
    if (kind === 'svg') events.onIdle();
    else
      setTimeout(() => {
        if (!this.destroyed) this.events.onIdle();
      }, 0);
  }

  // A real map answers a draw or a fit with an idle once it is on screen; so does this one.
  private idleSoon() {
    queueMicrotask(() => {
      if (!this.destroyed) this.events.onIdle();
    });
  }
  draw(scene: MapScene) {
    this.draws.push(scene);
    this.scene = scene;
    this.idleSoon();
  }
  fit(bounds: Bounds) {
    this.fits.push(bounds);
    this.idleSoon();
  }
  camera() {
    return this.setup.camera;
  }
  inspect(): MapInspector {
    return {
      project: () => ({ x: 0, y: 0 }),
      zoom: () => 0,
      projectAt: () => null,
      municipalityAt: () => null,
      drawnLabels: () => [],
      labelsAt: () => [],
      markers: () => [],
      drawnFeature: () => null,
      drawnCount: () => null,
      isMoving: () => false,
      cameraMoves: () => [],
      sceneSelection: (source, id) => ({
        selected:
          source === 'projects'
            ? this.scene.selection.projectId === id
            : this.scene.selection.municipalities.includes(id),
        dimmed: false,
      }),
    };
  }
  resize() {}
  destroy() {
    this.destroyed = true;
  }
}

/**
 * A factory that hands out FakeMaps and keeps them for the test to look at. The
 * first is the SVG map drawn at once; with `webgl`, a WebGL map follows and takes
 * over on its first idle, as in the browser.
 */
export function fakeMaps(options: { webgl?: boolean; failSvg?: number } = {}): {
  factory: MapFactory;
  made: FakeMap[];
  shown(): FakeMap;
} {
  const made: FakeMap[] = [];
  let failures = options.failSvg ?? 0;
  return {
    made,
    shown: () => made.filter((m) => !m.destroyed).at(0)!,
    factory: async (setup: MapSetup, events: MapViewEvents, kind: 'svg' | 'webgl') => {
      if (kind === 'webgl' && options.webgl === false) return null;
      // As a dynamic import that fails: the chunk did not arrive.
      if (kind === 'svg' && failures-- > 0)
        throw new TypeError('Failed to fetch dynamically imported module: svg-map-view.js');
      const map = new FakeMap(setup, events, kind);
      made.push(map);
      return map;
    },
  };
}
