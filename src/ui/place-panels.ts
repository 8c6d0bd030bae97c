// The answers to a place: a municipality (its pilot, or the nearest pilots), a
// place outside Flanders (Brussels with its nearest pilots, Wallonia), and the
// message when the place index failed to load.
import type { AppState } from '../core/app-state';
import { summaryText, type Project } from '../core/types';
import type { View } from '../core/resolve';
import { answerFor, nearestToBrussels } from '../core/answer';
import { strings, formatNumber } from '../i18n';
import { h } from './dom';
import { type PanelDeps, link, nearestList } from './panel-parts';

export function municipalityPanel(state: AppState, deps: PanelDeps, view: Extract<View, { kind: 'municipality' }>) {
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

export function outsidePanel(state: AppState, deps: PanelDeps, view: Extract<View, { kind: 'outside' }>) {
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
