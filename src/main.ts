// Wires the parts together; decides nothing itself. On load: the data and the SVG
// map's small module, then the panel and that map in one task (so in one frame),
// WebGL taking over later. startApp(env) → dispose(); src/entry.ts calls it with the
// browser's data, map and the SVG map's module on its way, the DOM tests with fakes.
import { createStore } from './core/store';
import { initialState, settleState, type AppState } from './core/app-state';
import { pageOptions } from './core/page-options';
import { resolveRoute } from './core/resolve';
import { answerFor, municipalityCentres, nearestToBrussels } from './core/answer';
import { computeCoverage } from './core/coverage';
import { createLookup } from './core/lookup';
import { mapPickRoute } from './core/picks';
import { layoutOf } from './core/view-effects';
import { strings, warmNumberFormats } from './i18n';
import { mountPanel } from './ui/panel';
import { mountSearch } from './ui/search-box';
import { describePlace } from './ui/describe-place';
import { locate } from './ui/locate';
import { mountPanelFoot } from './ui/panel-foot';
import type { DataSource } from './data-source';
import { createShareController } from './app/share-controller';
import { createTakeawayMap } from './app/takeaway-map';
import { afterFirstMap } from './app/after-first-map';
import { createPictures } from './app/map/picture';
import { mountPresentation } from './app/present/presentation';
import { mountOffline } from './app/offline';
import { createUrl, escapeToOverview } from './app/url';
import { explainStartFailure, loadOrExplain } from './app/load-data';
import { mountChrome } from './app/chrome';
import { mountPageFrame } from './app/page-frame';
import { mountFullScreen } from './app/present/full-screen';
import { mountMap } from './app/map/controller';
import { mountPlaces } from './app/places';
import { mountOutsideNames } from './app/outside-names';
import { cameraPadding } from './app/map/camera-padding';
import { placeIndex } from './app/place-index';
import { exposeInspector } from './app/inspect';
import type { MapFactory } from './app/map/factory';

export interface AppEnv {
  data: DataSource;
  createMap: MapFactory;
  firstMapCode: Promise<unknown>;
}

const byId = (id: string) => document.getElementById(id)!;

export function startApp(env: AppEnv): () => void {
  const options = pageOptions(location.search, location.hash);
  const store = createStore<AppState>(initialState(location.hash), settleState);
  const t = () => strings[store.get().lang];
  const url = createUrl(store);
  const disposers: (() => void)[] = [url.dispose, mountPageFrame(store, options)];
  let disposed = false;

  const loading = loadOrExplain(env.data, byId('panel-content'), t, () => disposed);
  // The map code's failure is the map's to say, with a retry.
  Promise.all([loading, env.firstMapCode.catch(() => undefined)])
    .then(([{ doc, geo }]) => {
      const lookup = createLookup(doc, geo);
      const view = (s: AppState) => resolveRoute(s.route, doc, geo, s.outside);
      const answerContext = { doc, geo, centres: municipalityCentres(geo), projectOf: lookup.projectOf };
      const coverageOf = (filter: AppState['filter']) =>
        computeCoverage(doc, geo, filter, (code) => t().provinces[code] ?? code);
      const places = mountPlaces(store, url, byId('locate-status'), geo);
      const outsideNames = mountOutsideNames({
        store,
        view,
        load: placeIndex(env.data.places, (code) => geo.municipalities.has(code)),
      });
      const pictures = createPictures({ doc, geo, lookup, view });
      const mapController = mountMap({
        store,
        pictures,
        container: byId('map'),
        createMap: env.createMap,
        renderer: options.renderer,
        surroundingsData: env.data.surroundings,
        reducedMotion: () => matchMedia('(prefers-reduced-motion: reduce)').matches,
        cameraPadding: () => cameraPadding(layoutOf(store.get().route)),
        municipality: (code) => ({ name: lookup.nameOfAny(code), project: lookup.projectOfAny(code)?.name ?? null }),
        onPick: (code) => url.navigate({ route: mapPickRoute(code, lookup.projectOfAny) }),
        onPickProject: (id) => url.navigate({ route: { kind: 'project', id } }),
      });
      const later = afterFirstMap(mapController.settled);
      const share = createShareController({
        store,
        doc,
        view,
        picture: mapController.picture,
        takeaway: createTakeawayMap(byId('print-map')),
        afterFirstMap: later,
        coverage: coverageOf,
      });
      disposers.push(
        outsideNames.dispose,
        mapController.dispose,
        share.dispose,
        mountOffline(byId('offline-status'), store, later),
        mountChrome({ store, view, projectCount: doc.projects.length, switchLanguage: url.switchLanguage }),
        mountPanel(byId('panel-content'), store, {
          doc,
          geo,
          view,
          projectOf: lookup.projectOf,
          answer: (codes) => answerFor(codes, answerContext),
          nearestToBrussels: () => nearestToBrussels(answerContext),
          retryPlaces: outsideNames.retry,
          onZoomTo: (p) => mapController.zoomToProject(p.id),
          coverage: {
            doc,
            coverage: coverageOf,
            nameOf: (code) => lookup.nameOfAny(code),
            onFilter: (filter) => url.navigate({ filter }),
          },
        }),
        mountPanelFoot(byId('panel-foot'), store, { doc, share, onChange: (patch) => url.navigate(patch) }),
        mountPresentation(byId('presenter'), byId('console'), store, url, {
          doc,
          geo,
          view,
          coverage: () => coverageOf({}),
          pictures,
        }),
        mountSearch(byId('search'), store, {
          loadIndex: () => outsideNames.load().then((index) => index.entries),
          describe: (entry, lang) => describePlace(entry, lang, geo, lookup.projectOf, store.get().outside),
          onPick: places.fromSearch,
          onLocate: () => locate(geo, t, places.status, places.fromPosition),
        }),
        exposeInspector(() => mapController.map()?.inspect() ?? null, share.lastImage),
        escapeToOverview(store, () => url.navigate({ route: { kind: 'overview' } })),
        mountFullScreen(store, url.leavePresenter),
      );
      warmNumberFormats();
    })
    .catch((e: unknown) => {
      if (!disposed) explainStartFailure(byId('panel-content'), t(), e);
    });
  return () => {
    disposed = true;
    for (const dispose of disposers.splice(0).reverse()) dispose();
  };
}
