// Makes a map of either kind: the SVG map (d3-geo, small, drawn at once) or
// MapLibre (WebGL). Neither module is in the page's script: the SVG map's is asked
// for at start and awaited with the data, never for long (firstMapCode); MapLibre's
// loads on first use. So neither holds back the project list. A WebGL map that
// cannot be had (no WebGL2, or a context that cannot be made) is null: the SVG map stays.
import type { MapSetup, MapView, MapViewEvents } from '../../render/map-view';
import { warmUpGlyphCanvas } from '../../render/maplibre/warm-up';
import { gpuQuiet } from './gpu-quiet';

/**
 * How far (degrees of longitude, latitude) the map may pan beyond Flanders:
 * generous, because presenter mode pads the camera by the width of its card. The
 * geo build clips the surroundings to the same bounds (geo/config.mjs, CONTEXT_MARGIN).
 */
export const MAX_BOUNDS_MARGIN: [number, number] = [5, 4];

export type MapFactory = (setup: MapSetup, events: MapViewEvents, kind: 'svg' | 'webgl') => Promise<MapView | null>;

export const createBrowserMap: MapFactory = async (setup, events, kind) => {
  if (kind === 'svg') {
    const { createSvgMapView } = svgModule ?? (await loadSvgMap());
    return createSvgMapView({ ...setup, paint: 'canvas' }, events);
  }
  // The WebGL context is made once the GPU process is quiet (app/map/gpu-quiet.ts): made
  // while it still draws the SVG map's first frames, it blocked the page for 0.6–1.3 s.
  // The module downloads and is parsed meanwhile.
  const [{ createMapView }] = await Promise.all([import('../../render/maplibre/maplibre-map'), gpuQuiet()]);
  performance.mark('gbo:map-module');
  // After the first map, in a task of its own: the glyph canvas's set-up (about
  // 100 ms here) held back the first map when it ran while the data downloaded,
  // because the preloaded data is often in before it ends.
  warmUpGlyphCanvas();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const [[w, s], [e, n]] = setup.scene.layers.flandersBounds;
  try {
    // MapLibre 6 needs WebGL2; without it `new Map()` throws.
    return createMapView(
      {
        container: setup.container,
        scene: setup.scene,
        camera: setup.camera,
        padding: setup.padding,
        outOfSight: setup.outOfSight,
        maxBounds: [
          [w - MAX_BOUNDS_MARGIN[0], s - MAX_BOUNDS_MARGIN[1]],
          [e + MAX_BOUNDS_MARGIN[0], n + MAX_BOUNDS_MARGIN[1]],
        ],
        basemapTiles: import.meta.env.VITE_BASEMAP_TILES || undefined,
      },
      events,
    );
  } catch {
    return null;
  }
};

type SvgModule = typeof import('../../render/svg/svg-map-view');
let svgModule: SvgModule | undefined;
let svgLoading: Promise<SvgModule> | undefined;

/** Fetches and parses the SVG map's code (index.html preloads it); once in, a map is made without waiting a task. */
function loadSvgMap(): Promise<SvgModule> {
  return (svgLoading ??= import('../../render/svg/svg-map-view').then(
    (m) => (svgModule = m),
    (e: unknown) => {
      svgLoading = undefined; // a retry fetches again
      throw e;
    },
  ));
}

/**
 * The SVG map's code, for the page to await with its data so that the panel and
 * the map are mounted in one task and reach the screen in one frame (loaded in a
 * task of its own, the module came in 40–85 ms after the panel, and a frame of the
 * list beside an empty map passed first). At most `patience` ms: a stalled download
 * must not hold back the project list.
 */
export function firstMapCode(patience = 1000): Promise<unknown> {
  return Promise.race([loadSvgMap(), new Promise((resolve) => setTimeout(resolve, patience))]);
}
