// Map options at the foot of the panel: 2017 or today's boundaries, and the
// eerstelijnszones as an outline layer. Both live in the URL.
import type { AppState } from '../core/app-state';
import type { Boundaries } from '../core/url-state';
import { strings } from '../i18n';
import { h } from './dom';

export function renderMapOptions(
  state: AppState,
  onChange: (patch: { boundaries?: Boundaries; showElz?: boolean }) => void,
): HTMLElement {
  const t = strings[state.lang];
  const radio = (value: Boundaries, label: string) => {
    const input = h('input', {
      type: 'radio',
      name: 'boundaries',
      id: `boundaries-${value}`,
      value,
      checked: state.boundaries === value,
    });
    input.addEventListener('change', () => onChange({ boundaries: value }));
    return h('div', { class: 'option' }, input, h('label', { for: `boundaries-${value}` }, label));
  };
  const elz = h('input', { type: 'checkbox', id: 'show-elz', checked: state.showElz });
  elz.addEventListener('change', () => onChange({ showElz: elz.checked }));
  return h(
    'fieldset',
    { class: 'map-options' },
    h('legend', {}, t.mapOptions),
    radio('2017', t.boundaries2017),
    radio('2025', t.boundaries2025),
    h('div', { class: 'option' }, elz, h('label', { for: 'show-elz' }, t.showElz)),
  );
}
