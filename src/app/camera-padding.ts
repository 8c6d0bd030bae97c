// The part of the map the panel (a bottom sheet on phones) or the presenter card
// leaves visible, as camera padding: measured from the page as laid out now.
import type { Padding } from '../map-view';
import type { Layout } from '../core/view-effects';

export function cameraPadding(layout: Layout): Padding {
  if (layout === 'presenter') {
    const card = document.querySelector<HTMLElement>('#presenter .presenter-card');
    return { top: 48, right: 48, bottom: 48, left: (card?.offsetWidth ?? 0) + 48 };
  }
  const sheet = document.getElementById('panel');
  const overlaid = !!sheet && getComputedStyle(sheet).position === 'fixed'; // phone bottom sheet
  const base = 24;
  // 44 px on the right keeps areas clear of the zoom buttons.
  return { top: base, left: base, right: base + 44, bottom: base + (overlaid && sheet ? sheet.offsetHeight : 0) };
}
