// Legend and data attribution, at the foot of the panel (on the coverage view at
// its top). Entries for the selected municipality and the zones only when shown.
import type { Lang, ProjectsDoc } from '../core/types';
import { strings } from '../i18n';
import { h } from './dom';
import { legendEntries, type LegendEntry } from '../core/legend';
// The licence texts travel in the app's own script, so they read the same online,
// offline and in the single-file build, where a link to LICENSES.txt beside the
// page led nowhere (a copied page has no file beside it).
import LICENCES from '../../public/LICENSES.txt?raw';
import { textParagraphs } from '../core/text-paragraphs';

const LICENCE_PARAGRAPHS = textParagraphs(LICENCES); // once: the panel's foot is drawn again on every view change

/** An entry's mark, as the map draws it (a square, a line, a dot), beside its label. */
export function legendKey(entry: LegendEntry): HTMLElement {
  const k = h('span', { class: `key key-${entry.mark}`, 'aria-hidden': 'true' });
  k.style.setProperty('--c', entry.colour);
  if (entry.border) k.style.setProperty('--b', entry.border);
  return k;
}

export function renderLegend(
  lang: Lang,
  doc: ProjectsDoc,
  show: { elz: boolean; selection: boolean } = { elz: false, selection: false },
): HTMLElement {
  const t = strings[lang];
  const entries = legendEntries(
    { base: true, brussels: true, experiments: true, selection: show.selection, elz: show.elz },
    t,
  );
  return h(
    'footer',
    { class: 'panel-foot' },
    h(
      'details',
      { class: 'legend', open: true },
      h('summary', {}, t.legend),
      h('ul', {}, ...entries.map((e) => h('li', {}, legendKey(e), e.label))),
    ),
    h('p', { class: 'attribution' }, t.attribution),
    h(
      'details',
      { class: 'attribution licences' },
      h('summary', {}, t.licencesLink),
      h('div', { class: 'licence-text' }, ...LICENCE_PARAGRAPHS.map((p) => h('p', {}, p))),
    ),
    h('p', { class: 'attribution' }, `${t.source}: ${doc.source[lang]}`),
  );
}
