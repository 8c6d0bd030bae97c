// What the rest of the app may ask of a map, whatever draws it: MapLibre (WebGL)
// or the SVG map. Both draw one scene (core/map-scene.ts) at one camera
// (core/camera.ts) with one plan of names (core/label-plan.ts), so they show the
// same picture. Panels, routing and the tests' fake depend on this only.
import type { Bounds } from '../core/geometry';
import type { Camera } from '../core/camera';
import type { MapScene } from '../core/map-scene';
import type { MapInspector, Padding, ScreenPoint, Selection } from '../core/map-seam';

export type { MapInspector, Padding, ScreenPoint, Selection };

/** What a new map starts from, whichever renderer: its host, the scene, and the camera (the same for both, so the hand-over shows nothing). */
export interface MapSetup {
  container: HTMLElement;
  scene: MapScene;
  camera: Camera;
  /** The part of the map left free, which the names keep to, as `fit` is given it; none if not given. */
  padding?: Padding;
  /**
   * Made out of sight, to be shown on its first idle (the WebGL map readied under
   * the SVG map): it need draw nothing before that idle, only be ready to.
   */
  outOfSight?: boolean;
}

export interface MapView {
  readonly kind: 'webgl' | 'svg';
  /** Draw this scene; only what changed since the last one is redrawn. */
  draw(scene: MapScene): void;
  /** Frame `bounds` inside the map less `padding` (core/camera.ts fitCamera). */
  fit(bounds: Bounds, options: { padding: Padding; animate: boolean }): void;
  /** Where the camera is now (for what is drawn over the map at its camera: the keyboard's area buttons). */
  camera(): Camera;
  inspect(): MapInspector;
  resize(): void;
  destroy(): void;
}

export interface MapViewEvents {
  /** A municipality was clicked or tapped (its code as the map's municipality layer speaks it). */
  onPick(code: string): void;
  /** The pointer is over a municipality (or over none: null), at a point in the map. */
  onHover(code: string | null, at: ScreenPoint): void;
  /** Everything asked of the map is on screen and the camera is still. */
  onIdle(): void;
  /** The map is drawing or moving: what is on screen is not yet what was asked. */
  onBusy(): void;
  onError(message: string): void;
  /** The WebGL context is gone: the app swaps in the SVG map. */
  onContextLost(): void;
}
