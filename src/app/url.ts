// The one owner of the URL. The hash is the saved form of the state: navigate()
// writes it (a new history entry, or in place with `replace`) and applies it at
// once; the browser's own hash changes (back, forward, a typed link) come in
// through the same apply. Routes and filters are compared by value, so a hash
// parsed anew never looks like a new selection to the views.
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import { formatHash, parseHash, urlChanges, type UrlState } from '../core/url-state';

export interface NavigateOptions {
  /** Rewrite the current history entry instead of adding one (presenter steps, language). */
  replace?: boolean;
  /** Move keyboard focus into the panel when the place changes (default), or leave it. */
  focus?: AppState['focus'];
}

export interface Url {
  navigate(patch: Partial<UrlState>, options?: NavigateOptions): void;
  /**
   * Leave presenter mode: back to the entry the presentation was started from when
   * the app added it, else the overview in place. Either way Back does not re-enter it.
   */
  leavePresenter(): void;
  /** The page in another language: the same place in history, the focus where it was (on the switch). */
  switchLanguage(lang: UrlState['lang']): void;
  dispose(): void;
}

/** Marks the history entry a presentation added, so leaving it can go back to where it started. */
const PRESENTER_ENTRY = 'gbo-presenter';

export function createUrl(store: Store<AppState>): Url {
  const apply = (hash: string, focus: AppState['focus'] = 'panel') => {
    const patch = urlChanges(store.get(), parseHash(hash));
    if (Object.keys(patch).length === 0) return;
    const placeKept = !patch.route || patch.route.kind === 'municipality';
    store.set({ ...patch, focus: patch.route ? focus : 'none', ...(placeKept ? {} : { placeName: null }) });
  };

  const navigate = (patch: Partial<UrlState>, options: NavigateOptions = {}) => {
    const current = store.get();
    const hash = formatHash({ ...current, ...patch });
    if (hash !== location.hash) {
      const entersPresenter =
        patch.route?.kind === 'presenter' && current.route.kind !== 'presenter' && !options.replace;
      if (options.replace) history.replaceState(history.state, '', hash);
      else history.pushState(entersPresenter ? PRESENTER_ENTRY : null, '', hash);
    }
    apply(hash, options.focus);
  };

  const onHashChange = () => apply(location.hash);

  // In-app links update the state at once instead of waiting for the browser's
  // asynchronous hashchange (which a busy map frame can delay). A fragment that is
  // not a route (the skip link's "#panel") only moves focus: it is no place to
  // navigate to, and must not show a "not found".
  const onClick = (e: MouseEvent) => {
    const a = (e.target as Element | null)?.closest?.('a[href^="#"]');
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const href = a.getAttribute('href') ?? '';
    const target = document.getElementById(href.slice(1));
    if (!href.startsWith('#/')) {
      e.preventDefault();
      // Focus without letting the browser scroll the whole page (its body does not
      // scroll): the panel that holds the target scrolls to it instead.
      target?.focus({ preventScroll: true });
      if (target) scrollWithin(target);
      return;
    }
    // A route whose panel the page already holds (the build's prerendered panels,
    // until the script has drawn its own): the browser follows the link itself, so
    // that CSS shows that panel (:target) in the next frame, however long the script
    // still needs before it can draw (a history entry of our own would not make it
    // the target). The state follows at once, so the panel the script then draws
    // is the same one.
    if (target) return apply(href);
    e.preventDefault();
    navigate(parseHash(href));
  };

  addEventListener('hashchange', onHashChange);
  document.addEventListener('click', onClick);
  return {
    navigate,
    leavePresenter() {
      if (store.get().route.kind !== 'presenter') return;
      if (history.state === PRESENTER_ENTRY) history.back();
      else navigate({ route: { kind: 'overview' } }, { replace: true });
    },
    // A language is no new place: Back leaves the view, not the language.
    switchLanguage: (lang) => navigate({ lang }, { replace: true, focus: 'none' }),
    dispose() {
      removeEventListener('hashchange', onHashChange);
      document.removeEventListener('click', onClick);
    },
  };
}

/**
 * Escape leaves a project, a municipality or the coverage view for the overview
 * (presenter mode has its own Escape). A list or a disclosure keeps its Escape.
 * → dispose().
 */
export function escapeToOverview(store: Store<AppState>, url: Pick<Url, 'navigate'>): () => void {
  const onKey = (e: KeyboardEvent) => {
    const kind = store.get().route.kind;
    if (e.key !== 'Escape' || kind === 'overview' || kind === 'presenter' || kind === 'console') return;
    if ((e.target as HTMLElement | null)?.closest?.('details > summary, select')) return;
    url.navigate({ route: { kind: 'overview' } });
  };
  addEventListener('keydown', onKey);
  return () => removeEventListener('keydown', onKey);
}

/** Scrolls the nearest scrolling ancestor of `target` (the panel) so that target is at its top. */
function scrollWithin(target: HTMLElement): void {
  let box = target.parentElement;
  while (box && !(box.scrollHeight > box.clientHeight && /auto|scroll/.test(getComputedStyle(box).overflowY)))
    box = box.parentElement;
  if (box) box.scrollTop += target.getBoundingClientRect().top - box.getBoundingClientRect().top;
}
