// Going to a municipality from a search pick or from the user's position. (The rule
// that the position's marker belongs to the answer it gave, so going anywhere else
// removes it, is the state's own: settleState in core/app-state.ts.)
// mountLocation(store, navigate) → { go, status }.
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import type { Url } from './url';

export interface Location {
  /** Opens a municipality's answer, naming `placeName` in it, from `position` when the user's own. */
  go(code: string, placeName: string | null, focus?: AppState['focus'], position?: [number, number] | null): void;
  /** The line under the search box that says what locating found. */
  status(message: string): void;
}

export function mountLocation(store: Store<AppState>, url: Pick<Url, 'navigate'>, statusLine: HTMLElement): Location {
  return {
    go(code, placeName, focus = 'panel', position = null) {
      statusLine.textContent = '';
      store.set({ placeName, located: position ? { position, code } : null });
      url.navigate({ route: { kind: 'municipality', code } }, { focus });
    },
    status(message) {
      statusLine.textContent = message;
    },
  };
}
