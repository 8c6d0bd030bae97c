// The side panel (a bottom sheet on phones): overview, project and municipality.
// It is the screen-reader alternative to the canvas, so everything the map shows
// is here as text. renderPanel(state, deps) → the panel for the view;
// mounted on the page by ui/panel-mount.ts.
import type { AppState } from '../core/app-state';
import { sentencesText } from '../core/types';
import type { View } from '../core/resolve';
import { strings } from '../i18n';
import { h } from './dom';
import { renderCoverage } from './coverage-panel';
import { renderTakeAway } from './take-away';
import { swatch } from './swatch';
import { type PanelDeps, link, fromTheAnswer } from './panel-parts';
import { projectPanel } from './project-panel';
import { municipalityPanel, outsidePanel } from './place-panels';

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
