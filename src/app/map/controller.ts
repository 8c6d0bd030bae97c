// The map on screen, and which one. The SVG map is drawn first, in the panel's
// frame: it needs no WebGL and no worker, so the complete map is on screen as soon
// as a plain chart would be. The WebGL map is built underneath once the GPU is
// quiet (app/map/gpu-quiet.ts), given the same scene and camera, and takes over on its
// first idle; both draw one picture (core/map-scene, core/camera, core/label-plan),
// so the hand-over shows nothing. Without WebGL (or after a lost context) the SVG
// map stays. Which map is shown, and the hand-over: app/map/views.ts. State
// changes: app/map/follow.ts; a new size: app/map/layout.ts; the
// surroundings: app/map/surroundings.ts.
// mountMap(...) → { map, picture, zoomToProject, settled, dispose } (a MapHost; what
// it is given and gives back: ./host-api.ts).
import type { AppState } from '../../core/app-state';
import type { Padding } from '../../render/map-view';
import { fitCamera } from '../../core/camera';
import { strings } from '../../i18n';
import { h } from '../../ui/dom';
import { mountMapTooltip, tooltipText } from '../../ui/map-tooltip';
import type { MapPicture } from './picture';
import { followState } from './follow';
import { loadSurroundings } from './surroundings';
import { showMapMessage } from '../../ui/map-message';
import { watchMapLayout, type MapLayoutWatch } from './layout';
import { mapViews } from './views';
import { mountAreaKeys } from './area-keys';
import { cameraPadding, mapRoom } from './camera-padding';
import { layoutOf } from '../../core/view-effects';
import { mapPickRoute } from '../../core/picks';
import type { MapController, MapControllerDeps } from './host-api';
import { afterNextPaint } from '../../render/after-paint';
import type { MapView } from '../../render/map-view';
import { drawnFor, type DrawnFor } from './drawn-for';

/** Resolves after the next frame has been painted. */
const afterPaint = () => new Promise<void>((resolve) => afterNextPaint(resolve));

export function mountMap(deps: MapControllerDeps): MapController {
  return new MapHost(deps);
}

/** The map host: its parts are made in the constructor, each job is a method. */
class MapHost implements MapController {
  readonly settled: Promise<void>;
  private settle: () => void = () => {};
  /** Until the WebGL map is made (or known impossible), the SVG map is not the last word. */
  private awaitingWebgl: boolean;
  private disposed = false;
  private firstDone = false;
  /** Settles once the surroundings are drawn, or known missing. */
  private surroundingsDrawn: Promise<void> = Promise.resolve();
  private readonly tooltip;
  private readonly keys;
  private readonly views;
  private readonly following;
  private readonly layout: MapLayoutWatch;
  private readonly drawn = drawnFor<MapView>();
  private surroundingsIn = false;

  constructor(private readonly deps: MapControllerDeps) {
    const { container } = deps;
    this.awaitingWebgl = deps.renderer === 'auto';
    this.settled = new Promise<void>((resolve) => {
      this.settle = resolve;
    });
    this.tooltip = mountMapTooltip(container);
    container.dataset.surroundings = 'loading';
    // The areas as keyboard buttons, first in the map and kept across the hand-over.
    this.keys = mountAreaKeys((id) => deps.url.navigate({ route: { kind: 'project', id } }));
    container.prepend(this.keys.element);
    this.views = mapViews({
      container,
      first: this.keys.element,
      createMap: deps.createMap,
      setupFor: (el) => this.setupFor(el),
      shown: {
        onPick: (code) => deps.url.navigate({ route: mapPickRoute(code, deps.lookup.projectOfAny) }),
        onHover: (code, at) =>
          code ? this.tooltip.show(tooltipText(this.municipality(code), this.t()), at) : this.tooltip.hide(),
        onBusy: () => {
          this.setState('busy');
          this.keys.moving();
        },
        onError: (message) => console.error(`${this.t().mapError}: ${message}`),
      },
      onShownIdle: () => {
        this.firstMap();
        this.drawKeys();
        this.settleIfDone();
      },
      onHandOver: () => {
        performance.mark('gbo:map-idle'); // for the benchmarks: the WebGL map is ready
        this.awaitingWebgl = false;
        this.drawKeys();
        this.settleIfDone();
      },
      onNoneLeft: () => void this.makeSvg(),
    });
    this.following = followState(deps.store, {
      present: () => this.views.all().length > 0,
      show: (s, animate, fit) => this.show(s, animate, fit),
      resize: () => {
        for (const v of this.views.all()) v.resize();
      },
      busy: () => this.setState('busy'),
    });
    // A new room for the map: each map takes its size and frames the view again,
    // unless a view change on its way does (it flies there, with the new room).
    this.layout = watchMapLayout(
      container,
      document.getElementById('panel'),
      () => mapRoom(this.deps.container, this.cameraPadding()),
      () => {
        if (!this.views.all().length) return;
        for (const v of this.views.all()) v.resize();
        if (!this.following.framePending()) this.show(deps.store.get(), false);
      },
    );
    // Once the page's parts are mounted (this task), draw the SVG map: the panel and
    // the map then reach the screen in one frame, not one after the other.
    queueMicrotask(() => {
      if (!this.disposed) void this.start();
    });
  }

  private t() {
    return strings[this.deps.store.get().lang];
  }

  /** The part of the map the panel or the presenter card leaves visible, for the view on screen. */
  private cameraPadding(): Padding {
    return cameraPadding(layoutOf(this.deps.store.get().route));
  }

  private reducedMotion(): boolean {
    return matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /** A municipality under the pointer (2017 or current code): its name, and its project's, for the tooltip. */
  private municipality(code: string): { name: string; project: string | null } {
    const { lookup } = this.deps;
    return { name: lookup.nameOfAny(code), project: lookup.projectOfAny(code)?.name ?? null };
  }

  /** Tests and the benchmark read the map's state; the app listens to the maps' events. */
  private setState(state: 'busy' | 'idle') {
    this.deps.container.dataset.mapState = state;
  }

  /**
   * The one rule for "settled", whichever map it is: the map that stays is the only
   * one (the WebGL map has taken over, or the SVG map is the map: WebGL not wanted
   * or not possible), it has drawn what it was asked, and no view change waits for
   * its frame (app/map/follow.ts): a repaint in between (a hover, the keyboard's
   * buttons) is no answer to that, and whoever waits for the map would read the
   * old view, or the camera mid-flight. Then the map is idle, and `settled` resolves.
   */
  private settleIfDone() {
    if (this.awaitingWebgl || this.views.all().length !== 1 || this.following.framePending()) return;
    this.setState('idle');
    this.settle();
  }

  private paddingFor(picture: MapPicture, free = this.cameraPadding()): Padding {
    return { ...free, top: free.top + picture.target.extraTop };
  }

  /** What a new map starts from: the scene, and the camera for its host's size. */
  private setupFor(el: HTMLElement) {
    const { container, pictures, store } = this.deps;
    const picture = pictures.of(store.get());
    // Made for this view (and the first map, or the SVG map after a lost context, for
    // this room): the layout's first check has nothing to do (./drawn-for.ts).
    this.drawn.made(this.now());
    const free = this.cameraPadding();
    if (!this.views.all().length) this.layout.framed(mapRoom(container, free));
    const size = { width: el.clientWidth || container.clientWidth, height: el.clientHeight || container.clientHeight };
    const padding = this.paddingFor(picture, free);
    return { container: el, scene: picture.scene, camera: fitCamera(picture.target.bounds, size, padding), padding };
  }

  private drawKeys() {
    const shown = this.views.shown();
    const { container, pictures, store } = this.deps;
    if (shown)
      this.keys.draw(pictures.of(store.get()).scene, shown.camera(), {
        width: container.clientWidth,
        height: container.clientHeight,
      });
  }

  private show(s: AppState, animate: boolean, fit = true) {
    const picture = this.deps.pictures.of(s);
    // Busy from now until the map on screen says it has drawn this (its idle event).
    this.setState('busy');
    this.keys.moving();
    const padding = this.paddingFor(picture);
    this.drawn.shown(this.views.all(), { state: s, surroundings: this.surroundingsIn });
    this.views.all().forEach((v, i) => {
      v.draw(picture.scene);
      // The map being readied jumps: it must be where the shown one ends up.
      if (fit) v.fit(picture.target.bounds, { padding, animate: animate && i === 0 && !this.reducedMotion() });
    });
  }

  private firstMap() {
    if (this.firstDone) return;
    this.firstDone = true;
    const { container, pictures, store } = this.deps;
    // The build's prerendered overview (prerender/page.ts) gives way to the live map, in this frame.
    container.querySelector('.prerender-map')?.remove();
    performance.mark('gbo:first-map'); // for the benchmark's stages only
    container.dataset.firstMap = 'drawn';
    this.surroundingsDrawn = loadSurroundings(this.deps.surroundingsData, container, (raw) => {
      if (this.disposed) return false;
      pictures.setSurroundings(raw);
      this.surroundingsIn = true;
      this.show(store.get(), false, false);
      return true;
    });
  }

  /** What a map shown now would draw. */
  private now(): DrawnFor {
    return { state: this.deps.store.get(), surroundings: this.surroundingsIn };
  }

  /** The SVG map's failure is said, with a retry; the WebGL map's leaves the SVG map. */
  private async makeSvg() {
    try {
      const svg = await this.views.make('svg');
      if (!svg || this.drawn.has(svg, this.now())) return;
    } catch (e) {
      const t = this.t();
      if (!this.disposed)
        showMapMessage(
          this.deps.container,
          t.mapCodeError(e instanceof Error ? e.message : String(e)),
          t.retry,
          () => void this.start(),
        );
      return;
    }
    this.show(this.deps.store.get(), false);
  }

  private async start() {
    const { deps } = this;
    this.setState('busy');
    await this.makeSvg();
    if (!this.views.all().length) return; // its code failed to load: the message offers a retry
    // Let the SVG map reach the screen, with its surroundings, before the WebGL map's
    // module is parsed and its context made: on a GPU-less machine both are long
    // main-thread tasks, and the surroundings' frame is GPU work of its own.
    await afterPaint();
    // (At most 3 s: a stalled download of the surroundings must not keep WebGL away.)
    await Promise.race([this.surroundingsDrawn, new Promise((resolve) => setTimeout(resolve, 3000))]);
    if (this.disposed) return;
    const webgl = deps.renderer === 'auto' ? await this.views.make('webgl').catch(() => null) : null;
    if (this.disposed) return;
    // Made or not, WebGL is no longer awaited: a WebGL map being readied keeps two
    // maps on the page until it takes over, and if its context is lost first, the
    // SVG map is the only one left and its next idle settles.
    this.awaitingWebgl = false;
    if (!webgl) {
      if (deps.renderer === 'auto')
        deps.container.append(h('p', { class: 'map-note', role: 'note' }, this.t().noWebgl));
      // The SVG map is the map.
      this.settleIfDone();
      return;
    }
    if (!this.drawn.has(webgl, this.now())) this.show(deps.store.get(), false);
  }

  // The controller's own (arrows: the page passes them around unbound).
  readonly map = () => this.views.shown();

  readonly picture = () => this.deps.pictures.of(this.deps.store.get());

  readonly zoomToProject = (id: string) => {
    const { deps } = this;
    const bounds = deps.pictures.bounds(deps.store.get(), id);
    this.views
      .all()
      .forEach((v, i) => v.fit(bounds, { padding: this.cameraPadding(), animate: i === 0 && !this.reducedMotion() }));
  };

  readonly dispose = () => {
    this.disposed = true;
    this.following.dispose();
    this.layout.dispose();
    this.tooltip.dispose();
    this.views.dispose();
    this.keys.dispose();
  };
}
