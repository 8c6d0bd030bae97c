// The presenter's console: a second window on the presenter's laptop, beside the
// slide on the projector. The slide now (small, with its map), the next step's
// title and map, every step to jump to, the time since the console opened and
// the clock, and notes: for a project the answer's own text with the passages
// the slide's sentences rest on marked; for the other steps the figures with
// their sources. Keys and clicker work here as on the slide; the app keeps the
// two windows in step (app/present/presenter-link.ts). The notes are drawn by
// ./presenter-notes.ts, the keys read by ./console-keys.ts. mountConsole(el, ...) → dispose().
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import type { View } from '../core/resolve';
import type { Lang } from '../core/languages';
import type { Step } from '../core/presentation';
import { formatElapsed } from '../core/console-notes';
import { strings } from '../i18n';
import { h } from './dom';
import { slideBody, stepTitle, type SlideDeps } from './slide-card';
import { renderNotes } from './presenter-notes';
import { consoleKeys } from './console-keys';

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
  let started = Date.now();
  let shownStep = 0;
  const parts = consoleParts(el);
  const list = stepList(parts.stepList, deps.goTo);
  const tick = () => {
    const t = strings[store.get().lang];
    parts.elapsed.textContent = formatElapsed(Date.now() - started);
    parts.clock.textContent = new Intl.DateTimeFormat(t.locale, { hour: '2-digit', minute: '2-digit' }).format(
      Date.now(),
    );
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
    renderSteps(parts, v, s.lang, deps);
    list.render(v, s.lang);
    renderNotes(parts, v.current, s.lang, deps);
    renderStatus(parts, s);
    tick();
    if (shownStep && shownStep !== v.step)
      parts.live.textContent = t.consoleStepAnnounced(v.step, v.total, stepTitle(v.current, s.lang));
    shownStep = v.step;
    deps.drawMap(parts.slideMap, v.current, s.lang);
    if (v.next) deps.drawMap(parts.nextMap, v.next, s.lang);
  };

  const current = () => {
    const v = deps.view(store.get());
    return v.kind === 'console' ? v : null;
  };
  parts.previous.addEventListener('click', () => {
    const v = current();
    if (v && v.step > 1) deps.goTo(v.step - 1);
  });
  parts.next.addEventListener('click', () => {
    const v = current();
    if (v && v.step < v.total) deps.goTo(v.step + 1);
  });
  parts.blankButton.addEventListener('click', () => store.set({ blank: !store.get().blank }));
  parts.reset.addEventListener('click', () => {
    started = Date.now();
    tick();
  });
  parts.reopen.addEventListener('click', () => {
    deps.openSlide();
  });
  const onKey = consoleKeys(store, current, deps.goTo);

  render(store.get());
  const timer = setInterval(() => {
    if (!el.hidden) tick();
  }, CONSOLE_TICK_MS);
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.route !== prev.route || s.lang !== prev.lang) render(s);
    else if (s.link !== prev.link || s.blank !== prev.blank) renderStatus(parts, s);
  });
  document.addEventListener('keydown', onKey);
  return () => {
    clearInterval(timer);
    unsubscribe();
    document.removeEventListener('keydown', onKey);
    el.replaceChildren();
  };
}

type ConsoleView = Extract<View, { kind: 'console' }>;
type Parts = ReturnType<typeof consoleParts>;

/** The console's parts, laid out in `el`: its head (link, time), the slide now, the next step, the notes, every step. */
function consoleParts(el: HTMLElement) {
  const p = {
    heading: h('h1', { class: 'console-heading' }),
    linkLine: h('p', { class: 'console-link', role: 'status' }),
    reopen: h('button', { type: 'button', 'data-action': 'open-slide', hidden: true }),
    elapsedLabel: h('span', { class: 'console-time-label' }),
    elapsed: h('span', { class: 'console-elapsed' }),
    clockLabel: h('span', { class: 'console-time-label' }),
    clock: h('span', { class: 'console-clock' }),
    reset: h('button', { type: 'button', 'data-action': 'reset-time' }),
    // Announces a new step once; the slide's window says nothing of its own.
    live: h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' }),
    nowHeading: h('h2', { id: 'console-now-heading' }),
    slideMap: h('div', { class: 'console-map' }),
    slideCard: h('div', { class: 'console-card' }),
    blankNote: h('p', { class: 'console-blank-note', hidden: true }),
    previous: h('button', { type: 'button', 'data-action': 'previous' }),
    blankButton: h('button', { type: 'button', 'data-action': 'blank', 'aria-pressed': 'false' }),
    next: h('button', { type: 'button', 'data-action': 'next' }),
    nextHeading: h('h2', { id: 'console-next-heading' }),
    nextTitle: h('p', { class: 'console-next-title' }),
    nextMap: h('div', { class: 'console-map console-next-map' }),
    notesHeading: h('h2', { id: 'console-notes-heading' }),
    notes: h('div', { class: 'console-notes-body' }),
    stepsHeading: h('h2', { id: 'console-steps-heading' }),
    stepList: h('ol', { class: 'console-steps' }),
    keys: h('p', { class: 'console-keys' }),
  };
  const slide = h('div', { class: 'console-slide' }, p.slideMap, p.slideCard, p.blankNote);
  el.replaceChildren(
    h(
      'header',
      { class: 'console-head' },
      p.heading,
      h('div', { class: 'console-status' }, p.linkLine, p.reopen),
      h('div', { class: 'console-time' }, p.elapsedLabel, p.elapsed, p.clockLabel, p.clock, p.reset),
    ),
    p.live,
    h(
      'section',
      { class: 'console-now', 'aria-labelledby': 'console-now-heading' },
      p.nowHeading,
      slide,
      h('div', { class: 'console-controls' }, p.previous, p.blankButton, p.next),
    ),
    h(
      'section',
      { class: 'console-next', 'aria-labelledby': 'console-next-heading' },
      p.nextHeading,
      p.nextTitle,
      p.nextMap,
    ),
    // Focusable, as it scrolls: the keyboard reads a long answer too (ArrowUp/Down scroll it there).
    h(
      'section',
      { class: 'console-notes', 'aria-labelledby': 'console-notes-heading', tabindex: '0' },
      p.notesHeading,
      p.notes,
    ),
    h('nav', { class: 'console-nav', 'aria-labelledby': 'console-steps-heading' }, p.stepsHeading, p.stepList, p.keys),
  );
  return { ...p, slide };
}

/** The words of the console, the slide now and what comes next. */
function renderSteps(p: Parts, v: ConsoleView, lang: Lang, deps: SlideDeps): void {
  const t = strings[lang];
  p.heading.textContent = t.consoleTitle;
  p.elapsedLabel.textContent = t.consoleElapsed;
  p.clockLabel.textContent = t.consoleClock;
  p.reset.textContent = t.consoleReset;
  p.reopen.textContent = t.consoleOpenSlide;
  p.previous.textContent = t.consolePrevious;
  p.next.textContent = t.consoleNextButton;
  p.blankButton.textContent = t.consoleBlank;
  p.blankNote.textContent = t.consoleBlankOn;
  p.stepsHeading.textContent = t.consoleSteps;
  p.keys.textContent = t.consoleKeys;
  p.nowHeading.textContent = `${t.consoleNow} · ${t.presenterStepLabel(v.step, v.total)}: ${stepTitle(v.current, lang)}`;
  p.slide.setAttribute('aria-label', t.consoleSlideLabel);
  p.slide.setAttribute('role', 'group');
  p.slideCard.replaceChildren(...flatten(slideBody(v.current, lang, deps, null)));
  p.nextHeading.textContent = t.consoleNext;
  p.nextTitle.textContent = v.next ? stepTitle(v.next, lang) : t.consoleLast;
  p.nextMap.hidden = !v.next;
  p.previous.disabled = v.step === 1;
  p.next.disabled = v.step === v.total;
}

/** Whether the slide is reached, and the black screen. */
function renderStatus(p: Parts, s: AppState): void {
  const t = strings[s.lang];
  p.linkLine.textContent =
    s.link === 'linked'
      ? t.consoleLinked
      : s.link === 'other-closed'
        ? t.consoleSlideClosed
        : s.link === 'unavailable'
          ? t.consoleUnavailable(t.consoleNoChannel)
          : t.consoleAlone;
  p.linkLine.dataset.link = s.link;
  p.reopen.hidden = s.link !== 'other-closed' && s.link !== 'alone';
  p.blankNote.hidden = !s.blank;
  p.blankButton.setAttribute('aria-pressed', String(s.blank));
}

/** The step list is built once per language, so a click keeps its focus; the current step is marked. */
function stepList(list: HTMLElement, goTo: (step: number) => void): { render(v: ConsoleView, lang: Lang): void } {
  let listLang: Lang | null = null;
  return {
    render(v, lang) {
      if (listLang !== lang) {
        listLang = lang;
        list.replaceChildren(
          ...v.steps.map((step, i) => {
            const b = h('button', { type: 'button', 'data-step': String(i + 1) }, `${i + 1}. ${stepTitle(step, lang)}`);
            b.addEventListener('click', () => goTo(i + 1));
            return h('li', {}, b);
          }),
        );
      }
      list.querySelectorAll('button').forEach((b) => {
        if (b.dataset.step === String(v.step)) b.setAttribute('aria-current', 'step');
        else b.removeAttribute('aria-current');
      });
    },
  };
}
