// The pure vocabulary of the map seam: what is selected, the camera's padding, and
// the read-only questions a test may ask of a drawn map. The MapView interface
// itself (it hands out canvases) lives in src/map-view.ts, outside the DOM-free core.

export interface Selection {
  projectId: string | null;
  /** Municipality codes to mark, as the map's municipality layer speaks them. */
  municipalities: string[];
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ScreenPoint {
  x: number;
  y: number;
}

/**
 * Read-only questions about what a map has drawn, for browser tests and the
 * benchmark. Both renderers answer them; the app itself never asks. The page
 * exposes them only when opened with `?inspect` (see src/app/inspect.ts).
 */
export interface MapInspector {
  /** Where a position (lon, lat) is on screen, in CSS pixels from the map's corner. */
  project(lngLat: [number, number]): ScreenPoint;
  /** The id of the project area drawn at (lon, lat), or null. */
  projectAt(lngLat: [number, number]): string | null;
  /** The code of the municipality drawn at (lon, lat), as the map's municipality layer speaks it, or null. */
  municipalityAt(lngLat: [number, number]): string | null;
  /** The labels a layer has placed on screen now (their ids, else their names, else their municipality's code). */
  renderedLabels(layer: string): string[];
  /** Whether the camera is moving. */
  isMoving(): boolean;
  /** A feature's state: selected, dimmed, hover. */
  featureState(source: string, id: string): Record<string, unknown>;
  /** A layer's layout property as the map holds it now (visibility, text-size…). */
  layoutProperty(layer: string, key: string): unknown;
  /** Where the local-experiment markers are drawn, on screen (none when the map draws none). */
  markers(): ScreenPoint[];
  /** The names drawn over a screen point, by any label layer. */
  labelsAt(point: ScreenPoint): string[];
}
