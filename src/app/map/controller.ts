// The map on screen, and which one. The SVG map is drawn first, in the panel's
// frame: it needs no WebGL and no worker, so the complete map is on screen as soon
// as a plain chart would be. The WebGL map is built underneath once the GPU is
// quiet (app/map/gpu-quiet.ts), given the same scene and camera, and takes over on its
// first idle; both draw one picture (core/map-scene, core/camera, core/label-plan),
// so the hand-over shows nothing. Without WebGL (or after a lost context) the SVG
// map stays. Which map is shown, and the hand-over: app/map/views.ts. State
// changes: app/map/follow.ts; a new size: app/map/layout.ts; the
// surroundings: app/map/surroundings.ts.
// mountMap(...) → { map, picture, zoomToProject, settled, dispose }.
import type { Store } from '../../core/store';
import type { AppState } from '../../core/app-state';
import type { MapView, Padding } from '../../render/map-view';
import { fitCamera } from '../../core/camera';
import { strings } from '../../i18n';
import { h } from '../../ui/dom';
import { mountMapTooltip, tooltipText } from '../../ui/map-tooltip';
import type { MapFactory } from './factory';
import type { Renderer } from '../../core/page-options';
import type { MapPicture, Pictures } from './picture';
import { followState } from './follow';
import { loadSurroundings } from './surroundings';
import { showMapMessage } from '../../ui/map-message';
import { watchMapLayout } from './layout';
import { mapViews } from './views';
import { mountAreaKeys } from './area-keys';

export interface MapControllerDeps {
  store: Store<AppState>;
  pictures: Pictures;
  container: HTMLElement;
  createMap: MapFactory;
  /** 'svg': the SVG map only (?renderer=svg); 'auto': WebGL takes over when it can. */
  renderer: Renderer;
  /** The part of the map the panel or the presenter card leaves visible. */
  cameraPadding(): Padding;
  reducedMotion(): boolean;
  /** A municipality (2017 or current code) was picked on the map. */
  onPick(code: string): void;
  /** A project's area was activated (the keyboard's area buttons). */
  onPickProject(projectId: string): void;
  /** A municipality (2017 or current code) under the pointer: its name, and its project's, for the tooltip. */
  municipality(code: string): { name: string; project: string | null };
  /** The surroundings' topology, loaded once the first map is on screen. */
  surroundingsData(): Promise<unknown>;
}

export interface MapController {
  /** The map on screen. */
  map(): MapView | null;
  /** What the map shows now, for printouts and images. */
  picture(): MapPicture;
  zoomToProject(id: string): void;
  /** Resolves once the map that stays (WebGL, or SVG without it) has drawn everything. */
  settled: Promise<void>;
  dispose(): void;
}

/** Resolves after the next frame has been painted (a task queued from its animation frame runs after the paint). */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function mountMap(deps: MapControllerDeps): MapController {
  const { store, container, pictures } = deps;
  const t = () => strings[store.get().lang];
  // Until the WebGL map is made (or known impossible), the SVG map is not the last word.
  let awaitingWebgl = deps.renderer === 'auto';
  let disposed = false;
  let settle: () => void = () => {};
  const settled = new Promise<void>((resolve) => { settle = resolve; });
  const tooltip = mountMapTooltip(container);
  // Tests and the benchmark read these; the app listens to the maps' events.
  const setState = (state: 'busy' | 'idle') => { container.dataset.mapState = state; };
  // The map's idle says it drew what it was last asked. A view change still waiting
  // for its frame (app/map/follow.ts) has not been asked yet: a repaint in between
  // (a hover, the keyboard's buttons) is no answer to it, and whoever waits for the
  // map would read the old view, or the camera mid-flight.
  // The one rule for "settled", whichever map it is: the map that stays is the only
  // one (the WebGL map has taken over, or the SVG map is the map: WebGL not wanted
  // or not possible), it has drawn what it was asked, and no view change waits for
  // its frame. Then the map is idle, and `settled` resolves.
  const settleIfDone = () => {
    if (awaitingWebgl || views.all().length !== 1 || following.framePending()) return;
    setState('idle');
    settle();
  };
  container.dataset.surroundings = 'loading';

  const paddingFor = (picture: MapPicture) => {
    const p = deps.cameraPadding();
    return { ...p, top: p.top + picture.target.extraTop };
  };
  // The areas as keyboard buttons, first in the map and kept across the hand-over.
  const keys = mountAreaKeys(deps.onPickProject);
  container.prepend(keys.element);
  const drawKeys = () => {
    const shown = views.shown();
    if (shown) keys.draw(pictures.of(store.get()).scene, shown.camera(), { width: container.clientWidth, height: container.clientHeight });
  };
  const views = mapViews({
    container,
    first: keys.element,
    createMap: deps.createMap,
    setupFor: (el) => {
      const picture = pictures.of(store.get());
      const size = { width: el.clientWidth || container.clientWidth, height: el.clientHeight || container.clientHeight };
      return { container: el, scene: picture.scene, camera: fitCamera(picture.target.bounds, size, paddingFor(picture)) };
    },
    shown: {
      onPick: deps.onPick,
      onHover: (code, at) => {
        if (!code) tooltip.hide();
        else tooltip.show(tooltipText(deps.municipality(code), t()), at);
      },
      onBusy: () => { setState('busy'); keys.moving(); },
      onError: (message) => console.error(`${t().mapError}: ${message}`),
    },
    onShownIdle: () => {
      firstMap();
      drawKeys();
      settleIfDone();
    },
    onHandOver: () => {
      performance.mark('gbo:map-idle'); // for the benchmarks: the WebGL map is ready
      awaitingWebgl = false;
      drawKeys();
      settleIfDone();
    },
    onNoneLeft: () => void makeSvg(),
  });

  const show = (s: AppState, animate: boolean, fit = true) => {
    const picture = pictures.of(s);
    // Busy from now until the map on screen says it has drawn this (its idle event).
    setState('busy');
    keys.moving();
    const padding = paddingFor(picture);
    views.all().forEach((v, i) => {
      v.draw(picture.scene);
      // The map being readied jumps: it must be where the shown one ends up.
      if (fit) v.fit(picture.target.bounds, { padding, animate: animate && i === 0 && !deps.reducedMotion() });
    });
  };

  let firstDone = false;
  // Settles once the surroundings are drawn, or known missing.
  let surroundingsDrawn: Promise<void> = Promise.resolve();
  const firstMap = () => {
    if (firstDone) return;
    firstDone = true;
    // The build's prerendered overview (prerender/page.ts) gives way to the live map, in this frame.
    container.querySelector('.prerender-map')?.remove();
    performance.mark('gbo:first-map'); // for the benchmark's stages only
    container.dataset.firstMap = 'drawn';
    surroundingsDrawn = loadSurroundings(deps.surroundingsData, container, (raw) => {
      if (disposed) return false;
      pictures.setSurroundings(raw);
      show(store.get(), false, false);
      return true;
    });
  };

  // The SVG map's failure is said, with a retry; the WebGL map's leaves the SVG map.
  const makeSvg = async () => {
    try {
      if (!await views.make('svg')) return;
    } catch (e) {
      if (!disposed) showMapMessage(container, t().mapCodeError(e instanceof Error ? e.message : String(e)), t().retry, () => void start());
      return;
    }
    show(store.get(), false);
  };
  const start = async () => {
    setState('busy');
    await makeSvg();
    if (!views.all().length) return; // its code failed to load: the message offers a retry
    // Let the SVG map reach the screen, with its surroundings, before the WebGL map's
    // module is parsed and its context made: on a GPU-less machine both are long
    // main-thread tasks, and the surroundings' frame is GPU work of its own.
    await afterPaint();
    // (At most 3 s: a stalled download of the surroundings must not keep WebGL away.)
    await Promise.race([surroundingsDrawn, new Promise((resolve) => setTimeout(resolve, 3000))]);
    if (disposed) return;
    const webgl = deps.renderer === 'auto' ? await views.make('webgl').catch(() => null) : null;
    if (disposed) return;
    // Made or not, WebGL is no longer awaited: a WebGL map being readied keeps two
    // maps on the page until it takes over, and if its context is lost first, the
    // SVG map is the only one left and its next idle settles.
    awaitingWebgl = false;
    if (!webgl) {
      if (deps.renderer === 'auto') container.append(h('p', { class: 'map-note', role: 'note' }, t().noWebgl));
      // The SVG map is the map.
      settleIfDone();
      return;
    }
    show(store.get(), false);
  };

  const following = followState(store, {
    present: () => views.all().length > 0,
    show,
    resize: () => { for (const v of views.all()) v.resize(); },
    busy: () => setState('busy'),
  });
  // A new room for the map: each map takes its size and frames the view again,
  // unless a view change on its way does (it flies there, with the new room).
  const stopWatching = watchMapLayout(container, document.getElementById('panel'), () => {
    const p = deps.cameraPadding();
    return `${container.clientWidth}x${container.clientHeight}|${p.top},${p.right},${p.bottom},${p.left}`;
  }, () => {
    if (!views.all().length) return;
    for (const v of views.all()) v.resize();
    if (!following.framePending()) show(store.get(), false);
  });

  // Once the page's parts are mounted (this task), draw the SVG map: the panel and
  // the map then reach the screen in one frame, not one after the other.
  queueMicrotask(() => { if (!disposed) void start(); });

  return {
    map: () => views.shown(),
    picture: () => pictures.of(store.get()),
    zoomToProject(id) {
      const bounds = pictures.bounds(store.get(), id);
      views.all().forEach((v, i) => v.fit(bounds, { padding: deps.cameraPadding(), animate: i === 0 && !deps.reducedMotion() }));
    },
    settled,
    dispose() {
      disposed = true;
      following.dispose();
      stopWatching();
      tooltip.dispose();
      views.dispose();
      keys.dispose();
    },
  };
}
