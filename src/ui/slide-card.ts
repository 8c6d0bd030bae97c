// What a presenter's slide says for a step: the project's name, summary and
// members, or, on the opening and closing steps, the key figures with their
// source and every project with its colour. The slide and the console's small
// copy of it are built from this one function, so the two cannot differ.
import type { Step } from '../core/presentation';
import type { Coverage } from '../core/coverage';
import type { GeoData } from '../core/geo-data';
import type { Lang } from '../core/languages';
import { summaryText, type ProjectsDoc } from '../core/types';
import { swatch, swatchOf } from './swatch';
import { legendEntries } from '../core/legend';
import { compareNl } from '../core/collate';
import { strings, formatNumber, formatShare } from '../i18n';
import { h } from './dom';

export interface SlideDeps {
  doc: ProjectsDoc;
  geo: GeoData;
  coverage(): Coverage;
}

/** The key figures of the opening and closing slides, as one line. */
export function slideFigures(lang: Lang, deps: SlideDeps): string {
  const c = deps.coverage();
  return strings[lang].presenterFigures(
    formatNumber(c.covered.municipalities, lang),
    formatNumber(c.covered.population, lang),
    formatShare(c.covered.population, c.total.population, lang),
  );
}

/** The title of a step, as the slide shows it. */
export function stepTitle(step: Step, lang: Lang): string {
  const t = strings[lang];
  return step.kind === 'project' ? step.project.name : step.position === 'start' ? t.appTitle : t.presenterOverviewEnd;
}

/** The card's content for a step; `titleId` names the heading (ids must be unique per page). */
export function slideBody(step: Step, lang: Lang, deps: SlideDeps, titleId: string | null): HTMLElement[] {
  const t = strings[lang];
  const idAttr = titleId ? { id: titleId } : {};
  if (step.kind === 'project') {
    return [
      h(
        'h2',
        { ...idAttr, class: 'presenter-title' },
        swatch(deps.doc.projects.indexOf(step.project)),
        step.project.name,
      ),
      h('p', { class: 'presenter-summary' }, summaryText(step.project, lang)),
      h('h3', {}, t.members),
      h(
        'ul',
        { class: `presenter-members${step.project.municipalities.length > 4 ? ' many' : ''}` },
        ...step.project.municipalities
          .map((code) => deps.geo.municipalities.get(code)?.naam ?? code)
          .sort(compareNl)
          .map((n) => h('li', {}, n)),
      ),
    ];
  }
  return [
    h('h2', { ...idAttr, class: 'presenter-title' }, stepTitle(step, lang)),
    h('p', { class: 'presenter-summary' }, t.appSubtitle(deps.doc.projects.length)),
    h('p', { class: 'presenter-figures' }, slideFigures(lang, deps)),
    // Figures on a slide carry their source, small: a photo of the wall is quoted too.
    h('p', { class: 'presenter-source' }, t.presenterFiguresSource),
    // The key to the map: every project with its colour, whatever the
    // projector's size does to the names on the map.
    h(
      'ul',
      { class: 'presenter-projects', 'aria-label': t.projectsHeading(deps.doc.projects.length) },
      ...legendEntries({ projects: deps.doc.projects.map((p) => ({ name: p.name, dimmed: false })) }, t).map((e) =>
        h('li', {}, swatchOf(e.colour), e.label),
      ),
    ),
  ];
}
