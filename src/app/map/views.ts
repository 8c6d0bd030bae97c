// The maps on the page, and which one is shown. The SVG map is made first and shown;
// a WebGL map is readied under it, in a hidden host, and shown on its first idle,
// when the SVG map goes: the hand-over. Only the shown map's picks, hover and busy
// reach the app, so a map being readied can neither steal a click nor flash a
// tooltip. A map whose WebGL context is lost goes; the caller hears when none is
// left. mapViews(options) → { make(kind), all(), shown(), dispose() }.
import type { MapSetup, MapView, MapViewEvents } from '../../render/map-view';
import type { MapFactory } from './factory';
import { h } from '../../ui/dom';

export interface MapViewsOptions {
  container: HTMLElement;
  /** Kept first in the container: each map's host goes right after it (the keyboard's area buttons, first in the tab order). */
  first: Element;
  createMap: MapFactory;
  /** What a new map starts from: the scene and the camera for its host's size. */
  setupFor(host: HTMLElement): MapSetup;
  /** The shown map's events; a map being readied is not heard. */
  shown: Pick<MapViewEvents, 'onPick' | 'onHover' | 'onBusy' | 'onError'>;
  /** The shown map has drawn everything asked of it. */
  onShownIdle(): void;
  /** The WebGL map being readied has drawn the view and is now the one shown. */
  onHandOver(): void;
  /** The last map has gone (a lost context). */
  onNoneLeft(): void;
}

export interface MapViews {
  /**
   * Makes a map of this kind in a host of its own; the SVG map is shown, a WebGL map
   * readied. Null when the factory has none (no WebGL) or the views were disposed
   * meanwhile. A factory that throws (the SVG map's code did not load) throws here,
   * its host removed.
   */
  make(kind: 'svg' | 'webgl'): Promise<MapView | null>;
  /** The shown map first, then the one being readied, if any. */
  all(): readonly MapView[];
  shown(): MapView | null;
  dispose(): void;
}

export function mapViews(o: MapViewsOptions): MapViews {
  // views[0] is shown; views[1], when there, is the WebGL map being readied under it.
  let views: MapView[] = [];
  let disposed = false;

  const handOver = (webgl: MapView) => {
    const [svg] = views;
    views = [webgl];
    svg?.destroy();
    o.container.querySelector('.svg-host')?.remove();
    o.container.querySelector('.webgl-host')?.classList.remove('pending');
    o.onHandOver();
  };

  /**
   * A map's events, heard only while it is on the page. An idle that comes while the
   * map is still being made (the SVG map draws, and says so, in its constructor) is
   * kept and heard as soon as the map is, not lost.
   */
  const eventsFor = (view: () => MapView | undefined, idleWhileMade: () => void): MapViewEvents => {
    const isShown = () => view() !== undefined && view() === views[0];
    return {
      // Only the shown map's picks, hover and busy reach the app.
      onPick: (code) => isShown() && o.shown.onPick(code),
      onHover: (code, at) => isShown() && o.shown.onHover(code, at),
      onBusy: () => isShown() && o.shown.onBusy(),
      onIdle: () => {
        const v = view();
        if (!v) idleWhileMade();
        else if (v === views[1]) handOver(v);
        else if (isShown()) o.onShownIdle();
      },
      onError: (message) => o.shown.onError(message),
      onContextLost: () => {
        const v = view();
        if (!v || !views.includes(v)) return;
        views = views.filter((x) => x !== v);
        v.destroy();
        if (!views.length) o.onNoneLeft();
      },
    };
  };

  return {
    async make(kind) {
      // A map made while another is shown is readied out of sight.
      const outOfSight = kind === 'webgl' && views.length > 0;
      const host = h('div', { class: `map-host ${kind}-host${outOfSight ? ' pending' : ''}` });
      o.first.after(host);
      let made: MapView | null = null;
      let idleWhileMade = false;
      const events = eventsFor(
        () => made ?? undefined,
        () => {
          idleWhileMade = true;
        },
      );
      try {
        made = await o.createMap({ ...o.setupFor(host), outOfSight }, events, kind);
      } catch (e) {
        host.remove();
        throw e;
      }
      if (!made || disposed) {
        made?.destroy();
        host.remove();
        return null;
      }
      views = kind === 'svg' ? [made, ...views] : [...views, made];
      if (idleWhileMade) events.onIdle();
      return made;
    },
    all: () => views,
    shown: () => views[0] ?? null,
    dispose() {
      disposed = true;
      for (const v of views.splice(0)) v.destroy();
    },
  };
}
