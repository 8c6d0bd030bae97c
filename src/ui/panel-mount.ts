// The panel on the page: drawn again when what it shows changes, with the focus
// where a keyboard user expects it (on the same control, the new heading, or the
// project they came back from). mountPanel(el, store, deps) → dispose().
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import { formatHash } from '../core/url-state';
import type { PanelDeps } from './panel-parts';
import { renderPanel } from './panel';

/** A selector that finds "the same" control after a re-render. */
function focusKey(el: Element | null): string | null {
  if (!(el instanceof HTMLElement)) return null;
  if (el.id) return `#${CSS.escape(el.id)}`;
  for (const attr of ['data-sort', 'data-project']) {
    const v = el.getAttribute(attr);
    if (v) return `[${attr}="${CSS.escape(v)}"]`;
  }
  return null;
}

const FOCUSABLE = 'a[href], button, summary, select, input, [tabindex]';

/** Where the focus is among the panel's focusable elements, by a key or else by its place in their order. */
function focusPlace(el: HTMLElement): { key: string | null; index: number } | null {
  const active = document.activeElement;
  if (!active || !el.contains(active)) return null;
  return { key: focusKey(active), index: [...el.querySelectorAll(FOCUSABLE)].indexOf(active) };
}

function refocus(el: HTMLElement, place: { key: string | null; index: number }): void {
  const target =
    (place.key ? el.querySelector<HTMLElement>(place.key) : null) ??
    el.querySelectorAll<HTMLElement>(FOCUSABLE)[place.index];
  target?.focus();
}

const samePlace = (a: AppState, b: AppState) => formatHash({ route: a.route }) === formatHash({ route: b.route });

export function mountPanel(el: HTMLElement, store: Store<AppState>, given: PanelDeps): () => void {
  const deps: PanelDeps = {
    ...given,
    coverage: { ...given.coverage, sort: () => store.get().sort, onSort: (sort) => store.set({ sort, focus: 'none' }) },
  };
  const render = (state: AppState, previous?: AppState) => {
    const lastProject = previous?.route.kind === 'project' ? previous.route.id : null;
    const kept = el.contains(document.activeElement) ? focusKey(document.activeElement) : null;
    const place = previous ? null : focusPlace(el);
    // A link of the prerendered panel to the view the page opens with: the user
    // followed it before the script ran (the build's page shows that view by :target).
    const followed =
      !previous &&
      place !== null &&
      document.activeElement?.getAttribute('href') === formatHash({ route: state.route });
    el.replaceChildren(renderPanel(state, deps));
    // First load: the focus stays where the browser put it; on the build's
    // prerendered panel (a keyboard user who began before the script ran), on
    // the same control of the panel drawn now, or, when they had just followed a
    // link to this view, on its heading, as after any navigation.
    if (!previous) {
      if (followed) return el.querySelector<HTMLElement>('#panel-heading')?.focus();
      return place ? refocus(el, place) : undefined;
    }
    if (samePlace(state, previous)) {
      // Sorting, filtering, a language switch: keep focus on the control used.
      if (kept) el.querySelector<HTMLElement>(kept)?.focus();
      return;
    }
    if (state.focus === 'none') return;
    if (previous.route.kind === 'presenter' && state.route.kind !== 'presenter') {
      // Back from a presentation: to the control that started it.
      (
        el.querySelector<HTMLElement>('[data-action="present"]') ?? el.querySelector<HTMLElement>('#panel-heading')
      )?.focus();
    } else if (state.route.kind === 'overview' && lastProject) {
      el.querySelector<HTMLElement>(`[data-project="${CSS.escape(lastProject)}"]`)?.focus();
    } else {
      el.querySelector<HTMLElement>('#panel-heading')?.focus();
    }
  };
  render(store.get());
  const unsubscribe = store.subscribe((s, prev) => {
    const changed = (
      ['route', 'lang', 'placeName', 'placesFailed', 'filter', 'boundaries', 'sort', 'outside', 'located'] as const
    ).some((k) => s[k] !== prev[k]);
    if (changed) render(s, prev);
  });
  return () => {
    unsubscribe();
    el.replaceChildren();
  };
}
