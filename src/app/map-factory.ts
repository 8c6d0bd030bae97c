// Makes the map: MapLibre when the browser has WebGL, else (or on request, after a
// lost context) the SVG map. Both modules load only here, on first use, so neither
// delays the project list.
import type { MapView, MapViewEvents } from '../map-view';
import type { MapLayers } from '../core/map-layers';

export interface MapSetup {
  container: HTMLElement;
  layers: MapLayers;
  label: string;
  labelScale: number;
  /** A member municipality to pick when a project area is activated by keyboard (SVG map). */
  firstMemberOf(projectId: string): string;
}

/**
 * How far (degrees of longitude, latitude) the map may pan beyond Flanders:
 * generous, because presenter mode pads the camera by the width of its card. The
 * geo build clips the surroundings to the same bounds (geo/config.mjs, CONTEXT_MARGIN).
 */
export const MAX_BOUNDS_MARGIN: [number, number] = [5, 4];

export type MapFactory = (setup: MapSetup, events: MapViewEvents, renderer: 'auto' | 'svg') => Promise<MapView>;

export const createBrowserMap: MapFactory = async (setup, events, renderer) => {
  if (renderer === 'auto') {
    const { createMapView, webglAvailable } = await import('../map/map-view');
    performance.mark('gbo:map-module');
    if (webglAvailable()) {
      const fb = setup.layers.flandersBounds;
      try {
        return createMapView({
          container: setup.container,
          sources: setup.layers,
          initialBounds: fb,
          maxBounds: [[fb[0][0] - MAX_BOUNDS_MARGIN[0], fb[0][1] - MAX_BOUNDS_MARGIN[1]], [fb[1][0] + MAX_BOUNDS_MARGIN[0], fb[1][1] + MAX_BOUNDS_MARGIN[1]]],
          label: setup.label,
          labelScale: setup.labelScale,
          basemapTiles: import.meta.env.VITE_BASEMAP_TILES || undefined,
        }, events);
      } catch {
        // WebGL was announced but no context could be made: the SVG map below.
      }
    }
  }
  const { createSvgMapView } = await import('../fallback/svg-map-view');
  return createSvgMapView(setup, events);
};
