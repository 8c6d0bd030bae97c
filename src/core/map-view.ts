// What the rest of the app may ask of a map, whatever draws it (MapLibre now; an
// SVG fallback can implement the same). Panels and routing depend on this only.
import type { Bounds } from './geometry';
import type { MapLayers } from './map-layers';

export interface Selection {
  projectId: string | null;
  /** 2017 municipality codes to mark (a municipality panel, or a merged current one). */
  municipalities: string[];
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface MapView {
  select(selection: Selection): void;
  fit(bounds: Bounds, options: { padding: Padding; animate: boolean }): void;
  setLabels(labels: { hoverNone: string; canvas: string }): void;
  /** Multiply label, halo and marker sizes (1 on screen; larger for a projector). */
  setLabelScale(scale: number): void;
  /** Swap the boundary-dependent data (2017 or today's municipalities). */
  setLayers(layers: MapLayers): void;
  /** Dim every project not in `ids`; null undims all. */
  dim(ids: ReadonlySet<string> | null): void;
  showElz(visible: boolean): void;
  /** The map as drawn, at `pixelRatio` × its CSS size (for the PNG export). */
  snapshot(pixelRatio: number): Promise<HTMLCanvasElement>;
  /** The map as an image for printing, or null when it prints as it is (SVG). */
  printImage(): string | null;
  resize(): void;
  destroy(): void;
}

export interface MapViewEvents {
  /** A 2017 municipality was clicked or tapped. */
  onPick(code: string): void;
  onError(message: string): void;
  /** The WebGL context is gone: the app swaps in the SVG map. */
  onContextLost(): void;
}
