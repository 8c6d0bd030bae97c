// The pure vocabulary of the map seam: what is selected, the camera's padding, and
// the read-only questions a test may ask of a drawn map. The MapView interface
// itself (it hands out canvases) lives in src/render/map-view.ts, outside the DOM-free core.

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

/** A name as a renderer drew it. */
export interface DrawnLabel {
  /** Its kind of name: a LabelKind of core/map-scene.ts (not imported: map-scene imports this file). */
  kind: string;
  /** The project's id, the experiment's code, the municipality's code…, as the plan named it. */
  id: string;
  /** Its text on one line. */
  text: string;
  /** Its text size in CSS pixels, as drawn. */
  size: number;
  /** Its opacity, as drawn: 1, or less where a filter dims it. */
  opacity: number;
}

/** A feature as MapLibre drew it: its layer's paint and layout, evaluated for that feature, its state and the camera's zoom. */
export interface DrawnFeature {
  paint: Record<string, unknown>;
  layout: Record<string, unknown>;
}

/**
 * Read-only questions about what a map has drawn, for browser tests and the
 * benchmark. Both renderers answer them; the app itself never asks. The page
 * exposes them only when opened with `?inspect` (see src/app/inspect.ts).
 *
 * Each answer comes from the drawing: on the WebGL map from MapLibre itself
 * (queryRenderedFeatures with its evaluated paint and layout, its camera), on the
 * SVG map from the elements it drew. The one answer taken from the app's own
 * state says so in its name (`sceneSelection`).
 */
export interface MapInspector {
  /** Where a position (lon, lat) is on screen, in CSS pixels from the map's corner. */
  project(lngLat: [number, number]): ScreenPoint;
  /** The camera's zoom now. */
  zoom(): number;
  /** The id of the project area drawn at (lon, lat), or null. */
  projectAt(lngLat: [number, number]): string | null;
  /** The code of the municipality drawn at (lon, lat), as the map's municipality layer speaks it, or null. */
  municipalityAt(lngLat: [number, number]): string | null;
  /** Every name drawn now. */
  drawnLabels(): DrawnLabel[];
  /** The names drawn over a screen point. */
  labelsAt(point: ScreenPoint): string[];
  /** Where the local-experiment markers are drawn, on screen (none when the map draws none). */
  markers(): ScreenPoint[];
  /**
   * The WebGL map: one feature of a MapLibre layer as drawn on screen now (by its
   * id: a project's id, a municipality's code), or null when it drew none. The SVG
   * map has no MapLibre layers: null.
   */
  drawnFeature(layer: string, id: string): DrawnFeature | null;
  /** The WebGL map: how many features a MapLibre layer draws on screen now (0 when hidden). The SVG map: null. */
  drawnCount(layer: string): number | null;
  /** Whether the camera is moving. */
  isMoving(): boolean;
  /** The camera moves that have ended, oldest first, each as the number of frames it moved in: a jump moves in one. */
  cameraMoves(): number[];
  /** Not the drawing: what the app's scene asks the map to show selected and dimmed. */
  sceneSelection(source: 'projects' | 'gemeenten', id: string): { selected: boolean; dimmed: boolean };
}
