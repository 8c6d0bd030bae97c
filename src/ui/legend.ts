// Legend and data attribution: always at the foot of the panel.
import type { Lang, ProjectsDoc } from '../core/types';
import { strings } from '../i18n';
import { COLOURS } from '../map/colours';
import { h } from './dom';
import { projectColour } from '../core/palette';

function key(kind: 'fill' | 'line' | 'dot', colour: string, label: string, border?: string) {
  const k = h('span', { class: `key key-${kind}`, 'aria-hidden': 'true' });
  k.style.setProperty('--c', colour);
  if (border) k.style.setProperty('--b', border);
  return h('li', {}, k, label);
}

export function renderLegend(lang: Lang, doc: ProjectsDoc, showElz = false): HTMLElement {
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
        showElz ? key('line', COLOURS.elz, t.legendElz) : null)),
    h('p', { class: 'attribution' }, t.attribution),
    h('p', { class: 'attribution' }, `${t.source}: ${doc.source[lang]}`));
}
