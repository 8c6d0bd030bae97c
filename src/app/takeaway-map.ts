// Printouts and images draw the view with the SVG map, framed on the view's own
// area at the proportions they need, whatever draws the screen: vector lines on
// paper, and the same picture with or without WebGL. The host is kept out of the
// page's way (inert, hidden from assistive technology, out of the tab order, off
// screen until printed).
import type { MapViewEvents } from '../render/map-view';
import type { MapPicture } from './map/picture';
import type { SvgMapView } from '../render/svg/svg-map-view';
import { fitCamera } from '../core/camera';

type SvgModule = typeof import('../render/svg/svg-map-view');

export interface TakeawayMap {
  /** Loads the SVG map's code ahead of need, so a print can draw at once. */
  preload(): Promise<void>;
  /** Draws the picture at width × height CSS pixels; null while the code is not loaded. */
  draw(picture: MapPicture, width: number, height: number): SvgMapView | null;
  dispose(): void;
}

const QUIET: MapViewEvents = { onPick() {}, onHover() {}, onIdle() {}, onBusy() {}, onError() {}, onContextLost() {} };
/** Room around the view's area, in CSS pixels (the picture has its own frame and no panel over it). */
const PADDING = 18;

export function createTakeawayMap(host: HTMLElement): TakeawayMap {
  host.inert = true;
  host.setAttribute('aria-hidden', 'true');
  let svg: SvgModule | null = null;
  let loading: Promise<void> | null = null;
  let current: SvgMapView | null = null;
  return {
    preload() {
      return (loading ??= import('../render/svg/svg-map-view').then((m) => {
        svg = m;
      }));
    },
    draw({ scene, target }, width, height) {
      if (!svg) return null;
      host.style.width = `${width}px`;
      host.style.height = `${height}px`;
      current?.destroy();
      // A picture of all of Flanders names every project: nothing on paper can be zoomed to read a dropped name.
      const whole = target.selection.projectId === null && target.selection.municipalities.length === 0;
      const p = PADDING;
      const padding = { top: p + target.extraTop / 2, right: p, bottom: p, left: p };
      const camera = fitCamera(target.bounds, { width, height }, padding);
      current = svg.createSvgMapView(
        { container: host, scene: { ...scene, everyName: scene.everyName || whole }, camera },
        QUIET,
      );
      current.fit(target.bounds, { padding, animate: false });
      // A picture, not a control: its areas leave the tab order even where
      // `inert` is missing (older WebKit), where aria-hidden alone would leave
      // focusable buttons nobody can see.
      for (const el of host.querySelectorAll('[tabindex]')) el.setAttribute('tabindex', '-1');
      return current;
    },
    dispose() {
      current?.destroy();
      current = null;
    },
  };
}
