// Keeps the map in step with the state: makes it (after the panel has painted),
// swaps in the SVG map when WebGL is missing or lost, moves the camera to what the
// view shows, and relays hover and clicks. mountMap(...) → { zoomToProject, map, dispose }.
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import type { GeoData } from '../core/geo-data';
import type { Lookup } from '../core/lookup';
import type { View } from '../core/resolve';
import type { ProjectsDoc } from '../core/types';
import type { MapView, MapViewEvents, Padding } from '../map-view';
import { buildMapLayers, mapCodes, municipalityBounds, type MapLayers } from '../core/map-layers';
import { matchesFilter } from '../core/coverage';
import { sameFilter, sameRoute } from '../core/url-state';
import { cameraTarget, labelScaleOf, layoutOf, showsEveryName, type CameraTarget } from '../core/view-effects';
import { strings } from '../i18n';
import { h } from '../ui/dom';
import { mountMapTooltip } from '../ui/map-tooltip';
import type { MapFactory } from './map-factory';
import { parseContext, type ContextLayers } from '../core/context-layers';

/** Resolves when the map in `container` has first drawn everything. */
function firstIdle(container: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    if (container.dataset.mapState === 'idle') return resolve();
    const observer = new MutationObserver(() => {
      if (container.dataset.mapState !== 'idle') return;
      observer?.disconnect();
      resolve();
    });
    observer.observe(container, { attributes: true, attributeFilter: ['data-map-state'] });
  });
}

export interface MapControllerDeps {
  store: Store<AppState>;
  doc: ProjectsDoc;
  geo: GeoData;
  lookup: Lookup;
  view(state: AppState): View;
  container: HTMLElement;
  createMap: MapFactory;
  /** The part of the map the panel or the presenter card leaves visible. */
  cameraPadding(): Padding;
  reducedMotion(): boolean;
  /** A municipality (2017 or current code) was picked on the map. */
  onPick(code: string): void;
  /** The surroundings' topology, loaded once the first map is complete. */
  loadContext(): Promise<unknown>;
}

/** Everything a map needs to draw a view, for the screen or for a takeaway. */
export interface MapPicture {
  layers: MapLayers;
  target: CameraTarget;
  dimmed: ReadonlySet<string> | null;
  everyName: boolean;
  context: ContextLayers | null;
  label: string;
  position: [number, number] | null;
}

export interface MapController {
  map(): MapView | null;
  /** What the map shows now, for printouts and images. */
  picture(): MapPicture;
  zoomToProject(id: string): void;
  dispose(): void;
}

export function mountMap(deps: MapControllerDeps): MapController {
  const { store, doc, geo, lookup, container } = deps;
  const t = () => strings[store.get().lang];
  let map: MapView | null = null;
  let disposed = false;
  const tooltip = mountMapTooltip(container);
  // Tests and the benchmark read this beside data-map-state: the surroundings come
  // after the first complete map.
  container.dataset.context = 'loading';

  const layerCache = new Map<string, MapLayers>();
  const layersFor = (s: AppState) => {
    const key = `${s.boundaries}|${s.lang}`; // labels are worded per language
    let layers = layerCache.get(key);
    if (!layers) {
      layers = buildMapLayers(geo, doc, { experiment: strings[s.lang].experimentLabel, brussels: strings[s.lang].brussels }, s.boundaries);
      layerCache.set(key, layers);
    }
    return layers;
  };
  const boundsOf = (s: AppState, id: string) => {
    const b = layersFor(s).projectBounds.get(id);
    if (!b) throw new Error(`no area for project "${id}"`);
    return b;
  };

  /** What the map shows for a state: data, selection, dimming, framing. Also what printouts and images draw. */
  const pictureOf = (s: AppState): MapPicture => {
    const view = deps.view(s);
    const target = cameraTarget(view, {
      flandersBounds: layersFor(s).flandersBounds,
      projectBounds: (id) => boundsOf(s, id),
      municipalityBounds: (codes) => municipalityBounds(geo, codes),
      projectIdOf: (code) => lookup.projectOf(code)?.id ?? null,
      mapCodes: (codes) => mapCodes(geo, codes, s.boundaries),
    });
    const filtered = s.route.kind === 'coverage' && Object.keys(s.filter).length > 0;
    return {
      layers: layersFor(s),
      target,
      dimmed: filtered ? new Set(doc.projects.filter((p) => matchesFilter(p, s.filter)).map((p) => p.id)) : null,
      everyName: showsEveryName(view),
      context: contextOf(s),
      label: strings[s.lang].mapLabel(doc.projects.length),
      position: s.located?.position ?? null,
    };
  };

  let contextCache: { lang: string; data: unknown; layers: ContextLayers } | null = null;
  const contextOf = (s: AppState): ContextLayers | null => {
    if (!contextData) return null;
    if (contextCache?.lang !== s.lang || contextCache.data !== contextData) {
      contextCache = { lang: s.lang, data: contextData, layers: parseContext(contextData, strings[s.lang].contextNames) };
    }
    return contextCache.layers;
  };

  const frame = (s: AppState, animate: boolean) => {
    if (!map) return;
    const picture = pictureOf(s);
    map.dim(picture.dimmed);
    map.select(picture.target.selection);
    map.spreadLabels(picture.everyName);
    const padding = deps.cameraPadding();
    map.fit(picture.target.bounds, { padding: { ...padding, top: padding.top + picture.target.extraTop }, animate: animate && !deps.reducedMotion() });
  };

  // Move the camera only after the panel has painted: a map frame in software
  // WebGL can take longer than the panel update, and the panel is what the user
  // asked for. Always frames the latest state. Until then the map says it is busy,
  // so nobody mistakes the old view for the new one.
  let framePending = false;
  const scheduleFrame = () => {
    container.dataset.mapState = 'busy';
    if (framePending) return;
    framePending = true;
    requestAnimationFrame(() => setTimeout(() => {
      framePending = false;
      if (!disposed) frame(store.get(), true);
    }));
  };

  const events: MapViewEvents = {
    onPick(code) {
      deps.onPick(code);
    },
    onHover(code, at) {
      if (!code) return tooltip.hide();
      tooltip.show(`${lookup.nameOfAny(code)} — ${lookup.projectOfAny(code)?.name ?? t().hoverNone}`, at);
    },
    onError(message) {
      console.error(`${t().mapError}: ${message}`);
    },
    onContextLost() {
      map?.destroy();
      map = null;
      void make('svg');
    },
  };

  const make = async (renderer: 'auto' | 'svg') => {
    const s = store.get();
    const made = await deps.createMap({
      container,
      layers: layersFor(s),
      label: t().mapLabel(doc.projects.length),
      labelScale: labelScaleOf(s.route),
      firstMemberOf: (id) => lookup.projectById.get(id)?.municipalities[0] ?? '',
    }, events, renderer);
    if (disposed) return made.destroy();
    map = made;
    if (map.kind === 'svg') container.append(h('p', { class: 'map-note', role: 'note' }, t().noWebgl));
    performance.mark('gbo:map-created');
    const now = store.get();
    // The state may have moved on while the map library loaded.
    if (now.boundaries !== s.boundaries || now.lang !== s.lang) map.setLayers(layersFor(now));
    map.setLabelScale(labelScaleOf(now.route));
    map.showElz(now.showElz);
    if (now.located) map.showPosition(now.located.position);
    frame(now, false);
    // The surroundings wait for the first complete map: they must not delay it.
    await firstIdle(container);
    try {
      contextData = await deps.loadContext();
      applyContext(store.get());
      container.dataset.context = 'drawn';
    } catch (e) {
      // Quiet context is a nicety: without it the map is still complete.
      container.dataset.context = 'none';
      console.warn(`geo/context.topo.json: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  let contextData: unknown = null;
  const applyContext = (s: AppState) => {
    const context = contextOf(s);
    if (map && context) map.setContext(context);
  };

  // A new language re-words the map's labels: new layers, new data for the map's
  // worker. That waits until the panel has painted in the new language, so the
  // switch answers within a frame and the map follows.
  let relabel: number | null = null;
  const relabelLater = () => {
    if (relabel !== null) return;
    relabel = requestAnimationFrame(() => {
      relabel = null;
      setTimeout(() => {
        if (!map || disposed) return;
        const now = store.get();
        map.setLabel(strings[now.lang].mapLabel(doc.projects.length));
        applyContext(now);
        map.setLayers(layersFor(now));
      }, 0);
    });
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (!map) return;
    if (s.lang !== prev.lang) relabelLater();
    else if (s.boundaries !== prev.boundaries) map.setLayers(layersFor(s));
    if (layoutOf(s.route) !== layoutOf(prev.route)) {
      map.resize();
      map.setLabelScale(labelScaleOf(s.route));
    }
    if (s.showElz !== prev.showElz) map.showElz(s.showElz);
    if (s.located !== prev.located) map.showPosition(s.located?.position ?? null);
    if (!sameRoute(s.route, prev.route) || !sameFilter(s.filter, prev.filter)) scheduleFrame();
  });
  // When the part of the map left free changes (the phone rotates, the sheet grows
  // or shrinks, a locate message adds a line to the header, the on-screen keyboard
  // closes), the map takes its new size and frames the view again.
  let lastFree = '';
  const onLayout = () => {
    if (!map) return;
    const padding = deps.cameraPadding();
    const free = `${container.clientWidth}x${container.clientHeight}|${padding.top},${padding.right},${padding.bottom},${padding.left}`;
    if (free === lastFree) return;
    lastFree = free;
    map.resize();
    // A view change already on its way frames with the new room (and flies there).
    if (!framePending) frame(store.get(), false);
  };
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => requestAnimationFrame(onLayout)) : null;
  observer?.observe(container);
  const sheet = document.getElementById('panel');
  if (sheet) observer?.observe(sheet);
  const onResize = () => requestAnimationFrame(onLayout);
  addEventListener('resize', onResize);

  // Let the panel paint, then load the map library beside it.
  requestAnimationFrame(() => {
    if (!disposed) void make('auto');
  });

  return {
    map: () => map,
    picture: () => pictureOf(store.get()),
    zoomToProject(id) {
      map?.fit(boundsOf(store.get(), id), { padding: deps.cameraPadding(), animate: !deps.reducedMotion() });
    },
    dispose() {
      disposed = true;
      if (relabel !== null) cancelAnimationFrame(relabel);
      unsubscribe();
      removeEventListener('resize', onResize);
      observer?.disconnect();
      tooltip.dispose();
      map?.destroy();
      map = null;
    },
  };
}
