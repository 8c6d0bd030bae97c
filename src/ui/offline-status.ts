// The offline copy's state in words, at the foot of the panel: "Klaar voor offline
// gebruik" (with Safari's 7-day limit) or "Offline niet beschikbaar" with the
// reason, and a quiet notice when a new version is waiting. Never during a
// presentation: the notice waits until the presenter leaves presenter mode.
// mountOfflineStatus(el, store) → { ui, dispose }.
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import { strings } from '../i18n';
import { h } from './dom';
import { presentationStep } from '../core/presentation';

/** A talk is on: the slide or the presenter's console is showing. */
const presenting = (s: AppState) => presentationStep(s.route) !== null;

/** What the offline copy reports (src/app/offline.ts calls these). */
export interface OfflineUi {
  ready(): void;
  unavailable(reason: string): void;
  /** A new version is waiting; `apply` makes it take over (the page then reloads). */
  updateAvailable(apply: () => void): void;
}

export function mountOfflineStatus(el: HTMLElement, store: Store<AppState>): { ui: OfflineUi; dispose(): void } {
  let state: { kind: 'pending' } | { kind: 'ready' } | { kind: 'unavailable'; reason: string } = { kind: 'pending' };
  let update: (() => void) | null = null;
  const render = () => {
    const s = store.get();
    const t = strings[s.lang];
    const line =
      state.kind === 'ready'
        ? [h('p', {}, t.offlineReady), h('p', { class: 'muted' }, t.offlineSafari)]
        : state.kind === 'unavailable'
          ? [h('p', {}, t.offlineUnavailable(state.reason))]
          : [];
    const notice =
      update && !presenting(s)
        ? (() => {
            const button = h('button', { type: 'button', class: 'zoom' }, t.updateApply);
            const apply = update;
            button.addEventListener('click', () => {
              button.disabled = true;
              apply();
            });
            return h('p', { class: 'update-notice', role: 'status' }, `${t.updateAvailable} `, button);
          })()
        : null;
    el.replaceChildren(...line, ...(notice ? [notice] : []));
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.lang !== prev.lang || presenting(s) !== presenting(prev)) render();
  });
  return {
    ui: {
      ready() {
        state = { kind: 'ready' };
        render();
      },
      unavailable(reason) {
        state = { kind: 'unavailable', reason };
        render();
      },
      updateAvailable(apply) {
        update = apply;
        render();
      },
    },
    dispose() {
      unsubscribe();
      el.replaceChildren();
    },
  };
}
