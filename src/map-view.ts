// What the rest of the app may ask of a map, whatever draws it: MapLibre (WebGL)
// or the SVG fallback. Panels, routing and the tests' fake depend on this only.
import type { Bounds } from './core/geometry';
import type { MapLayers } from './core/map-layers';
import type { ContextLayers } from './core/context-layers';
import type { MapInspector, Padding, ScreenPoint, Selection } from './core/map-view';

export type { MapInspector, Padding, ScreenPoint, Selection };

export interface MapView {
  /** What draws the map: the app says so when it is the simpler SVG map. */
  readonly kind: 'webgl' | 'svg';
  select(selection: Selection): void;
  fit(bounds: Bounds, options: { padding: Padding; animate: boolean }): void;
  /** The accessible name of the map picture. */
  setLabel(label: string): void;
  /** Multiply label, halo and marker sizes (1 on screen; larger for a projector). */
  setLabelScale(scale: number): void;
  /** Swap the boundary-dependent data (2017 or today's municipalities). */
  setLayers(layers: MapLayers): void;
  /** Dim every project not in `ids`; null undims all. */
  dim(ids: ReadonlySet<string> | null): void;
  showElz(visible: boolean): void;
  /**
   * Show every project's name, none dropped (the presenter's opening and closing
   * steps): names are placed by core/label-placement.ts, with leader lines where
   * one had to move away from its area. false: the map's own placement.
   */
  spreadLabels(on: boolean): void;
  /** Mark the user's own position (after "Gebruik mijn locatie"), or none: null. */
  showPosition(position: [number, number] | null): void;
  /** Draw the surroundings (sea, Wallonia, neighbours) under Flanders. */
  setContext(context: ContextLayers): void;
  /** The map as drawn, at `pixelRatio` × its CSS size, as it looks on screen (for the PNG export). */
  snapshot(pixelRatio: number): Promise<HTMLCanvasElement>;
  inspect(): MapInspector;
  resize(): void;
  destroy(): void;
}

export interface MapViewEvents {
  /** A municipality was clicked or tapped (its code as the map's municipality layer speaks it). */
  onPick(code: string): void;
  /** The pointer is over a municipality (or over none: null), at a point in the map. */
  onHover(code: string | null, at: ScreenPoint): void;
  onError(message: string): void;
  /** The WebGL context is gone: the app swaps in the SVG map. */
  onContextLost(): void;
}
