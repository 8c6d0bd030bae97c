import type { UrlState } from './url-state';
import type { SortKey } from './coverage';
import type { OutsideTable } from './outside';

export interface AppState extends UrlState {
  /** True once the geometry has loaded (panels can name municipalities). */
  geoReady: boolean;
  /** Whether a route change should move keyboard focus into the panel. */
  focus: 'panel' | 'none';
  /** The village or place name the user searched for, shown in the answer. */
  placeName: string | null;
  /**
   * The user's position after "Gebruik mijn locatie" ([longitude, latitude]) and
   * the municipality it lies in: the answer shown comes from it. Null once the
   * user goes elsewhere.
   */
  located: { position: [number, number]; code: string } | null;
  /** Brussels and Walloon municipalities, from the place index once it has loaded. */
  outside: OutsideTable | null;
  /** Sort order of the coverage table (not in the URL: a view preference). */
  sort: { key: SortKey; dir: 'ascending' | 'descending' };
}
