// The presenter's console: a second window on the presenter's laptop, beside the
// slide on the projector. The slide now (small, with its map), the next step's
// title and map, every step to jump to, the time since the console opened and
// the clock, and notes: for a project the answer's own text with the passages
// the slide's sentences rest on marked; for the other steps the figures with
// their sources. Keys and clicker work here as on the slide; the app keeps the
// two windows in step (app/present/presenter-link.ts). mountConsole(el, ...) → dispose().
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import type { View } from '../core/resolve';
import type { Lang } from '../core/languages';
import { keyAction, type Step } from '../core/presentation';
import { formatElapsed, markPassages, passagesOf } from '../core/console-notes';
import { strings, formatNumber } from '../i18n';
import { h } from './dom';
import { slideBody, slideFigures, stepTitle, type SlideDeps } from './slide-card';

export interface ConsoleDeps extends SlideDeps {
  view(state: AppState): View;
  goTo(step: number): void;
  /** Draws the map of a step into host at its size (a picture, no interaction). */
  drawMap(host: HTMLElement, step: Step, lang: Lang): void;
  /** Opens the slide's window again; false when the browser refused. */
  openSlide(): boolean;
}

/** How often the elapsed time and the clock are redrawn. */
export const CONSOLE_TICK_MS = 1000;

/** The slide's own headings become plain text in its small copy: the console has its own outline. */
function flatten(nodes: HTMLElement[]): HTMLElement[] {
  return nodes.map((node) => {
    if (!/^H[1-6]$/.test(node.tagName)) return node;
    const div = h('div', { class: node.className || 'presenter-subhead' });
    div.append(...node.childNodes);
    return div;
  });
}

export function mountConsole(el: HTMLElement, store: Store<AppState>, deps: ConsoleDeps): () => void {
  let digits = '';
  let started = Date.now();
  let shownStep = 0;

  const heading = h('h1', { class: 'console-heading' });
  const linkLine = h('p', { class: 'console-link', role: 'status' });
  const reopen = h('button', { type: 'button', 'data-action': 'open-slide', hidden: true });
  const elapsedLabel = h('span', { class: 'console-time-label' });
  const elapsed = h('span', { class: 'console-elapsed' });
  const clockLabel = h('span', { class: 'console-time-label' });
  const clock = h('span', { class: 'console-clock' });
  const reset = h('button', { type: 'button', 'data-action': 'reset-time' });
  // Announces a new step once; the slide's window says nothing of its own.
  const live = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });

  const nowHeading = h('h2', { id: 'console-now-heading' });
  const slideMap = h('div', { class: 'console-map' });
  const slideCard = h('div', { class: 'console-card' });
  const blankNote = h('p', { class: 'console-blank-note', hidden: true });
  const slide = h('div', { class: 'console-slide' }, slideMap, slideCard, blankNote);
  const previous = h('button', { type: 'button', 'data-action': 'previous' });
  const blankButton = h('button', { type: 'button', 'data-action': 'blank', 'aria-pressed': 'false' });
  const next = h('button', { type: 'button', 'data-action': 'next' });

  const nextHeading = h('h2', { id: 'console-next-heading' });
  const nextTitle = h('p', { class: 'console-next-title' });
  const nextMap = h('div', { class: 'console-map console-next-map' });

  const notesHeading = h('h2', { id: 'console-notes-heading' });
  const notes = h('div', { class: 'console-notes-body' });

  const stepsHeading = h('h2', { id: 'console-steps-heading' });
  const stepList = h('ol', { class: 'console-steps' });
  const keys = h('p', { class: 'console-keys' });

  el.replaceChildren(
    h('header', { class: 'console-head' }, heading, h('div', { class: 'console-status' }, linkLine, reopen),
      h('div', { class: 'console-time' }, elapsedLabel, elapsed, clockLabel, clock, reset)),
    live,
    h('section', { class: 'console-now', 'aria-labelledby': 'console-now-heading' }, nowHeading, slide,
      h('div', { class: 'console-controls' }, previous, blankButton, next)),
    h('section', { class: 'console-next', 'aria-labelledby': 'console-next-heading' }, nextHeading, nextTitle, nextMap),
    // Focusable, as it scrolls: the keyboard reads a long answer too (ArrowUp/Down scroll it there).
    h('section', { class: 'console-notes', 'aria-labelledby': 'console-notes-heading', tabindex: '0' }, notesHeading, notes),
    h('nav', { class: 'console-nav', 'aria-labelledby': 'console-steps-heading' }, stepsHeading, stepList, keys),
  );

  const tick = () => {
    const t = strings[store.get().lang];
    elapsed.textContent = formatElapsed(Date.now() - started);
    clock.textContent = new Intl.DateTimeFormat(t.locale, { hour: '2-digit', minute: '2-digit' }).format(Date.now());
  };

  const renderStatus = (s: AppState) => {
    const t = strings[s.lang];
    linkLine.textContent = s.link === 'linked' ? t.consoleLinked
      : s.link === 'other-closed' ? t.consoleSlideClosed
        : s.link === 'unavailable' ? t.consoleUnavailable(t.consoleNoChannel)
          : t.consoleAlone;
    linkLine.dataset.link = s.link;
    reopen.hidden = s.link !== 'other-closed' && s.link !== 'alone';
    blankNote.hidden = !s.blank;
    blankButton.setAttribute('aria-pressed', String(s.blank));
  };

  /** The step list is built once per language, so a click keeps its focus; the current step is marked. */
  let listLang: Lang | null = null;
  const renderList = (v: Extract<View, { kind: 'console' }>, lang: Lang) => {
    if (listLang !== lang) {
      listLang = lang;
      stepList.replaceChildren(...v.steps.map((step, i) => {
        const b = h('button', { type: 'button', 'data-step': String(i + 1) }, `${i + 1}. ${stepTitle(step, lang)}`);
        b.addEventListener('click', () => deps.goTo(i + 1));
        return h('li', {}, b);
      }));
    }
    stepList.querySelectorAll('button').forEach((b) => {
      if (b.dataset.step === String(v.step)) b.setAttribute('aria-current', 'step');
      else b.removeAttribute('aria-current');
    });
  };

  const renderNotes = (step: Step, lang: Lang) => {
    const t = strings[lang];
    if (step.kind === 'project') {
      notesHeading.textContent = `${t.consoleNotes}: ${step.project.name}`;
      notes.replaceChildren(
        h('p', { class: 'console-notes-about' }, t.consoleNotesProject),
        h('blockquote', { lang: 'nl' }, ...markPassages(step.project.sourceText, passagesOf(step.project)).map((para) =>
          h('p', {}, ...para.map((seg) => seg.marked ? h('mark', {}, seg.text) : seg.text)))),
        h('p', { class: 'citation' }, deps.doc.source[lang]),
      );
    } else {
      const members = new Set(deps.doc.projects.flatMap((p) => p.municipalities)).size;
      notesHeading.textContent = `${t.consoleNotes}: ${t.consoleNotesFigures}`;
      notes.replaceChildren(h('ul', {},
        h('li', {}, t.consoleFigureProjects(deps.doc.projects.length, formatNumber(members, lang))),
        h('li', {}, slideFigures(lang, deps), h('br'), h('span', { class: 'console-source' }, t.presenterFiguresSource))));
    }
  };

  const render = (s: AppState) => {
    const v = deps.view(s);
    if (v.kind !== 'console') {
      el.hidden = true;
      return;
    }
    const t = strings[s.lang];
    if (el.hidden) started = Date.now(); // the time runs from when the console is shown
    el.hidden = false;
    heading.textContent = t.consoleTitle;
    elapsedLabel.textContent = t.consoleElapsed;
    clockLabel.textContent = t.consoleClock;
    reset.textContent = t.consoleReset;
    reopen.textContent = t.consoleOpenSlide;
    previous.textContent = t.consolePrevious;
    next.textContent = t.consoleNextButton;
    blankButton.textContent = t.consoleBlank;
    blankNote.textContent = t.consoleBlankOn;
    stepsHeading.textContent = t.consoleSteps;
    keys.textContent = t.consoleKeys;
    nowHeading.textContent = `${t.consoleNow} · ${t.presenterStepLabel(v.step, v.total)}: ${stepTitle(v.current, s.lang)}`;
    slide.setAttribute('aria-label', t.consoleSlideLabel);
    slide.setAttribute('role', 'group');
    slideCard.replaceChildren(...flatten(slideBody(v.current, s.lang, deps, null)));
    nextHeading.textContent = t.consoleNext;
    nextTitle.textContent = v.next ? stepTitle(v.next, s.lang) : t.consoleLast;
    nextMap.hidden = !v.next;
    previous.disabled = v.step === 1;
    next.disabled = v.step === v.total;
    renderList(v, s.lang);
    renderNotes(v.current, s.lang);
    renderStatus(s);
    tick();
    if (shownStep && shownStep !== v.step) live.textContent = t.consoleStepAnnounced(v.step, v.total, stepTitle(v.current, s.lang));
    shownStep = v.step;
    deps.drawMap(slideMap, v.current, s.lang);
    if (v.next) deps.drawMap(nextMap, v.next, s.lang);
  };

  const current = () => {
    const v = deps.view(store.get());
    return v.kind === 'console' ? v : null;
  };
  previous.addEventListener('click', () => { const v = current(); if (v && v.step > 1) deps.goTo(v.step - 1); });
  next.addEventListener('click', () => { const v = current(); if (v && v.step < v.total) deps.goTo(v.step + 1); });
  blankButton.addEventListener('click', () => store.set({ blank: !store.get().blank }));
  reset.addEventListener('click', () => { started = Date.now(); tick(); });
  reopen.addEventListener('click', () => { deps.openSlide(); });

  const onKey = (e: KeyboardEvent) => {
    const v = current();
    if (!v || e.altKey || e.ctrlKey || e.metaKey) return;
    // Enter and Space press the console's own buttons; Tab moves between them.
    if ((e.key === 'Enter' || e.key === ' ') && e.target instanceof HTMLButtonElement) return;
    if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && e.target instanceof Element && e.target.closest('.console-notes')) return;
    const action = keyAction(e.key, v.step, v.total, digits);
    if (action.type === 'none' || action.type === 'exit' || action.type === 'help' || action.type === 'console') return;
    e.preventDefault();
    digits = action.type === 'digits' ? action.digits : '';
    if (action.type === 'go') {
      if (store.get().blank) store.set({ blank: false });
      if (action.step !== v.step) deps.goTo(action.step);
    } else if (action.type === 'blank') store.set({ blank: !store.get().blank });
  };

  render(store.get());
  const timer = setInterval(() => { if (!el.hidden) tick(); }, CONSOLE_TICK_MS);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.route !== prev.route || s.lang !== prev.lang) render(s);
    else if (s.link !== prev.link || s.blank !== prev.blank) renderStatus(s);
  });
  document.addEventListener('keydown', onKey);
  return () => {
    clearInterval(timer);
    unsubscribe();
    document.removeEventListener('keydown', onKey);
    el.replaceChildren();
  };
}
