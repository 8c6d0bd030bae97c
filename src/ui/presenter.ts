// Presenter mode: a full-screen map with one large card per step, driven by the
// keys a presentation clicker sends. The step is in the URL; the black screen is
// in the store, not the URL (a reload should not come back to a black screen).
// "P" or the console button opens the presenter's console in a second window.
// mountPresenter(el, ...) → dispose().
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import type { View } from '../core/resolve';
import { keyAction } from '../core/presentation';
import { strings } from '../i18n';
import { h } from './dom';
import { slideBody, type SlideDeps } from './slide-card';

export interface PresenterDeps extends SlideDeps {
  view(state: AppState): View;
  goTo(step: number): void;
  exit(): void;
  /** Opens the console; false when the browser refused the window. */
  openConsole(): boolean;
  /** Puts the slide full screen on another screen; resolves with what to tell the presenter, or null when done. Absent without the Window Management API. */
  toOtherScreen?: () => Promise<string | null>;
}

/** How long the key cheat sheet stays up: at the start, and after "?". */
export const KEYS_SHOWN_MS = 5000;

export function mountPresenter(el: HTMLElement, store: Store<AppState>, deps: PresenterDeps): () => void {
  const blank = h('div', { class: 'presenter-blank', hidden: true, role: 'status' });
  const tools = presenterTools(store, deps);

  const render = (state: AppState) => {
    const v = deps.view(state);
    if (v.kind !== 'presenter') {
      el.hidden = true;
      el.replaceChildren();
      tools.element.hidden = true;
      return;
    }
    if (el.hidden) tools.show(); // the presentation starts
    const t = strings[state.lang];
    el.hidden = false;
    el.replaceChildren(
      h(
        'section',
        { class: 'presenter-card', 'aria-labelledby': 'presenter-title', tabindex: '-1' },
        h(
          'p',
          { class: 'presenter-step', 'aria-label': t.presenterStepLabel(v.step, v.total) },
          t.presenterStep(v.step, v.total),
        ),
        ...slideBody(v.current, state.lang, deps, 'presenter-title'),
      ),
      // The map on the wall carries its credit, as every map of the app does.
      h('p', { class: 'presenter-credit' }, t.presenterMapCredit),
      tools.element,
      blank,
    );
    tools.relabel(state.lang);
    blank.textContent = t.presenterBlank;
    blank.hidden = !state.blank;
    fitCard(el.querySelector<HTMLElement>('.presenter-card'));
    // Keys must work at once, without a click into the page first.
    el.querySelector<HTMLElement>('.presenter-card')?.focus({ preventScroll: true });
  };
  const onKey = presenterKeys(store, deps, tools);

  // The slide's window dragged to the projector, or put full screen: the card fits anew.
  let refit = 0;
  const onResize = () => {
    cancelAnimationFrame(refit);
    refit = requestAnimationFrame(() => {
      if (!el.hidden) fitCard(el.querySelector<HTMLElement>('.presenter-card'));
    });
  };
  addEventListener('resize', onResize);

  render(store.get());
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.route !== prev.route || s.lang !== prev.lang) render(s);
    else if (s.blank !== prev.blank) blank.hidden = !s.blank;
  });
  // Capture phase: the presenter owns these keys before any other handler.
  document.addEventListener('keydown', onKey, true);
  return () => {
    tools.dispose();
    cancelAnimationFrame(refit);
    removeEventListener('resize', onResize);
    unsubscribe();
    document.removeEventListener('keydown', onKey, true);
    el.replaceChildren();
  };
}

interface PresenterTools {
  element: HTMLElement;
  /** Shows the keys and tools for a few seconds (longer while the keyboard is in them). */
  show(): void;
  openConsole(): void;
  relabel(lang: AppState['lang']): void;
  dispose(): void;
}

/**
 * The keys and tools are for the presenter, not the room: shown for a few seconds
 * when the presentation starts and when "?" is pressed, and while the keyboard is
 * in them; never on every slide.
 */
function presenterTools(store: Store<AppState>, deps: PresenterDeps): PresenterTools {
  const keys = h('p', { class: 'presenter-keys', 'aria-hidden': 'true' });
  const consoleButton = h('button', { type: 'button', 'data-action': 'open-console' });
  const screenButton = deps.toOtherScreen ? h('button', { type: 'button', 'data-action': 'other-screen' }) : null;
  const toolNote = h('p', { class: 'presenter-tool-note', role: 'status' });
  const element = h('div', { class: 'presenter-tools', hidden: true }, keys, consoleButton, screenButton, toolNote);
  let keysTimer: ReturnType<typeof setTimeout> | null = null;
  const show = () => {
    element.hidden = false;
    if (keysTimer) clearTimeout(keysTimer);
    keysTimer = setTimeout(() => {
      keysTimer = null;
      if (!element.contains(document.activeElement)) element.hidden = true;
    }, KEYS_SHOWN_MS);
  };
  element.addEventListener('focusout', (e) => {
    if (!keysTimer && !element.contains(e.relatedTarget as Node | null)) element.hidden = true;
  });
  const say = (text: string) => {
    toolNote.textContent = text;
    if (text) show();
  };
  const openConsole = () => say(deps.openConsole() ? '' : strings[store.get().lang].consoleBlocked);
  consoleButton.addEventListener('click', openConsole);
  screenButton?.addEventListener('click', () => {
    void deps.toOtherScreen?.().then((message) => say(message ?? ''));
  });
  return {
    element,
    show,
    openConsole,
    relabel(lang) {
      const t = strings[lang];
      keys.textContent = t.presenterKeys;
      consoleButton.textContent = t.openConsole;
      if (screenButton) screenButton.textContent = t.slideToOtherScreen;
    },
    dispose() {
      if (keysTimer) clearTimeout(keysTimer);
    },
  };
}

/** The slide's keys and clicker: a step, a number typed, the black screen, help, the console, leaving. */
function presenterKeys(store: Store<AppState>, deps: PresenterDeps, tools: PresenterTools): (e: KeyboardEvent) => void {
  let digits = '';
  return (e) => {
    const s = store.get();
    const v = deps.view(s);
    if (v.kind !== 'presenter' || e.altKey || e.ctrlKey || e.metaKey) return;
    // Enter and Space on the presenter's own buttons press them.
    if (
      (e.key === 'Enter' || e.key === ' ') &&
      e.target instanceof HTMLButtonElement &&
      tools.element.contains(e.target)
    )
      return;
    const action = keyAction(e.key, v.step, v.total, digits);
    if (action.type === 'none') return;
    e.preventDefault();
    e.stopPropagation();
    digits = action.type === 'digits' ? action.digits : '';
    if (action.type === 'go') {
      if (s.blank) store.set({ blank: false });
      if (action.step !== v.step) deps.goTo(action.step);
    } else if (action.type === 'blank') store.set({ blank: !s.blank });
    else if (action.type === 'help') tools.show();
    else if (action.type === 'console') tools.openConsole();
    else if (action.type === 'exit') deps.exit();
  };
}

/**
 * A long summary on a small projector: the card's type shrinks in small steps
 * until it fits, never below 80 % (at 1280×720 still 15 px), rather than clip.
 */
function fitCard(card: HTMLElement | null): void {
  if (!card) return;
  let fit = 1;
  card.style.setProperty('--fit', '1');
  while (card.scrollHeight > card.clientHeight && fit > 0.8) {
    fit = Math.round((fit - 0.04) * 100) / 100;
    card.style.setProperty('--fit', String(fit));
  }
}
