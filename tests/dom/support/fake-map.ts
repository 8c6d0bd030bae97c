// A MapView that draws nothing and remembers what it was asked, for the DOM tests:
// the d3-geo recording context's idea (test/path/test-context.js) for our map seam.
import type { MapInspector, MapView, MapViewEvents, Selection } from '../../../src/map-view';
import type { MapLayers } from '../../../src/core/map-layers';
import type { ContextLayers } from '../../../src/core/context-layers';
import type { Bounds } from '../../../src/core/geometry';
import type { MapFactory, MapSetup } from '../../../src/app/map-factory';

export class FakeMap implements MapView {
  readonly kind: 'webgl' | 'svg';
  fits: Bounds[] = [];
  selection: Selection = { projectId: null, municipalities: [] };
  dimmed: ReadonlySet<string> | null = null;
  elz = false;
  labelScale: number;
  label: string;
  layers: MapLayers;
  destroyed = false;

  constructor(readonly setup: MapSetup, readonly events: MapViewEvents, kind: 'webgl' | 'svg') {
    this.kind = kind;
    this.layers = setup.layers;
    this.label = setup.label;
    this.labelScale = setup.labelScale;
  }

  select(selection: Selection) { this.selection = selection; }
  fit(bounds: Bounds) {
    this.fits.push(bounds);
    this.setup.container.dataset.mapState = 'idle';
  }
  setLabel(label: string) { this.label = label; }
  setLabelScale(scale: number) { this.labelScale = scale; }
  setLayers(layers: MapLayers) { this.layers = layers; }
  dim(ids: ReadonlySet<string> | null) { this.dimmed = ids; }
  showElz(visible: boolean) { this.elz = visible; }
  position: [number, number] | null = null;
  spread = false;
  spreadLabels(on: boolean) { this.spread = on; }
  showPosition(position: [number, number] | null) { this.position = position; }
  context: ContextLayers | null = null;
  setContext(context: ContextLayers) { this.context = context; }
  async snapshot(): Promise<HTMLCanvasElement> { return document.createElement('canvas'); }
  inspect(): MapInspector {
    return {
      project: () => ({ x: 0, y: 0 }),
      projectAt: () => null,
      municipalityAt: () => null,
      renderedLabels: () => [],
      isMoving: () => false,
      featureState: (_source, id) => ({ selected: this.selection.projectId === id }),
      layoutProperty: () => undefined,
      markers: () => [],
      labelsAt: () => [],
    };
  }
  resize() {}
  destroy() { this.destroyed = true; }
}

/** A factory that hands out FakeMaps and keeps them for the test to look at. */
export function fakeMaps(): { factory: MapFactory; made: FakeMap[] } {
  const made: FakeMap[] = [];
  return {
    made,
    factory: async (setup, events, renderer) => {
      const map = new FakeMap(setup, events, renderer === 'svg' ? 'svg' : 'webgl');
      made.push(map);
      return map;
    },
  };
}
