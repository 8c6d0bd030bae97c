// The place search: an ARIA 1.2 combobox (input + listbox). Arrow keys move,
// Enter picks, Escape closes. The index loads on first use, not at start-up.
// mountSearch(el, store, deps) → dispose().
import type { Lang } from '../core/types';
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import { search, MAX_QUERY, type SearchEntry } from '../core/search';
import { strings } from '../i18n';
import { h } from './dom';

export interface SearchDeps {
  loadIndex(): Promise<SearchEntry[]>;
  describe(entry: SearchEntry, lang: Lang): string;
  onPick(entry: SearchEntry): void;
  onLocate(): void;
}

export function mountSearch(el: HTMLElement, store: Store<AppState>, deps: SearchDeps): () => void {
  const lang = () => store.get().lang;
  const { input, list, status, locate, typed, focused } = buildBox(el);
  const box = listbox(input, list);
  let index: SearchEntry[] | null = null;
  let failed = false;
  let results: SearchEntry[] = [];
  relabelSearch(el, lang());

  let shown: AppState['route'] | null = null;
  const pick = (i: number) => {
    const entry = results[i];
    if (!entry) return;
    input.value = entry.name;
    box.close();
    deps.onPick(entry);
    shown = store.get().route;
  };
  const render = () => {
    results =
      showResults(box, status, input.value, index, lang(), (e, i) =>
        option(e, i, deps.describe(e, lang()), () => pick(i)),
      ) ?? results;
  };
  const showFailure = () => {
    status.textContent = strings[lang()].searchLoadError;
    box.show([note(strings[lang()].searchLoadError)]);
  };
  const ensureIndex = () => {
    if (index) return;
    deps.loadIndex().then(
      (i) => {
        index = i;
        failed = false;
        render();
      },
      () => {
        failed = true;
        showFailure();
      },
    );
  };
  const onInput = () => {
    failed = false;
    ensureIndex();
    render();
  };
  const onKey = comboKeys(input, list, box, { count: () => results.length, render, pick });
  const onLocate = () => deps.onLocate();
  const listeners = [
    ['focus', ensureIndex],
    ['input', onInput],
    ['keydown', onKey],
    ['blur', box.close],
  ] as const;
  for (const [type, fn] of listeners) input.addEventListener(type, fn as EventListener);
  locate.addEventListener('click', onLocate);
  // What was typed into the prerendered box is searched for now.
  if (typed) onInput();
  else if (focused) ensureIndex();
  // A new language re-labels the box and re-says what it shows, status included.
  const unsubscribe = store.subscribe((s, prev) => {
    // The box shows the place on screen, or nothing: going elsewhere clears it.
    if (s.route !== prev.route && s.route !== shown && document.activeElement !== input) {
      input.value = '';
      shown = null;
      box.close();
    }
    if (s.lang === prev.lang) return;
    relabelSearch(el, s.lang);
    if (failed) showFailure();
    else if (!list.hidden) render();
  });
  return () => {
    unsubscribe();
    for (const [type, fn] of listeners) input.removeEventListener(type, fn as EventListener);
    locate.removeEventListener('click', onLocate);
    el.replaceChildren();
  };
}

/** What the list shows for the query: nothing, "loading", the results (returned) or none found; and the status line says it. */
function showResults(
  box: Listbox,
  status: HTMLElement,
  q: string,
  index: SearchEntry[] | null,
  lang: Lang,
  item: (e: SearchEntry, i: number) => HTMLElement,
): SearchEntry[] | null {
  const t = strings[lang];
  if (!q.trim()) {
    box.close();
    status.textContent = '';
    return null;
  }
  if (!index) {
    status.textContent = t.searchLoading;
    box.show([note(t.searchLoading, 'search-loading')]);
    return null;
  }
  const results = search(index, q).map((r) => r.entry);
  box.show(results.length ? results.map(item) : [note(t.searchNoResults)]);
  status.textContent = results.length ? t.searchResults(results.length) : t.searchNoResults;
  return results;
}

/**
 * The box, its list, its status line and the locate button, drawn into `el`. The
 * build's prerendered box (src/prerender/) may already hold the user's first
 * letters and the focus: both carry over to the box drawn now.
 */
function buildBox(el: HTMLElement) {
  const input = h('input', {
    id: 'search-input',
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'search-list',
    maxlength: String(MAX_QUERY),
  });
  const label = h('label', { for: 'search-input', class: 'search-label' });
  const list = h('ul', { id: 'search-list', role: 'listbox', class: 'search-list', hidden: true });
  const status = h('p', { class: 'search-status visually-hidden', role: 'status', 'aria-live': 'polite' });
  // The promise that the position stays here is made where the button is, before it is pressed.
  const locate = h('button', { type: 'button', class: 'locate', 'aria-describedby': 'locate-privacy' });
  const privacy = h('p', { id: 'locate-privacy', class: 'locate-privacy' });
  const prior = el.querySelector<HTMLInputElement>('#search-input');
  const typed = prior?.value ?? '';
  const focused = prior !== null && document.activeElement === prior;
  el.replaceChildren(
    h(
      'div',
      { class: 'search', role: 'search' },
      label,
      h('div', { class: 'search-row' }, input, locate),
      list,
      status,
      privacy,
    ),
  );
  input.value = typed;
  if (focused) input.focus();
  return { input, list, status, locate, typed, focused };
}

interface Listbox {
  /** The option under the arrow keys, or -1. */
  active(): number;
  highlight(i: number): void;
  show(items: HTMLElement[]): void;
  close(): void;
}

/** The list under the box (ARIA 1.2 combobox): shown, closed, and the option the arrow keys are on. */
function listbox(input: HTMLInputElement, list: HTMLElement): Listbox {
  let active = -1;
  const highlight = (i: number) => {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', `search-option-${i}`);
      (list.children[i] as HTMLElement).scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  return {
    active: () => active,
    highlight,
    show(items) {
      list.replaceChildren(...items);
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight(-1);
    },
    close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    },
  };
}

/** A result: its name (with its postal code), what it is, picked by a click. */
function option(e: SearchEntry, i: number, detail: string, pick: () => void): HTMLElement {
  const li = h(
    'li',
    { id: `search-option-${i}`, role: 'option', 'aria-selected': 'false', class: 'search-option' },
    h('span', { class: 'opt-name' }, e.postcode !== undefined ? `${e.postcode} ${e.name}` : e.name),
    h('span', { class: 'opt-detail' }, detail),
  );
  li.addEventListener('mousedown', (ev) => ev.preventDefault()); // keep focus in the input
  li.addEventListener('click', pick);
  return li;
}

/** A line in the list that is no result: loading, none found, the index failed. */
const note = (text: string, extra = '') =>
  h(
    'li',
    {
      class: `search-empty${extra ? ` ${extra}` : ''}`,
      role: 'option',
      'aria-disabled': 'true',
      'aria-selected': 'false',
    },
    text,
  );

/** The combobox's keys: arrows move, Enter picks, Escape closes the list, then empties the box. */
function comboKeys(
  input: HTMLInputElement,
  list: HTMLElement,
  box: Listbox,
  results: { count(): number; render(): void; pick(i: number): void },
) {
  return (e: KeyboardEvent) => {
    const n = results.count();
    const active = box.active();
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (list.hidden) results.render();
      if (results.count()) box.highlight((box.active() + 1) % results.count());
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (n) box.highlight(active <= 0 ? n - 1 : active - 1);
    } else if (e.key === 'Enter') {
      if (!list.hidden && n) {
        e.preventDefault();
        results.pick(active >= 0 ? active : 0);
      }
    } else if (e.key === 'Escape') {
      // Escape closes the list first; only an empty, closed box lets it through.
      if (!list.hidden || input.value) {
        e.stopPropagation();
        if (list.hidden) input.value = '';
        box.close();
      }
    }
  };
}

/** Re-label after a language switch without losing what was typed. */
function relabelSearch(el: HTMLElement, lang: Lang): void {
  const t = strings[lang];
  const label = el.querySelector('.search-label');
  const input = el.querySelector<HTMLInputElement>('#search-input');
  const locate = el.querySelector('.locate');
  const privacy = el.querySelector('.locate-privacy');
  if (privacy) privacy.textContent = t.locatePrivacy;
  if (label) label.textContent = t.searchLabel;
  if (input) input.placeholder = t.searchPlaceholder;
  if (locate) locate.textContent = t.locate;
}
