// Wires the parts together; decides nothing itself. Order of work on load: fetch
// the data, render the panel (readable before the map library is even parsed),
// then make the map beside it. startApp(env) → dispose(); src/entry.ts calls it
// with the browser's data and map, the DOM tests with fakes.
import { createStore } from './core/store';
import type { AppState } from './core/app-state';
import { parseHash } from './core/url-state';
import { ProjectsValidationError } from './core/validate-projects';
import { resolveRoute } from './core/resolve';
import { answerFor, municipalityCentres, nearestPilots } from './core/answer';
import { labelPoint } from './core/geometry';
import { computeCoverage } from './core/coverage';
import { createLookup } from './core/lookup';
import { layoutOf } from './core/view-effects';
import { strings, formatNumber } from './i18n';
import { LANGS } from './core/languages';
import { mountPanel } from './ui/panel';
import { mountSearch } from './ui/search-box';
import { describePlace } from './ui/describe-place';
import { locate } from './ui/locate';
import { mountPresenter } from './ui/presenter';
import { mountPanelFoot } from './ui/panel-foot';
import { createShareController } from './app/share-controller';
import { createTakeawayMap } from './app/takeaway-map';
import { afterFirstMap } from './app/after-first-map';
import { createPictures } from './app/map-picture';
import { registerOffline } from './app/offline';
import { showLoadError } from './ui/load-error';
import type { DataSource } from './data-source';
import { createUrl, escapeToOverview } from './app/url';
import { loadAppData } from './app/load-data';
import { mountChrome } from './app/chrome';
import { mountMap } from './app/map-controller';
import { cameraPadding } from './app/camera-padding';
import { placeIndex } from './app/place-index';
import { exposeInspector } from './app/inspect';
import type { MapFactory } from './app/map-factory';

export interface AppEnv {
  data: DataSource;
  createMap: MapFactory;
}

const byId = (id: string) => document.getElementById(id)!;

export function startApp(env: AppEnv): () => void {
  // ?embed=1: the map with a compact panel and no page chrome, for an iframe.
  if (new URLSearchParams(location.search).get('embed') === '1') document.body.dataset.embed = '1';
  const store = createStore<AppState>({
    ...parseHash(location.hash), geoReady: false, focus: 'none', placeName: null, located: null, outside: null, sort: { key: 'name', dir: 'ascending' },
  });
  const t = () => strings[store.get().lang];
  const url = createUrl(store);
  const disposers: (() => void)[] = [url.dispose];
  const layout = () => { document.body.dataset.view = layoutOf(store.get().route); };
  layout();
  disposers.push(store.subscribe(layout));

  const start = async () => {
    let loaded;
    try {
      loaded = await loadAppData(env.data);
    } catch (e) {
      if (disposed) return;
      const invalid = e instanceof ProjectsValidationError;
      showLoadError(byId('panel-content'), { title: invalid ? t().dataError : t().loadError, retry: t().retry, loading: t().loading },
        invalid ? e.problems : [e instanceof Error ? e.message : String(e)], () => void start());
      return;
    }
    if (disposed) return; // the page went away while the data loaded
    const { doc, geo } = loaded;
    const lookup = createLookup(doc, geo);
    const view = (s: AppState) => resolveRoute(s.route, doc, geo, s.outside);
    const answerContext = { doc, geo, centres: municipalityCentres(geo), projectOf: lookup.projectOf };
    const places = placeIndex(env.data.places);
    const loadPlaces = () => places().then((index) => {
      if (!store.get().outside) store.set({ outside: index.outside });
      return index;
    });
    // A link to a Brussels or Walloon municipality names it from the place index.
    const nameOutside = (s: AppState) => {
      if (view(s).kind === 'outside' && !s.outside) loadPlaces().catch(() => { /* the panel keeps the code's region */ });
    };
    nameOutside(store.get());
    disposers.push(store.subscribe((s, prev) => { if (s.route !== prev.route) nameOutside(s); }));
    const coverageOf = (filter: AppState['filter']) => computeCoverage(doc, geo, filter, (code) => t().provinces[code] ?? code);
    const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
    // A pick from the search box leaves the keyboard there (someone may go on
    // typing); the live region says what was chosen.
    const go = (code: string, placeName: string | null, focus: AppState['focus'] = 'panel', position: [number, number] | null = null) => {
      byId('locate-status').textContent = '';
      store.set({ placeName, located: position ? { position, code } : null });
      url.navigate({ route: { kind: 'municipality', code } }, { focus });
    };
    // The position marker belongs to the answer it gave: going elsewhere removes it.
    disposers.push(store.subscribe((s, prev) => {
      if (s.located && s.route !== prev.route && !(s.route.kind === 'municipality' && s.route.code === s.located.code)) store.set({ located: null });
    }));

    const pictures = createPictures({ doc, geo, lookup, view });
    const mapController = mountMap({
      store, pictures, container: byId('map'), createMap: env.createMap, reducedMotion, loadContext: env.data.context,
      renderer: new URLSearchParams(location.search).get('renderer') === 'svg' ? 'svg' : 'auto',
      cameraPadding: () => cameraPadding(layoutOf(store.get().route)),
      hoverText: (code) => `${lookup.nameOfAny(code)} — ${lookup.projectOfAny(code)?.name ?? t().hoverNone}`,
      firstMemberOf: (id) => lookup.projectById.get(id)?.municipalities[0] ?? '',
      onPick(code) {
        const p = lookup.projectOfAny(code);
        url.navigate({ route: p ? { kind: 'project', id: p.id } : { kind: 'municipality', code } });
      },
    });
    const later = afterFirstMap(mapController.settled);
    const share = createShareController({ store, doc, view, picture: () => mapController.picture(), takeaway: createTakeawayMap(byId('print-map')), afterFirstMap: later });
    disposers.push(
      mapController.dispose,
      share.dispose,
      registerOffline(later),
      mountChrome({ store, view, projectCount: doc.projects.length, switchLanguage: (lang) => url.navigate({ lang }, { replace: true, focus: 'none' }) }),
      mountPanel(byId('panel-content'), store, {
        doc, geo: () => geo, view, projectOf: lookup.projectOf,
        answer: (codes) => answerFor(codes, answerContext),
        nearestToBrussels: () => nearestPilots(labelPoint(geo.layers.brussel.features[0]!.geometry), answerContext),
        onZoomTo: (p) => mapController.zoomToProject(p.id),
        coverage: {
          doc, coverage: coverageOf, nameOf: (code) => lookup.nameOfAny(code),
          sort: () => store.get().sort,
          onSort: (sort) => store.set({ sort, focus: 'none' }),
          onFilter: (filter) => url.navigate({ filter }),
        },
      }),
      mountPanelFoot(byId('panel-foot'), store, { doc, share, onChange: (patch) => url.navigate(patch) }),
      mountPresenter(byId('presenter'), store, {
        doc, geo, view, coverage: () => coverageOf({}),
        goTo: (step) => url.navigate({ route: { kind: 'presenter', step } }, { replace: true }),
        exit: () => url.leavePresenter(),
      }),
      mountSearch(byId('search'), store, {
        loadIndex: () => loadPlaces().then((index) => index.entries),
        describe: (entry, lang) => describePlace(entry, lang, geo, lookup.projectOf, store.get().outside),
        // A municipality is its own answer; any smaller place is named in it.
        onPick: (entry) => go(entry.codes.length === 1 ? entry.codes[0]! : geo.municipalities.get(entry.codes[0]!)!.nu,
          entry.kind === 'g' || entry.kind === 'c' ? null : entry.name, 'none'),
        onLocate: () => locate(geo, t, (m) => { byId('locate-status').textContent = m; }, (code, position) => go(code, null, 'panel', position)),
      }),
      exposeInspector(() => mapController.map()?.inspect() ?? null, share.lastImage),
    );
    disposers.push(escapeToOverview(store, () => url.navigate({ route: { kind: 'overview' } })));
    store.set({ geoReady: true });
    // The first Intl.NumberFormat of a locale costs 20–40 ms: pay it while the browser is idle.
    // Every language's: a language switch must not pay it on the click.
    (typeof requestIdleCallback === 'function' ? requestIdleCallback : setTimeout)(() => { for (const l of LANGS) formatNumber(0, l); });
  };
  let disposed = false;
  void start();
  return () => {
    disposed = true;
    for (const dispose of disposers.splice(0).reverse()) dispose();
  };
}
