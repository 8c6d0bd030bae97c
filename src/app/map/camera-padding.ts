// The part of the map the panel (a bottom sheet on phones) or the presenter card
// leaves visible, as camera padding: measured from the page as laid out now.
import type { Padding } from '../../render/map-view';
import type { Layout } from '../../core/view-effects';

export function cameraPadding(layout: Layout): Padding {
  if (layout === 'presenter') {
    const card = document.querySelector<HTMLElement>('#presenter .presenter-card');
    return { top: 48, right: 48, bottom: 48, left: (card?.offsetWidth ?? 0) + 48 };
  }
  const sheet = document.getElementById('panel');
  const map = document.getElementById('map');
  if (sheet && map && getComputedStyle(sheet).position === 'fixed') {
    // Phone: the bottom sheet covers the map's lower part. Frame what is left, edge
    // to edge: a wide region like Flanders then fills the strip's width, and the
    // zoom buttons (top right) stay clear of it above its centre line.
    const covered = Math.max(0, map.getBoundingClientRect().bottom - sheet.getBoundingClientRect().top);
    return { top: 8, left: 8, right: 8, bottom: covered + 8 };
  }
  // Flanders is wide: framed, it leaves room above and below it (or beside it, on a
  // very wide map), where the zoom buttons sit, so no side needs extra room.
  const base = 24;
  return { top: base, left: base, right: base, bottom: base };
}

/** The map's size and the part of it left free, as a key: what a camera is framed for. */
export function mapRoom(map: HTMLElement, p: Padding): string {
  return `${map.clientWidth}x${map.clientHeight}|${p.top},${p.right},${p.bottom},${p.left}`;
}
