// A link to a Brussels or Walloon municipality names it from the place index
// (loaded on demand). When the index cannot be had, the state says what failed,
// so the panel can say so and offer a retry instead of "Laden…" for ever.
// mountOutsideNames(...) → { retry, dispose }.
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import type { View } from '../core/resolve';
import type { OutsideTable } from '../core/outside';

export interface OutsideNamesDeps<I extends { outside: OutsideTable }> {
  store: Store<AppState>;
  view(state: AppState): View;
  /** Loads the place index (or gives the one loaded); rejects with a message naming the file. */
  load(): Promise<I>;
}

export function mountOutsideNames<I extends { outside: OutsideTable }>({
  store,
  view,
  load: loadIndex,
}: OutsideNamesDeps<I>): { load(): Promise<I>; retry(): void; dispose(): void } {
  let disposed = false;
  /** The index, with its table of Brussels and Walloon names put in the state (the search's answers use it too). */
  const load = () =>
    loadIndex().then((index) => {
      if (!disposed && !store.get().outside) store.set({ outside: index.outside, placesFailed: null });
      return index;
    });
  const name = (s: AppState) => {
    if (view(s).kind !== 'outside' || s.outside) return;
    load().catch((e: unknown) => {
      if (!disposed) store.set({ placesFailed: e instanceof Error ? e.message : String(e) });
    });
  };
  name(store.get());
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.route !== prev.route) name(s);
  });
  return {
    load,
    retry() {
      store.set({ placesFailed: null });
      name(store.get());
    },
    dispose() {
      disposed = true;
      unsubscribe();
    },
  };
}
