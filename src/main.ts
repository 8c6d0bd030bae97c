// Wires everything: the only module that knows all parts. Order of work on load:
// fetch the data, render the panel (readable before the map library is even
// parsed), then load MapLibre beside it.
import './style.css';
import { createStore } from './core/store';
import type { AppState } from './core/app-state';
import { parseHash, formatHash, type Filter } from './core/url-state';
import { validateProjects, ProjectsValidationError } from './core/validate-projects';
import { parseGeoData, type GeoData } from './core/geo-data';
import { resolveRoute } from './core/resolve';
import { buildMapLayers, mapCodes, municipalityBounds, type MapLayers } from './core/map-layers';
import { buildSearchIndex, type PlaceEntry, type SearchEntry } from './core/search';
import { answerFor, municipalityCentres } from './core/answer';
import { computeCoverage, matchesFilter } from './core/coverage';
import type { MapView, Padding } from './core/map-view';
import type { ProjectsDoc } from './core/types';
import { strings, formatNumber } from './i18n';
import { mountPanel } from './ui/panel';
import { mountSearch, relabelSearch } from './ui/search-box';
import { renderLegend } from './ui/legend';
import { renderMapOptions } from './ui/map-options';
import { describePlace } from './ui/describe-place';
import { locate } from './ui/locate';
import { mountPresenter } from './ui/presenter';
import { renderShareActions } from './ui/share-actions';
import { createShareController } from './ui/share-controller';
import { createLookup } from './core/lookup';
import { PRESENTER_LABEL_SCALE } from './core/presentation';
import { h } from './ui/dom';
import { warmUpGlyphCanvas } from './map/warm-up';
import { loadGeometry, loadPlaces, loadProjects } from './data-source';

const byId = (id: string) => document.getElementById(id)!;
const panelEl = byId('panel-content');
const footEl = byId('panel-foot');
const mapEl = byId('map');
const liveEl = byId('live');
const searchEl = byId('search');
const locateStatus = byId('locate-status');
const langButton = byId('lang-switch') as HTMLButtonElement;
const presenterEl = byId('presenter');

// ?embed=1: the map with a compact panel and no page chrome, for an iframe.
if (new URLSearchParams(location.search).get('embed') === '1') document.body.dataset.embed = '1';

const store = createStore<AppState>({
  ...parseHash(location.hash),
  geoReady: false,
  focus: 'none',
  placeName: null,
  sort: { key: 'name', dir: 'ascending' },
});
const t = () => strings[store.get().lang];

/** Navigate: the hash is the state's saved form; hashchange brings it back in. */
function navigate(patch: Partial<AppState>) {
  location.hash = formatHash({ ...store.get(), ...patch });
}

/** A failed or corrupt load: say what failed, draw no half map, offer a retry. */
function showError(title: string, details: string[]) {
  const retry = h('button', { type: 'button', class: 'zoom' }, t().retry);
  retry.addEventListener('click', () => {
    panelEl.replaceChildren(h('p', { class: 'loading' }, t().loading));
    void start();
  });
  panelEl.replaceChildren(h('div', { class: 'error', role: 'alert' },
    h('h2', {}, title), h('ul', {}, ...details.map((d) => h('li', {}, d))), retry));
  retry.focus();
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Which page layout a route uses: the map with its panel, a wider panel, or presenter mode. */
const layoutOf = (s: AppState) => (s.route.kind === 'coverage' || s.route.kind === 'presenter' ? s.route.kind : 'map');
const labelScale = (s: AppState) => (s.route.kind === 'presenter' ? PRESENTER_LABEL_SCALE : 1);

/** The part of the map the panel (or the presenter card) leaves visible, as camera padding. */
function cameraPadding(): Padding {
  if (layoutOf(store.get()) === 'presenter') {
    const card = presenterEl.querySelector<HTMLElement>('.presenter-card');
    return { top: 48, right: 48, bottom: 48, left: (card?.offsetWidth ?? 0) + 48 };
  }
  const sheet = byId('panel');
  const overlaid = getComputedStyle(sheet).position === 'fixed'; // phone bottom sheet
  const base = 24;
  // 44 px on the right keeps areas clear of the zoom buttons.
  return { top: base, left: base, right: base + 44, bottom: base + (overlaid ? sheet.offsetHeight : 0) };
}

function syncChrome(state: AppState) {
  const s = strings[state.lang];
  document.documentElement.lang = state.lang === 'nl' ? 'nl-BE' : 'en';
  byId('app-title').textContent = s.appTitle;
  byId('app-subtitle').textContent = s.appSubtitle;
  byId('skip-link').textContent = s.skipToPanel;
  langButton.textContent = s.switchLang;
  langButton.setAttribute('aria-label', s.switchLangLabel);
  langButton.lang = state.lang === 'nl' ? 'en' : 'nl';
}

async function start() {
  syncChrome(store.get());
  document.body.dataset.view = layoutOf(store.get());
  let doc: ProjectsDoc;
  let geo: GeoData;
  try {
    const data = Promise.all([loadProjects(), loadGeometry()]);
    warmUpGlyphCanvas();
    const [rawProjects, rawGeo] = await data;
    performance.mark('gbo:data-fetched');
    geo = parseGeoData(rawGeo);
    doc = validateProjects(rawProjects, new Set(geo.municipalities.keys()));
    performance.mark('gbo:data-parsed');
  } catch (e) {
    if (e instanceof ProjectsValidationError) showError(t().dataError, e.problems);
    else showError(t().loadError, [e instanceof Error ? e.message : String(e)]);
    return;
  }

  const { projectById, projectOf, projectOfAny, nameOfAny } = createLookup(doc, geo);
  const view = (s: AppState) => resolveRoute(s.route, doc, geo);
  const centres = municipalityCentres(geo);
  const answerContext = { doc, geo, centres, projectOf };

  let map: MapView | null = null;
  const layerCache = new Map<string, MapLayers>();
  const layersFor = (s: AppState) => {
    const key = `${s.boundaries}|${s.lang}`; // labels are worded per language
    if (!layerCache.has(key)) {
      layerCache.set(key, buildMapLayers(geo, doc, { experiment: strings[s.lang].experimentLabel, brussels: strings[s.lang].brussels }, s.boundaries));
    }
    return layerCache.get(key)!;
  };

  const frame = (s: AppState, animate: boolean) => {
    if (!map) return;
    const layers = layersFor(s);
    const v = view(s);
    const options = { padding: cameraPadding(), animate: animate && !reducedMotion() };
    map.dim(s.route.kind === 'coverage' && Object.keys(s.filter).length
      ? new Set(doc.projects.filter((p) => matchesFilter(p, s.filter)).map((p) => p.id)) : null);
    const project = v.kind === 'project' ? v.project
      : v.kind === 'presenter' && v.current.kind === 'project' ? v.current.project : null;
    if (project) {
      map.select({ projectId: project.id, municipalities: [] });
      map.fit(layers.projectBounds.get(project.id)!, options);
    } else if (v.kind === 'municipality') {
      const codes = v.parts.map((m) => m.code);
      map.select({ projectId: projectOf(codes[0])?.id ?? null, municipalities: mapCodes(geo, codes, s.boundaries) });
      map.fit(municipalityBounds(geo, codes), { ...options, padding: { ...options.padding, top: options.padding.top + 60 } });
    } else {
      map.select({ projectId: null, municipalities: [] });
      map.fit(layers.flandersBounds, options);
    }
  };

  // Move the camera only after the panel has painted: a map frame in software
  // WebGL can take longer than the panel update, and the panel is what the user
  // asked for. Always frames the latest state.
  let framePending = false;
  const scheduleFrame = () => {
    if (framePending) return;
    framePending = true;
    requestAnimationFrame(() => setTimeout(() => {
      framePending = false;
      frame(store.get(), true);
    }));
  };

  const go = (code: string, placeName: string | null) => {
    locateStatus.textContent = '';
    store.set({ placeName });
    navigate({ route: { kind: 'municipality', code } });
  };

  mountPanel(panelEl, store, {
    doc,
    geo: () => geo,
    view,
    projectOf,
    answer: (codes) => answerFor(codes, answerContext),
    onZoomTo: (p) => map?.fit(layersFor(store.get()).projectBounds.get(p.id)!, { padding: cameraPadding(), animate: !reducedMotion() }),
    coverage: {
      doc,
      coverage: (filter: Filter) => computeCoverage(doc, geo, filter, (code) => t().provinces[code] ?? code),
      nameOf: (code) => geo.municipalities.get(code)!.naam,
      sort: () => store.get().sort,
      onSort: (sort) => store.set({ sort, focus: 'none' }),
      onFilter: (filter) => navigate({ filter }),
    },
  });

  mountPresenter(presenterEl, store, {
    doc,
    geo,
    view,
    coverage: () => computeCoverage(doc, geo, {}, (code) => t().provinces[code] ?? code),
    goTo: (step) => navigate({ route: { kind: 'presenter', step } }),
    exit: () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      navigate({ route: { kind: 'overview' } });
    },
  });
  // Leaving full screen (the browser eats Esc for that) also leaves presenter mode.
  document.addEventListener('fullscreenchange', () => {
    if (!document.fullscreenElement && store.get().route.kind === 'presenter') navigate({ route: { kind: 'overview' } });
  });

  const share = createShareController({ store, doc, view, map: () => map, mapEl });
  addEventListener('beforeprint', () => void share.preparePrint());

  const renderFoot = (s: AppState) => footEl.replaceChildren(
    renderShareActions(s.lang, share),
    renderMapOptions(s, (patch) => navigate(patch)),
    renderLegend(s.lang, doc, s.showElz));
  renderFoot(store.get());
  store.set({ geoReady: true });
  // The first Intl.NumberFormat costs 20–40 ms; pay it while the browser is idle
  // (waiting for the map library, typically), not on the first click on a project.
  const whenIdle = (fn: () => void) => (typeof requestIdleCallback === 'function'
    ? requestIdleCallback(fn, { timeout: 3000 }) : setTimeout(fn, 1000));
  whenIdle(() => formatNumber(0, store.get().lang));

  let searchIndex: Promise<SearchEntry[]> | null = null;
  mountSearch(searchEl, {
    lang: () => store.get().lang,
    loadIndex: () => (searchIndex ??= loadPlaces()
      .then((raw) => {
        const entries = (raw as { entries?: unknown }).entries;
        if (!Array.isArray(entries)) throw new Error('geo/places.json: no place list');
        return buildSearchIndex(entries as PlaceEntry[]);
      })
      .catch((e: unknown) => {
        searchIndex = null; // the next keystroke tries again
        throw e;
      })),
    describe: (entry, lang) => describePlace(entry, lang, geo, projectOf),
    onPick: (entry) => {
      const code = entry.codes.length === 1 ? entry.codes[0] : geo.municipalities.get(entry.codes[0])!.nu;
      go(code, entry.kind === 'd' || entry.kind === 'p' ? entry.name : null);
    },
    onLocate: () => locate(geo, t, (m) => { locateStatus.textContent = m; }, (code) => go(code, null)),
  });

  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) {
      syncChrome(s);
      relabelSearch(searchEl, s.lang);
      map?.setLabels({ hoverNone: strings[s.lang].hoverNone, canvas: strings[s.lang].mapLabel });
    }
    if (s.lang !== prev.lang || s.boundaries !== prev.boundaries || s.showElz !== prev.showElz) renderFoot(s);
    if (s.boundaries !== prev.boundaries || s.lang !== prev.lang) map?.setLayers(layersFor(s));
    if (layoutOf(s) !== layoutOf(prev)) {
      document.body.dataset.view = layoutOf(s);
      map?.resize();
      map?.setLabelScale(labelScale(s));
    }
    if (s.showElz !== prev.showElz) map?.showElz(s.showElz);
    if (s.route !== prev.route) {
      const v = view(s);
      const st = strings[s.lang];
      const title = v.kind === 'project' ? v.project.name : v.kind === 'municipality' ? v.name
        : v.kind === 'coverage' ? st.coverageHeading
          : v.kind === 'presenter' ? (v.current.kind === 'project' ? v.current.project.name : st.appTitle) : null;
      liveEl.textContent = title ? st.selected(title) : st.overviewAnnounced;
      document.title = title ? `${title} — ${st.appTitle}` : st.appTitle;
      scheduleFrame();
    }
  });

  // Let the panel paint, then load the map library beside it.
  await new Promise(requestAnimationFrame);
  const shared = {
    labels: { hoverNone: t().hoverNone, canvas: t().mapLabel },
    projectNameOf: (code: string) => projectOfAny(code)?.name ?? null,
    municipalityNameOf: nameOfAny,
  };
  const events = {
    onPick(code: string) {
      const p = projectOfAny(code);
      navigate({ route: p ? { kind: 'project', id: p.id } : { kind: 'municipality', code } });
    },
    onError(message: string) {
      console.error(`${t().mapError}: ${message}`);
    },
    onContextLost() {
      map?.destroy();
      void useSvgMap();
    },
  };
  // Never a blank page: without WebGL, or when its context is lost, the same
  // layers are drawn as SVG.
  const useSvgMap = async () => {
    const { createSvgMapView } = await import('./fallback/svg-map-view');
    map = createSvgMapView({
      ...shared,
      container: mapEl,
      layers: layersFor(store.get()),
      firstMemberOf: (id) => projectById.get(id)!.municipalities[0],
    }, events);
    mapEl.append(h('p', { class: 'map-note', role: 'note' }, t().noWebgl));
    map.showElz(store.get().showElz);
    map.setLabelScale(labelScale(store.get()));
    frame(store.get(), false);
  };
  // Loaded only now, so its download and parse never delay the project list.
  const { createMapView, webglAvailable } = await import('./map/map-view');
  performance.mark('gbo:map-module');
  const layers = layersFor(store.get());
  performance.mark('gbo:map-layers');
  const fb = layers.flandersBounds;
  try {
    if (!webglAvailable()) throw new Error('WebGL is not available');
    map = createMapView({
      ...shared,
      container: mapEl,
      sources: layers,
      initialBounds: fb,
      // Generous: presenter mode pads the camera by the width of its card.
      maxBounds: [[fb[0][0] - 5, fb[0][1] - 2.5], [fb[1][0] + 5, fb[1][1] + 2.5]],
      reducedMotion,
      labelScale: labelScale(store.get()),
      basemapTiles: import.meta.env.VITE_BASEMAP_TILES || undefined,
    }, events);
  } catch {
    await useSvgMap();
    addEventListener('resize', () => map?.resize());
    return;
  }
  performance.mark('gbo:map-created');
  map.showElz(store.get().showElz);
  frame(store.get(), false);
  addEventListener('resize', () => map?.resize());
}

function applyHash() {
  const next = parseHash(location.hash);
  const keepPlace = next.route.kind === 'municipality';
  store.set({ ...next, focus: 'panel', ...(keepPlace ? {} : { placeName: null }) });
}
addEventListener('hashchange', applyHash);

// In-app links update the state at once instead of waiting for the browser's
// asynchronous hashchange (which a busy map frame can delay): the panel answers a
// click within the same task. History entries are the same as with a plain link.
document.addEventListener('click', (e) => {
  const a = (e.target as Element | null)?.closest?.('a[href^="#/"]');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  const href = a.getAttribute('href')!;
  // Full screen needs this click's user activation, so ask for it here.
  if (a.getAttribute('data-action') === 'present') void document.documentElement.requestFullscreen?.().catch(() => undefined);
  if (href !== location.hash) history.pushState(null, '', href);
  applyHash();
});

langButton.addEventListener('click', () => {
  const s = store.get();
  const lang = s.lang === 'nl' ? 'en' : 'nl';
  history.replaceState(null, '', formatHash({ ...s, lang }));
  store.set({ lang, focus: 'none' });
});

addEventListener('keydown', (e) => {
  if (e.key !== 'Escape' || store.get().route.kind === 'overview' || store.get().route.kind === 'presenter') return;
  if ((e.target as HTMLElement | null)?.closest?.('details > summary, select')) return;
  navigate({ route: { kind: 'overview' } });
});

void start();
