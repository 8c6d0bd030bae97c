// What the panels share: their dependencies, links that keep the page-wide options,
// plain and tagged lists, the nearest pilots, and the answer's passages under each
// sentence.
import type { AppState } from '../core/app-state';
import type { Project, ProjectsDoc, Lang, Sentence } from '../core/types';
import type { View } from '../core/resolve';
import type { GeoData } from '../core/geo-data';
import type { AnswerContext, NearbyPilot } from '../core/answer';
import { formatHash } from '../core/url-state';
import { strings, formatNumber } from '../i18n';
import { h } from './dom';
import type { CoverageDeps } from './coverage-panel';

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
export const link = (
  state: AppState,
  route: AppState['route'],
  content: string | Node[],
  attrs: Record<string, string> = {},
) =>
  h('a', { href: formatHash({ ...state, route }), ...attrs }, ...(typeof content === 'string' ? [content] : content));

/** The pilots nearest to a place outside them (a municipality without one, Brussels), each a link, with how far and from where. */
export function nearestList(state: AppState, nearest: NearbyPilot[]): HTMLElement {
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

export function list(title: string, items: string[], empty?: string) {
  return h(
    'div',
    { class: 'facts' },
    h('h3', {}, title),
    items.length ? h('ul', {}, ...items.map((i) => h('li', {}, i))) : empty ? h('p', { class: 'muted' }, empty) : null,
  );
}

/** Tags in the app's words, each with the answer's own phrase beside it (in Dutch): what justifies it. */
export function tagged(state: AppState, title: string, items: { label: string; phrase: string }[], empty: string) {
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
export function fromTheAnswer(sentences: Sentence[], lang: Lang) {
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
