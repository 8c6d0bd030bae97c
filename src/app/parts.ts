// The page's parts once its data is in, wired as src/main.ts would: what they
// share (the lookup, the view of a state, the coverage of a filter), the map and
// what takes it away (printouts, images), then the panel, the search box, the
// presentation and the chrome. Decides nothing itself: each part owns its choices.
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import type { PageOptions } from '../core/page-options';
import type { ProjectsDoc } from '../core/types';
import type { GeoData } from '../core/geo-data';
import { resolveRoute } from '../core/resolve';
import { municipalityCentres } from '../core/answer';
import { computeCoverage } from '../core/coverage';
import { createLookup } from '../core/lookup';
import { strings } from '../i18n';
import { mountPanel } from '../ui/panel-mount';
import { mountSearch } from '../ui/search-box';
import { describePlace } from '../ui/describe-place';
import { locate } from '../ui/locate';
import { mountPanelFoot } from '../ui/panel-foot';
import type { DataSource } from '../data-source';
import { createShareController } from './share-controller';
import { createTakeawayMap } from './takeaway-map';
import { afterFirstMap } from './after-first-map';
import { createPictures } from './map/picture';
import { mountPresentation } from './present/presentation';
import { mountOffline } from './offline';
import { escapeToOverview, type Url } from './url';
import { mountChrome } from './chrome';
import { mountFullScreen } from './present/full-screen';
import { mountMap } from './map/controller';
import type { MapFactory } from './map/factory';
import { mountPlaces } from './places';
import { mountOutsideNames } from './outside-names';
import { placeIndex } from './place-index';
import { exposeInspector } from './inspect';

export interface PartsInput {
  data: DataSource;
  createMap: MapFactory;
  options: PageOptions;
  store: Store<AppState>;
  url: Url;
  doc: ProjectsDoc;
  geo: GeoData;
}

const byId = (id: string) => document.getElementById(id)!;

/** What the parts share, derived once from the data. */
function shared(input: PartsInput) {
  const { doc, geo, store } = input;
  const t = () => strings[store.get().lang];
  const lookup = createLookup(doc, geo);
  return {
    ...input,
    t,
    lookup,
    view: (s: AppState) => resolveRoute(s.route, doc, geo, s.outside),
    coverageOf: (filter: AppState['filter']) =>
      computeCoverage(doc, geo, filter, (code) => t().provinces[code] ?? code),
    answers: { doc, geo, centres: municipalityCentres(geo), projectOf: lookup.projectOf },
  };
}
type Shared = ReturnType<typeof shared>;

/** Every part of the page; returns their disposers. */
export function mountParts(input: PartsInput): (() => void)[] {
  const c = shared(input);
  const map = mountMapParts(c);
  return [...map.disposers, ...mountPageParts(c, map)];
}

/** The map, and what takes it away: printouts, images, the offline copy, the inspector. */
function mountMapParts(c: Shared) {
  const { store, doc, geo, view } = c;
  const pictures = createPictures({ doc, geo, lookup: c.lookup, view });
  const mapController = mountMap({
    store,
    pictures,
    container: byId('map'),
    createMap: c.createMap,
    renderer: c.options.renderer,
    surroundingsData: c.data.surroundings,
    lookup: c.lookup,
    url: c.url,
  });
  const later = afterFirstMap(mapController.settled);
  const takeaway = createTakeawayMap(byId('print-map'));
  const share = createShareController({
    store,
    doc,
    view,
    picture: mapController.picture,
    takeaway,
    afterFirstMap: later,
    coverage: c.coverageOf,
  });
  const disposers = [
    mapController.dispose,
    share.dispose,
    mountOffline(byId('offline-status'), store, later),
    exposeInspector(() => mapController.map()?.inspect() ?? null, share.lastImage),
  ];
  return { pictures, mapController, share, disposers };
}

/** The panel, its foot, the search box, the presentation and the page's chrome. */
function mountPageParts(c: Shared, map: ReturnType<typeof mountMapParts>): (() => void)[] {
  const { store, url, doc, geo, view, lookup, t } = c;
  const places = mountPlaces(store, url, byId('locate-status'), geo);
  const load = placeIndex(c.data.places, (code) => geo.municipalities.has(code));
  const outsideNames = mountOutsideNames({ store, view, load });
  const coverage = {
    doc,
    coverage: c.coverageOf,
    nameOf: lookup.nameOfAny,
    onFilter: (filter: AppState['filter']) => url.navigate({ filter }),
  };
  return [
    outsideNames.dispose,
    mountChrome({ store, view, projectCount: doc.projects.length, switchLanguage: url.switchLanguage }),
    mountPanel(byId('panel-content'), store, {
      doc,
      geo,
      view,
      projectOf: lookup.projectOf,
      answers: c.answers,
      retryPlaces: outsideNames.retry,
      onZoomTo: (p) => map.mapController.zoomToProject(p.id),
      coverage,
    }),
    mountPanelFoot(byId('panel-foot'), store, { doc, share: map.share, onChange: (patch) => url.navigate(patch) }),
    mountPresentation(byId('presenter'), byId('console'), store, url, {
      doc,
      geo,
      view,
      coverage: () => c.coverageOf({}),
      pictures: map.pictures,
    }),
    mountSearch(byId('search'), store, {
      loadIndex: () => outsideNames.load().then((index) => index.entries),
      describe: (entry, lang) => describePlace(entry, lang, geo, lookup.projectOf, store.get().outside),
      onPick: places.fromSearch,
      onLocate: () => locate(geo, t, places.status, places.fromPosition),
    }),
    escapeToOverview(store, url),
    mountFullScreen(store, url.leavePresenter),
  ];
}
