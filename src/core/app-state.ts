import type { Lang } from './types';
import type { Route } from './url-state';

export interface AppState {
  route: Route;
  lang: Lang;
  /** True once the geometry has loaded (panels can name municipalities). */
  geoReady: boolean;
  /** Whether a route change should move keyboard focus into the panel. */
  focus: 'panel' | 'none';
  /** The village or place name the user searched for, shown in the answer. */
  placeName: string | null;
}
