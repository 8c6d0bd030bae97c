// Legend and data attribution, at the foot of the panel (on the coverage view at
// its top). Entries for the selected municipality and the zones only when shown.
import type { Lang, ProjectsDoc } from '../core/types';
import { strings } from '../i18n';
import { COLOURS } from '../core/colours';
import { h } from './dom';
import { projectColour } from '../core/palette';
// The licence texts travel in the app's own script, so they read the same online,
// offline and in the single-file build, where a link to LICENSES.txt beside the
// page led nowhere (a copied page has no file beside it).
import LICENCES from '../../public/LICENSES.txt?raw';
import { textParagraphs } from '../core/text-paragraphs';

const LICENCE_PARAGRAPHS = textParagraphs(LICENCES); // once: the panel's foot is drawn again on every view change

function key(kind: 'fill' | 'line' | 'dot', colour: string, label: string, border?: string) {
  const k = h('span', { class: `key key-${kind}`, 'aria-hidden': 'true' });
  k.style.setProperty('--c', colour);
  if (border) k.style.setProperty('--b', border);
  return h('li', {}, k, label);
}

export function renderLegend(lang: Lang, doc: ProjectsDoc, show: { elz: boolean; selection: boolean } = { elz: false, selection: false }): HTMLElement {
  const t = strings[lang];
  return h('footer', { class: 'panel-foot' },
    h('details', { class: 'legend', open: true },
      h('summary', {}, t.legend),
      h('ul', {},
        key('fill', projectColour(0), t.legendPilot, COLOURS.projectOutline),
        key('fill', COLOURS.flanders, t.legendOther, COLOURS.municipalityLine),
        key('fill', COLOURS.brussels, t.legendBrussels),
        key('line', COLOURS.provinceLine, t.legendProvince),
        key('dot', '#ffffff', t.legendExperiment, COLOURS.projectOutline),
        show.selection ? key('line', COLOURS.selected, t.legendSelected) : null,
        show.elz ? key('line', COLOURS.elz, t.legendElz) : null)),
    h('p', { class: 'attribution' }, t.attribution),
    h('details', { class: 'attribution licences' }, h('summary', {}, t.licencesLink), h('div', { class: 'licence-text' }, ...LICENCE_PARAGRAPHS.map((p) => h('p', {}, p)))),
    h('p', { class: 'attribution' }, `${t.source}: ${doc.source[lang]}`));
}
