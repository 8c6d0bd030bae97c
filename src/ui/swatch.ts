// A project's colour as a small square beside its name (the list, the panel's
// heading, the slide), from the one palette.
import { projectColour } from '../core/palette';
import { h } from './dom';

export function swatch(index: number): HTMLElement {
  return swatchOf(projectColour(index));
}

/** A square of that colour (a legend entry's, core/legend.ts). */
export function swatchOf(colour: string): HTMLElement {
  const s = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  s.style.background = colour;
  return s;
}
