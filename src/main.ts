// Wires everything: the only module that knows all parts. Order of work on load:
// fetch the data, render the panel (readable before the map library is even
// parsed), then load MapLibre beside it.
import './style.css';
import projectsUrl from '../data/projects.json?url';
import { createStore } from './core/store';
import type { AppState } from './core/app-state';
import { parseHash, formatHash } from './core/url-state';
import { validateProjects, ProjectsValidationError } from './core/validate-projects';
import { parseGeoData, projectOfMunicipality, type GeoData } from './core/geo-data';
import { resolveRoute } from './core/resolve';
import { buildMapLayers, municipalityBounds, type MapLayers } from './core/map-layers';
import type { MapView, Padding } from './core/map-view';
import type { Project, ProjectsDoc } from './core/types';
import { strings } from './i18n';
import { mountPanel } from './ui/panel';
import { mountSearch, relabelSearch } from './ui/search-box';
import { buildSearchIndex, type PlaceEntry, type SearchEntry } from './core/search';
import { answerFor, municipalityAt, municipalityCentres } from './core/answer';
import { renderLegend } from './ui/legend';
import { h } from './ui/dom';

const GEO_URL = `${import.meta.env.BASE_URL}geo/base.topo.json`;
const PLACES_URL = `${import.meta.env.BASE_URL}geo/places.json`;

const panelEl = document.getElementById('panel-content')!;
const footEl = document.getElementById('panel-foot')!;
const mapEl = document.getElementById('map')!;
const liveEl = document.getElementById('live')!;
const langButton = document.getElementById('lang-switch') as HTMLButtonElement;
const searchEl = document.getElementById('search')!;
const locateStatus = document.getElementById('locate-status')!;

const initial = parseHash(location.hash);
const store = createStore<AppState>({ route: initial.route, lang: initial.lang, geoReady: false, focus: 'none', placeName: null });

async function fetchJson(url: string, what: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status}`);
  try {
    return await res.json();
  } catch {
    throw new Error(`${what}: not valid JSON`);
  }
}

function showError(title: string, details: string[]) {
  const t = strings[store.get().lang];
  const retry = h('button', { type: 'button' }, t.retry);
  retry.addEventListener('click', () => location.reload());
  panelEl.replaceChildren(h('div', { class: 'error', role: 'alert' },
    h('h2', {}, title), h('ul', {}, ...details.map((d) => h('li', {}, d))), retry));
}

function reducedMotion() {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The part of the map the panel leaves visible, as camera padding. */
function cameraPadding(): Padding {
  const sheet = document.getElementById('panel')!;
  const overlaid = getComputedStyle(sheet).position === 'fixed'; // phone bottom sheet
  const base = 24;
  // 44 px on the right keeps areas clear of the zoom buttons.
  return { top: base, left: base, right: base + 44, bottom: base + (overlaid ? sheet.offsetHeight : 0) };
}

function syncChrome(state: AppState) {
  const t = strings[state.lang];
  document.documentElement.lang = state.lang === 'nl' ? 'nl-BE' : 'en';
  document.getElementById('app-title')!.textContent = t.appTitle;
  document.getElementById('app-subtitle')!.textContent = t.appSubtitle;
  document.getElementById('skip-link')!.textContent = t.skipToPanel;
  langButton.textContent = t.switchLang;
  langButton.setAttribute('aria-label', t.switchLangLabel);
  langButton.lang = state.lang === 'nl' ? 'en' : 'nl';
}

async function start() {
  syncChrome(store.get());
  let doc: ProjectsDoc;
  let geo: GeoData;
  try {
    const [rawProjects, rawGeo] = await Promise.all([
      fetchJson(projectsUrl, 'data/projects.json'),
      fetchJson(GEO_URL, 'geo/base.topo.json'),
    ]);
    geo = parseGeoData(rawGeo);
    doc = validateProjects(rawProjects, new Set(geo.municipalities.keys()));
  } catch (e) {
    const t = strings[store.get().lang];
    if (e instanceof ProjectsValidationError) showError(t.dataError, e.problems);
    else showError(t.loadError, [e instanceof Error ? e.message : String(e)]);
    return;
  }

  const owner = projectOfMunicipality(doc);
  const projectById = new Map(doc.projects.map((p) => [p.id, p]));
  const projectOf = (code: string): Project | null => projectById.get(owner.get(code) ?? '') ?? null;
  const view = (s: AppState) => resolveRoute(s.route, doc, geo);

  let map: MapView | null = null;
  let layers: MapLayers | null = null;

  const frame = (s: AppState, animate: boolean) => {
    if (!map || !layers) return;
    const v = view(s);
    const options = { padding: cameraPadding(), animate: animate && !reducedMotion() };
    if (v.kind === 'project') {
      map.select({ projectId: v.project.id, municipalities: [] });
      map.fit(layers.projectBounds.get(v.project.id)!, options);
    } else if (v.kind === 'municipality') {
      const codes = v.parts.map((m) => m.code);
      map.select({ projectId: projectOf(codes[0])?.id ?? null, municipalities: codes });
      map.fit(municipalityBounds(geo, codes), { ...options, padding: { ...options.padding, top: options.padding.top + 60 } });
    } else {
      map.select({ projectId: null, municipalities: [] });
      map.fit(layers.flandersBounds, options);
    }
  };

  const centres = municipalityCentres(geo);
  const answerContext = { doc, geo, centres, projectOf };
  const go = (code: string, placeName: string | null) => {
    locateStatus.textContent = '';
    store.set({ placeName });
    location.hash = formatHash({ route: { kind: 'municipality', code }, lang: store.get().lang });
  };

  mountPanel(panelEl, store, {
    doc,
    geo: () => geo,
    view,
    projectOf,
    answer: (codes) => answerFor(codes, answerContext),
    onZoomTo: (p) => map && layers && map.fit(layers.projectBounds.get(p.id)!, { padding: cameraPadding(), animate: !reducedMotion() }),
  });
  footEl.replaceChildren(renderLegend(store.get().lang, doc));
  store.set({ geoReady: true });

  let searchIndex: Promise<SearchEntry[]> | null = null;
  mountSearch(searchEl, {
    lang: () => store.get().lang,
    loadIndex: () => (searchIndex ??= fetchJson(PLACES_URL, 'geo/places.json')
      .then((raw) => buildSearchIndex((raw as { entries: PlaceEntry[] }).entries))),
    describe: (entry, lang) => describePlace(entry, lang, geo, projectOf),
    onPick: (entry) => {
      const code = entry.codes.length === 1 ? entry.codes[0] : geo.municipalities.get(entry.codes[0])!.nu;
      go(code, entry.kind === 'd' || entry.kind === 'p' ? entry.name : null);
    },
    onLocate: () => locate(geo, (code) => go(code, null)),
  });

  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) {
      syncChrome(s);
      footEl.replaceChildren(renderLegend(s.lang, doc));
      relabelSearch(searchEl, s.lang);
      const t = strings[s.lang];
      map?.setLabels({ hoverNone: t.hoverNone, canvas: t.mapLabel });
    }
    if (s.route !== prev.route) {
      const v = view(s);
      const t = strings[s.lang];
      liveEl.textContent = v.kind === 'project' ? t.selected(v.project.name)
        : v.kind === 'municipality' ? t.selected(v.name) : t.overviewAnnounced;
      document.title = v.kind === 'overview' ? t.appTitle : `${v.kind === 'project' ? v.project.name : v.name} — ${t.appTitle}`;
      frame(s, true);
    }
  });

  // Let the panel paint, then load the map library beside it.
  await new Promise(requestAnimationFrame);
  const { createMapView, webglAvailable } = await import('./map/map-view');
  const t = strings[store.get().lang];
  if (!webglAvailable()) {
    mapEl.replaceChildren(h('p', { class: 'map-message', role: 'note' }, t.noWebgl));
    return;
  }
  layers = buildMapLayers(geo, doc, { experiment: t.experimentLabel, brussels: t.brussels });
  try {
    map = createMapView({
      container: mapEl,
      sources: layers,
      initialBounds: layers.flandersBounds,
      maxBounds: [[layers.flandersBounds[0][0] - 1.5, layers.flandersBounds[0][1] - 1], [layers.flandersBounds[1][0] + 1.5, layers.flandersBounds[1][1] + 1]],
      labels: { hoverNone: t.hoverNone, canvas: t.mapLabel },
      projectNameOf: (code) => projectOf(code)?.name ?? null,
      municipalityNameOf: (code) => geo.municipalities.get(code)?.naam ?? code,
      reducedMotion,
      basemapTiles: import.meta.env.VITE_BASEMAP_TILES || undefined,
    }, {
      onPick(code) {
        const p = projectOf(code);
        const { lang } = store.get();
        location.hash = formatHash({ route: p ? { kind: 'project', id: p.id } : { kind: 'municipality', code }, lang });
      },
      onError(message) {
        console.error(`${strings[store.get().lang].mapError}: ${message}`);
      },
    });
  } catch (e) {
    mapEl.replaceChildren(h('p', { class: 'map-message', role: 'note' }, t.noWebgl));
    console.warn(e);
    return;
  }
  frame(store.get(), false);
  addEventListener('resize', () => map?.resize());
}

addEventListener('hashchange', () => {
  const next = parseHash(location.hash);
  const keepPlace = next.route.kind === 'municipality';
  store.set({ route: next.route, lang: next.lang, focus: 'panel', ...(keepPlace ? {} : { placeName: null }) });
});

/** One line under a search suggestion: what kind of place, where, and its pilot. */
function describePlace(entry: SearchEntry, lang: 'nl' | 'en', geo: GeoData, projectOf: (c: string) => Project | null): string {
  const t = strings[lang];
  const m = (c: string) => geo.municipalities.get(c)!;
  const first = m(entry.codes[0]);
  let kind: string;
  if (entry.kind === 'c') kind = entry.codes.length > 1 ? t.kindMerged(entry.codes.map((c) => m(c).naam).join(', ')) : t.kindMunicipality;
  else if (entry.kind === 'g') kind = first.nu !== first.code ? t.kindMunicipality2017(geo.current.get(first.nu)!.naam) : t.kindMunicipality;
  else if (entry.kind === 'd') kind = t.kindVillage(first.naam);
  else kind = t.kindPostcode(entry.codes.map((c) => m(c).naam).join(', '));
  const projects = [...new Set(entry.codes.map(projectOf).filter((p): p is Project => !!p).map((p) => p.name))];
  return projects.length ? `${kind} · ${projects.join(', ')}` : kind;
}

/** "Use my location": only on click; the position never leaves the browser. */
function locate(geo: GeoData, onFound: (code: string) => void) {
  const t = () => strings[store.get().lang];
  if (!('geolocation' in navigator)) {
    locateStatus.textContent = t().locateUnavailable;
    return;
  }
  locateStatus.textContent = t().locating;
  navigator.geolocation.getCurrentPosition(
    (pos) => {
      const code = municipalityAt(geo, [pos.coords.longitude, pos.coords.latitude]);
      if (code) onFound(code);
      else locateStatus.textContent = t().locateOutside;
    },
    (err) => {
      locateStatus.textContent = err.code === err.PERMISSION_DENIED ? t().locateDenied
        : err.code === err.TIMEOUT ? t().locateTimeout : t().locateUnavailable;
    },
    { timeout: 10_000, maximumAge: 60_000, enableHighAccuracy: false },
  );
}

langButton.addEventListener('click', () => {
  const s = store.get();
  const lang = s.lang === 'nl' ? 'en' : 'nl';
  history.replaceState(null, '', formatHash({ route: s.route, lang }));
  store.set({ lang, focus: 'none' });
});

addEventListener('keydown', (e) => {
  if (e.key !== 'Escape' || store.get().route.kind === 'overview') return;
  if ((e.target as HTMLElement | null)?.closest?.('details > summary')) return;
  location.hash = formatHash({ route: { kind: 'overview' }, lang: store.get().lang });
});

void start();
