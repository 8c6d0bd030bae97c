// The side panel (a bottom sheet on phones): overview, project and municipality.
// It is the screen-reader alternative to the canvas, so everything the map shows
// is here as text. mountPanel(el, ...) → dispose().
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import { sentencesText, summaryText, type Project, type ProjectsDoc, type Lang, type Sentence } from '../core/types';
import type { View } from '../core/resolve';
import type { GeoData } from '../core/geo-data';
import { answerFor, nearestToBrussels, type AnswerContext, type NearbyPilot } from '../core/answer';
import { formatHash } from '../core/url-state';
import { strings, formatNumber } from '../i18n';
import { h } from './dom';
import { renderCoverage, type CoverageDeps } from './coverage-panel';
import { compareNl } from '../core/collate';
import { renderTakeAway } from './take-away';
import { swatch } from './swatch';

export interface PanelDeps {
  doc: ProjectsDoc;
  geo: GeoData;
  view(state: AppState): View;
  projectOf(code: string): Project | null;
  /** What the answer to a place is made from (core/answer.ts): the projects, the municipalities' centres. */
  answers: AnswerContext;
  /** Loads the place index again after it failed. */
  retryPlaces(): void;
  onZoomTo(project: Project): void;
  /** The coverage view's data and filter; its table's sort is the panel's own (kept in the store, not the URL). */
  coverage: Omit<CoverageDeps, 'sort' | 'onSort'> & Partial<Pick<CoverageDeps, 'sort' | 'onSort'>>;
}

// Links keep the page-wide options (language, boundaries, zones); filters belong
// to the coverage view only, and formatHash drops them elsewhere.
const link = (
  state: AppState,
  route: AppState['route'],
  content: string | Node[],
  attrs: Record<string, string> = {},
) =>
  h('a', { href: formatHash({ ...state, route }), ...attrs }, ...(typeof content === 'string' ? [content] : content));

/** The pilots nearest to a place outside them (a municipality without one, Brussels), each a link, with how far and from where. */
function nearestList(state: AppState, nearest: NearbyPilot[]): HTMLElement {
  const t = strings[state.lang];
  return h(
    'ul',
    {},
    ...nearest.map((n) =>
      h(
        'li',
        {},
        link(
          state,
          { kind: 'project', id: n.project.id },
          t.nearestItem(n.project.name, n.via.naam, formatNumber(n.km, state.lang, 1)),
        ),
      ),
    ),
  );
}

function list(title: string, items: string[], empty?: string) {
  return h(
    'div',
    { class: 'facts' },
    h('h3', {}, title),
    items.length ? h('ul', {}, ...items.map((i) => h('li', {}, i))) : empty ? h('p', { class: 'muted' }, empty) : null,
  );
}

/** Tags in the app's words, each with the answer's own phrase beside it (in Dutch): what justifies it. */
function tagged(state: AppState, title: string, items: { label: string; phrase: string }[], empty: string) {
  const t = strings[state.lang];
  return h(
    'div',
    { class: 'facts' },
    h('h3', {}, title),
    items.length
      ? h(
          'ul',
          {},
          ...items.map((g) =>
            h(
              'li',
              {},
              g.label,
              ' ',
              h('span', { class: 'muted phrase' }, '(', t.inTheAnswer, ' ', h('q', { lang: 'nl' }, g.phrase), ')'),
            ),
          ),
        )
      : h('p', { class: 'muted' }, empty),
  );
}

/**
 * Each sentence with the passages it rests on. Where any rests on the question,
 * each sentence's passages say whose words they are: the question's (the
 * questioner's) or the answer's (the minister's).
 */
function fromTheAnswer(sentences: Sentence[], lang: Lang) {
  const t = strings[lang];
  const asked = sentences.some((s) => s.fromQuestion?.length);
  const quotes = (label: string | null, passages: string[]) =>
    passages.length
      ? [
          label ? h('p', { class: 'from-label muted' }, label) : null,
          h('blockquote', { lang: 'nl' }, ...passages.map((q) => h('p', {}, `“${q}”`))),
        ]
      : [];
  return h(
    'details',
    { class: 'from-answer' },
    h('summary', {}, asked ? t.fromQuestionAndAnswer : t.fromAnswer),
    h(
      'ol',
      {},
      ...sentences.map((s) =>
        h(
          'li',
          {},
          h('p', { class: 'from-sentence' }, s[lang]),
          ...quotes(asked ? t.inTheQuestion : null, s.fromQuestion ?? []),
          ...quotes(asked ? t.inTheAnswerLabel : null, s.from),
        ),
      ),
    ),
  );
}

function overview(state: AppState, deps: PanelDeps, view: Extract<View, { kind: 'overview' }>) {
  const t = strings[state.lang];
  return h(
    'section',
    { class: 'panel-body', 'aria-labelledby': 'panel-heading' },
    // What the user typed is isolated from the app's sentence: direction marks in
    // it cannot mirror the words around it.
    view.notFound
      ? h(
          'p',
          { class: 'notice', role: 'status' },
          t.notFound[0],
          h('bdi', {}, view.notFound.slice(0, 80)),
          t.notFound[1],
        )
      : null,
    h('h2', { id: 'panel-heading', tabindex: '-1' }, t.overviewHeading),
    h('p', { class: 'intro' }, sentencesText(deps.doc.intro, state.lang)),
    fromTheAnswer(deps.doc.intro, state.lang),
    h(
      'p',
      { class: 'actions' },
      link(state, { kind: 'coverage' }, t.coverageLink, { class: 'button-link' }),
      link(state, { kind: 'presenter', step: 1 }, t.startPresentation, {
        class: 'button-link',
        'data-action': 'present',
      }),
    ),
    h('h3', {}, t.projectsHeading(deps.doc.projects.length)),
    h(
      'ul',
      { class: 'project-list' },
      ...deps.doc.projects.map((p, i) =>
        h(
          'li',
          {},
          link(
            state,
            { kind: 'project', id: p.id },
            [
              swatch(i),
              h('span', { class: 'name' }, p.name),
              h('span', { class: 'count' }, t.municipalitiesCount(p.municipalities.length)),
            ],
            { 'data-project': p.id },
          ),
        ),
      ),
    ),
    renderTakeAway(state.lang, deps.doc, deps.geo),
  );
}

/** On today's boundaries: which members changed name or code since 2017. */
function renamed(state: AppState, project: Project, geo: GeoData) {
  const t = strings[state.lang];
  const notes = project.municipalities
    .map((c) => geo.municipalities.get(c)!)
    .filter((m) => m.nu !== m.code || geo.current.get(m.nu)?.naam !== m.naam)
    .map((m) => t.renamedNote(m.naam, `${geo.current.get(m.nu)?.naam ?? m.nu} (${m.nu})`));
  return h('p', { class: 'muted renames' }, notes.length ? notes.join(' ') : t.noRenames);
}

function projectPanel(state: AppState, deps: PanelDeps, project: Project) {
  const t = strings[state.lang];
  const lang: Lang = state.lang;
  const geo = deps.geo;
  const index = deps.doc.projects.indexOf(project);
  const nameOf = (code: string) => geo.municipalities.get(code)?.naam ?? code;
  const members = [...project.municipalities].sort((a, b) => compareNl(nameOf(a), nameOf(b)));
  const population = project.municipalities.reduce((s, c) => s + (geo.municipalities.get(c)?.pop ?? 0), 0);
  const zoom = h('button', { type: 'button', class: 'zoom' }, t.zoomTo);
  zoom.addEventListener('click', () => deps.onZoomTo(project));
  return h(
    'section',
    { class: 'panel-body', 'aria-labelledby': 'panel-heading' },
    link(state, { kind: 'overview' }, `← ${t.back}`, { class: 'back' }),
    h('h2', { id: 'panel-heading', tabindex: '-1' }, swatch(index), project.name),
    population
      ? h(
          'p',
          { class: 'muted' },
          `${t.municipalitiesCount(project.municipalities.length)} · ${t.inhabitants(formatNumber(population, lang))}`,
        )
      : null,
    h('p', { class: 'summary' }, summaryText(project, lang)),
    zoom,
    fromTheAnswer(project.summary, lang),
    h(
      'div',
      { class: 'facts members-block' },
      h('h3', {}, t.members),
      h(
        'ul',
        { class: 'members' },
        ...members.map((c) => h('li', {}, link(state, { kind: 'municipality', code: c }, nameOf(c)))),
      ),
    ),
    state.boundaries === '2025' ? renamed(state, project, geo) : null,
    project.subAreas?.length
      ? list(
          t.subAreas,
          project.subAreas.map((s) => s.label[lang]),
        )
      : null,
    tagged(
      state,
      t.themes,
      project.themes.map((k) => ({ label: deps.doc.themes[k.type]?.[lang] ?? k.type, phrase: k.phrase })),
      t.noneNamed,
    ),
    tagged(
      state,
      t.targetGroups,
      project.targetGroups.map((g) => ({
        label: deps.doc.targetGroupTypes[g.type]?.[lang] ?? g.type,
        phrase: g.phrase,
      })),
      t.noneNamed,
    ),
    tagged(
      state,
      t.partners,
      project.partners.map((q) => ({ label: q.name, phrase: q.phrase })),
      t.noneNamed,
    ),
    h(
      'details',
      { class: 'source-text' },
      h('summary', {}, t.sourceText),
      h('blockquote', { lang: 'nl' }, ...project.sourceText.split('\n').map((para) => h('p', {}, para))),
    ),
    h('p', { class: 'citation' }, h('strong', {}, `${t.source}: `), deps.doc.source[lang]),
  );
}

function municipalityPanel(state: AppState, deps: PanelDeps, view: Extract<View, { kind: 'municipality' }>) {
  const t = strings[state.lang];
  const answer = answerFor(
    view.parts.map((m) => m.code),
    deps.answers,
  );
  const single = view.parts.length === 1;
  const projects = [...new Set(answer.parts.map((p) => p.project).filter((p): p is Project => !!p))];
  const first = view.parts[0];
  return h(
    'section',
    { class: 'panel-body', 'aria-labelledby': 'panel-heading' },
    link(state, { kind: 'overview' }, `← ${t.back}`, { class: 'back' }),
    h('h2', { id: 'panel-heading', tabindex: '-1' }, view.name),
    single ? null : h('p', {}, t.currentMadeOf(view.parts.map((m) => m.naam).join(', '), first?.fusie ?? null)),
    ...answer.parts.flatMap(({ municipality: m, project, nowIn }) => {
      // After "Gebruik mijn locatie" the answer says it comes from the position.
      const place = single && state.located ? t.yourLocation : single && state.placeName ? state.placeName : m.naam;
      return [
        h('p', { class: 'answer' }, project ? t.answerIn(place, m.naam, project.name) : t.answerNone(place, m.naam)),
        nowIn && single ? h('p', {}, t.answerNowIn(m.naam, nowIn)) : null,
      ];
    }),
    h(
      'p',
      { class: 'muted' },
      t.inhabitants(
        formatNumber(
          view.parts.reduce((s, m) => s + m.pop, 0),
          state.lang,
        ),
      ),
    ),
    ...projects.flatMap((p) => [
      h('p', { class: 'summary' }, summaryText(p, state.lang)),
      h('p', {}, link(state, { kind: 'project', id: p.id }, t.openProject(p.name), { class: 'button-link' })),
    ]),
    answer.nearest.length
      ? h(
          'div',
          { class: 'facts nearest' },
          h('h3', {}, t.nearestHeading),
          h('p', { class: 'muted' }, t.nearestExplain(first?.naam ?? view.name)),
          nearestList(state, answer.nearest),
        )
      : null,
    h(
      'div',
      { class: 'facts help-today' },
      h('h3', {}, t.helpToday),
      h('p', {}, t.helpTodayText),
      // A plain link: nothing is fetched from De Sociale Kaart.
      h('a', { href: 'https://www.desocialekaart.be/', rel: 'noopener noreferrer', target: '_blank' }, t.helpTodayLink),
    ),
  );
}

/** The place index failed: say which file and why, and offer to try again. */
function placesError(state: AppState, deps: PanelDeps) {
  const t = strings[state.lang];
  const retry = h('button', { type: 'button', class: 'zoom' }, t.retry);
  retry.addEventListener('click', () => deps.retryPlaces());
  return h('div', { class: 'error', role: 'alert' }, h('p', {}, state.placesFailed ?? ''), retry);
}

function outsidePanel(state: AppState, deps: PanelDeps, view: Extract<View, { kind: 'outside' }>) {
  const t = strings[state.lang];
  const name = view.names ? t.outsideName(view.names.nl, view.names.fr) : null;
  // A place is named apart only when it is not the municipality itself.
  const place =
    view.names && state.placeName && ![view.names.nl, view.names.fr].includes(state.placeName) ? state.placeName : null;
  const nearest = view.region === 'brussels' ? nearestToBrussels(deps.answers) : [];
  return h(
    'section',
    { class: 'panel-body', 'aria-labelledby': 'panel-heading' },
    link(state, { kind: 'overview' }, `← ${t.back}`, { class: 'back' }),
    h(
      'h2',
      { id: 'panel-heading', tabindex: '-1' },
      name ?? state.placeName ?? (state.placesFailed ? t.loadError : t.loading),
    ),
    !name && state.placesFailed ? placesError(state, deps) : null,
    name
      ? h(
          'p',
          { class: 'answer' },
          t.outsideAnswer(place, name, view.region, t.walloonProvince(view.names?.province ?? '')),
        )
      : null,
    h('p', {}, t.outsideNoPilot),
    nearest.length
      ? h(
          'div',
          { class: 'facts nearest' },
          h('h3', {}, t.nearestHeading),
          h('p', { class: 'muted' }, t.outsideNearestExplain),
          nearestList(state, nearest),
        )
      : null,
    h('p', {}, link(state, { kind: 'overview' }, t.outsideAllPilots, { class: 'button-link' })),
  );
}

export function renderPanel(state: AppState, deps: PanelDeps): HTMLElement {
  const view = deps.view(state);
  switch (view.kind) {
    case 'coverage': {
      const section = renderCoverage(state, { sort: () => state.sort, onSort: () => undefined, ...deps.coverage });
      section.append(renderTakeAway(state.lang, deps.doc, deps.geo));
      return section;
    }
    case 'overview':
      return overview(state, deps, view);
    case 'presenter':
    case 'console':
      return overview(state, deps, { kind: 'overview' }); // hidden behind the presenter card or the console
    case 'project':
      return projectPanel(state, deps, view.project);
    case 'municipality':
      return municipalityPanel(state, deps, view);
    case 'outside':
      return outsidePanel(state, deps, view);
  }
}

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
