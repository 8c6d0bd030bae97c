// Going to a place: one picked in the search box, or the user's own position. (The
// rule that the position's marker belongs to the answer it gave, so going anywhere
// else removes it, is the state's own: settleState in core/app-state.ts.)
// mountPlaces(store, url, statusLine, geo) → { fromSearch, fromPosition, status }.
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import type { GeoData } from '../core/geo-data';
import type { SearchEntry } from '../core/search';
import { searchPickTarget } from '../core/picks';
import type { Url } from './url';

export interface Places {
  /**
   * A place picked in the search box: its municipality's answer, naming the place.
   * The focus stays in the search box, where the user was typing.
   */
  fromSearch(entry: Pick<SearchEntry, 'kind' | 'codes' | 'name'>): void;
  /**
   * The user's own position, found in `code`: its municipality's answer, with the
   * position marked. The focus goes to the panel, which says the answer.
   */
  fromPosition(code: string, position: [number, number]): void;
  /** The line under the search box that says what locating found. */
  status(message: string): void;
}

export function mountPlaces(
  store: Store<AppState>,
  url: Pick<Url, 'navigate'>,
  statusLine: HTMLElement,
  geo: Pick<GeoData, 'municipalities'>,
): Places {
  const go = (code: string, placeName: string | null, focus: AppState['focus'], located: AppState['located']) => {
    statusLine.textContent = '';
    store.set({ placeName, located });
    url.navigate({ route: { kind: 'municipality', code } }, { focus });
  };
  return {
    fromSearch(entry) {
      const { code, placeName } = searchPickTarget(entry, geo);
      go(code, placeName, 'none', null);
    },
    fromPosition(code, position) {
      go(code, null, 'panel', { position, code });
    },
    status(message) {
      statusLine.textContent = message;
    },
  };
}
