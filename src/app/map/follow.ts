// What the map does when the state changes, and when. A new view or filter moves
// the camera only after the panel has painted (a map frame in software WebGL can
// take longer than the panel update, and the panel is what the user asked for),
// always to the latest state; a new language re-words the names after the panel
// has painted in it; boundaries, zones and the position marker are drawn at once.
// followState(store, map) → { framePending(), dispose() }.
import type { Store } from '../../core/store';
import type { AppState } from '../../core/app-state';
import { sameFilter, sameRoute } from '../../core/url-state';
import { layoutOf } from '../../core/view-effects';
import { afterNextPaint } from '../../render/after-paint';

export interface FollowedMap {
  /** Whether there is a map to follow the state yet. */
  present(): boolean;
  /** Draw the state; `animate` flies the camera, `fit` frames the view anew. */
  show(state: AppState, animate: boolean, fit?: boolean): void;
  /** The map's box may have changed (the panel's layout did). */
  resize(): void;
  /** A view change is on its way: the map is busy until it is drawn. */
  busy(): void;
}

export function followState(store: Store<AppState>, map: FollowedMap): { framePending(): boolean; dispose(): void } {
  let disposed = false;
  let framePending = false;
  const scheduleFrame = () => {
    map.busy();
    if (framePending) return;
    framePending = true;
    afterNextPaint(() => {
      framePending = false;
      if (!disposed) map.show(store.get(), true);
    });
  };
  let relabel: (() => void) | null = null;
  const relabelLater = () => {
    relabel ??= afterNextPaint(() => {
      relabel = null;
      if (!disposed) map.show(store.get(), false, false);
    });
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (!map.present()) return;
    if (layoutOf(s.route) !== layoutOf(prev.route)) map.resize();
    if (!sameRoute(s.route, prev.route) || !sameFilter(s.filter, prev.filter)) scheduleFrame();
    else if (s.lang !== prev.lang) relabelLater();
    else if (s.boundaries !== prev.boundaries || s.showElz !== prev.showElz || s.located !== prev.located)
      map.show(s, false, false);
  });
  return {
    framePending: () => framePending,
    dispose() {
      disposed = true;
      relabel?.();
      unsubscribe();
    },
  };
}
