// A project's panel: its summary, municipalities, themes, target groups and
// partners, each tag with the answer's phrase behind it, and the answer's own text.
import type { AppState } from '../core/app-state';
import { summaryText, type Project, type Lang } from '../core/types';
import type { GeoData } from '../core/geo-data';
import { strings, formatNumber } from '../i18n';
import { h } from './dom';
import { compareNl } from '../core/collate';
import { swatch } from './swatch';
import { type PanelDeps, link, list, tagged, fromTheAnswer } from './panel-parts';

/** On today's boundaries: which members changed name or code since 2017. */
function renamed(state: AppState, project: Project, geo: GeoData) {
  const t = strings[state.lang];
  const notes = project.municipalities
    .map((c) => geo.municipalities.get(c)!)
    .filter((m) => m.nu !== m.code || geo.current.get(m.nu)?.naam !== m.naam)
    .map((m) => t.renamedNote(m.naam, `${geo.current.get(m.nu)?.naam ?? m.nu} (${m.nu})`));
  return h('p', { class: 'muted renames' }, notes.length ? notes.join(' ') : t.noRenames);
}

export function projectPanel(state: AppState, deps: PanelDeps, project: Project) {
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
