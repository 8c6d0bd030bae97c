// What the page gives the map host (app/map/controller.ts) and what it gets back:
// the map on screen, its picture, a zoom, and the promise that the map that stays
// has drawn everything.
import type { Store } from '../../core/store';
import type { AppState } from '../../core/app-state';
import type { MapView } from '../../render/map-view';
import type { MapFactory } from './factory';
import type { Renderer } from '../../core/page-options';
import type { MapPicture, Pictures } from './picture';
import type { Lookup } from '../../core/lookup';
import type { Url } from '../url';

export interface MapControllerDeps {
  store: Store<AppState>;
  pictures: Pictures;
  container: HTMLElement;
  createMap: MapFactory;
  /** 'svg': the SVG map only (?renderer=svg); 'auto': WebGL takes over when it can. */
  renderer: Renderer;
  /** Names of municipalities and projects: the tooltip's, and where a pick leads. */
  lookup: Pick<Lookup, 'nameOfAny' | 'projectOfAny'>;
  /** A pick on the map navigates: a municipality to its project or its own panel, a project's area to the project. */
  url: Pick<Url, 'navigate'>;
  /** The surroundings' topology, loaded once the first map is on screen. */
  surroundingsData(): Promise<unknown>;
}

export interface MapController {
  /** The map on screen. */
  map(): MapView | null;
  /** What the map shows now, for printouts and images. */
  picture(): MapPicture;
  zoomToProject(id: string): void;
  /** Resolves once the map that stays (WebGL, or SVG without it) has drawn everything. */
  settled: Promise<void>;
  dispose(): void;
}
