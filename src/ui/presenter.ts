// Presenter mode: a full-screen map with one large card per step, driven by the
// keys a presentation clicker sends. The step is in the URL; blanking is not (a
// reload should not come back to a black screen). mountPresenter(el, ...) → dispose().
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import type { View } from '../core/resolve';
import type { Coverage } from '../core/coverage';
import type { GeoData } from '../core/geo-data';
import { summaryText, type ProjectsDoc } from '../core/types';
import { keyAction } from '../core/presentation';
import { projectColour } from '../core/palette';
import { strings, formatNumber } from '../i18n';
import { h } from './dom';
import { compareNl } from '../core/collate';

export interface PresenterDeps {
  doc: ProjectsDoc;
  geo: GeoData;
  view(state: AppState): View;
  coverage(): Coverage;
  goTo(step: number): void;
  exit(): void;
}

const swatch = (index: number) => {
  const s = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  s.style.background = projectColour(index);
  return s;
};

/** How long the key cheat sheet stays up: at the start, and after "?". */
export const KEYS_SHOWN_MS = 5000;

export function mountPresenter(el: HTMLElement, store: Store<AppState>, deps: PresenterDeps): () => void {
  let digits = '';
  const blank = h('div', { class: 'presenter-blank', hidden: true, role: 'status' });
  // The keys are for the presenter, not the room: shown for a few seconds when
  // the presentation starts and when "?" is pressed, never on every slide.
  const keys = h('p', { class: 'presenter-keys', 'aria-hidden': 'true', hidden: true });
  let keysTimer: ReturnType<typeof setTimeout> | null = null;
  const showKeys = () => {
    keys.hidden = false;
    if (keysTimer) clearTimeout(keysTimer);
    keysTimer = setTimeout(() => { keys.hidden = true; keysTimer = null; }, KEYS_SHOWN_MS);
  };

  const render = (state: AppState) => {
    const v = deps.view(state);
    if (v.kind !== 'presenter') {
      el.hidden = true;
      el.replaceChildren();
      blank.hidden = true;
      keys.hidden = true;
      return;
    }
    if (el.hidden) showKeys(); // the presentation starts
    const t = strings[state.lang];
    const c = deps.coverage();
    const figures = t.presenterFigures(formatNumber(c.covered.municipalities, state.lang),
      formatNumber(c.covered.population, state.lang),
      `${formatNumber((100 * c.covered.population) / c.total.population, state.lang, 1)} %`);
    const cur = v.current;
    const body = cur.kind === 'project'
      ? [
        h('h2', { id: 'presenter-title', class: 'presenter-title' }, swatch(deps.doc.projects.indexOf(cur.project)), cur.project.name),
        h('p', { class: 'presenter-summary' }, summaryText(cur.project, state.lang)),
        h('h3', {}, t.members),
        h('ul', { class: `presenter-members${cur.project.municipalities.length > 4 ? ' many' : ''}` },
          ...cur.project.municipalities.map((code) => deps.geo.municipalities.get(code)!.naam)
            .sort(compareNl).map((n) => h('li', {}, n))),
      ]
      : [
        h('h2', { id: 'presenter-title', class: 'presenter-title' }, cur.position === 'start' ? t.appTitle : t.presenterOverviewEnd),
        h('p', { class: 'presenter-summary' }, t.appSubtitle(deps.doc.projects.length)),
        h('p', { class: 'presenter-figures' }, figures),
        // Figures on a slide carry their source, small: a photo of the wall is quoted too.
        h('p', { class: 'presenter-source' }, t.presenterFiguresSource),
        // The key to the map: every project with its colour, whatever the
        // projector's size does to the names on the map.
        h('ul', { class: 'presenter-projects', 'aria-label': t.projectsHeading(deps.doc.projects.length) },
          ...deps.doc.projects.map((p, i) => h('li', {}, swatch(i), p.name))),
      ];
    el.hidden = false;
    el.replaceChildren(
      h('section', { class: 'presenter-card', 'aria-labelledby': 'presenter-title', tabindex: '-1' },
        h('p', { class: 'presenter-step', 'aria-label': t.presenterStepLabel(v.step, v.total) }, t.presenterStep(v.step, v.total)),
        ...body),
      keys,
      blank);
    keys.textContent = t.presenterKeys;
    blank.textContent = t.presenterBlank;
    fitCard(el.querySelector<HTMLElement>('.presenter-card'));
    // Keys must work at once, without a click into the page first.
    el.querySelector<HTMLElement>('.presenter-card')?.focus({ preventScroll: true });
  };

  const onKey = (e: KeyboardEvent) => {
    const v = deps.view(store.get());
    if (v.kind !== 'presenter' || e.altKey || e.ctrlKey || e.metaKey) return;
    const action = keyAction(e.key, v.step, v.total, digits);
    if (action.type === 'none') return;
    e.preventDefault();
    e.stopPropagation();
    digits = action.type === 'digits' ? action.digits : '';
    if (action.type === 'go') {
      blank.hidden = true;
      if (action.step !== v.step) deps.goTo(action.step);
    } else if (action.type === 'blank') blank.hidden = !blank.hidden;
    else if (action.type === 'help') showKeys();
    else if (action.type === 'exit') deps.exit();
  };

  render(store.get());
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.route !== prev.route || s.lang !== prev.lang) render(s);
  });
  // Capture phase: the presenter owns these keys before any other handler.
  document.addEventListener('keydown', onKey, true);
  return () => {
    if (keysTimer) clearTimeout(keysTimer);
    unsubscribe();
    document.removeEventListener('keydown', onKey, true);
    el.replaceChildren();
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
