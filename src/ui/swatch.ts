// A project's colour as a small square beside its name (the list, the panel's
// heading, the slide), from the one palette.
import { projectColour } from '../core/palette';
import { h } from './dom';

export function swatch(index: number): HTMLElement {
  const s = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  s.style.background = projectColour(index);
  return s;
}
