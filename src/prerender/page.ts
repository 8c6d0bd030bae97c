// What the build writes into index.html, so the page is complete before its script
// runs, and readable without one (blocked, failed, or a crawler that runs none):
// - the overview map (prerender/overview-map.ts);
// - the overview panel, made by the app's own renderPanel in a DOM of the build's
//   (happy-dom), so it is the panel the script then draws, to the letter;
// - every project's panel, shown by CSS when its link is the page's target (a link
//   to it, or a click before the script runs), and all of them without a script;
// - for a reader without JavaScript only (<noscript>): a line saying what needs it,
//   and the key figures with their source.
// The script replaces all of it with the live page (app/map/controller.ts removes
// the map on the first live map; the panel is redrawn on mount).
import { Window } from 'happy-dom';
import type { GeoData } from '../core/geo-data';
import type { ProjectsDoc } from '../core/types';
import { initialState, type AppState } from '../core/app-state';
import { resolveRoute } from '../core/resolve';
import { formatHash } from '../core/url-state';
import { createLookup } from '../core/lookup';
import { computeCoverage } from '../core/coverage';
import { storeShapes } from '../core/map-shapes';
import { createPictures } from '../app/map/picture';
import { renderPanel } from '../ui/panel';
import type { PanelDeps } from '../ui/panel-parts';
import { svg } from '../ui/dom';
import { slideFigures, type SlideDeps } from '../ui/slide-card';
import { strings } from '../i18n';
import { measureText, textWidth } from '../core/text-widths';
import { createStore } from '../core/store';
import { mountChrome } from '../app/chrome';
import { mountSearch } from '../ui/search-box';
import { overviewMapSvg, type Layout, type PrerenderedMap } from './overview-map';
import { overviewImageSvg } from './preview-image';

export interface PrerenderedPage {
  map: PrerenderedMap;
  /** The overview panel, then what only a reader without JavaScript sees. */
  panel: string;
  /** The top bar as the script draws it (titles, search box, language switch), so nothing moves when it does. */
  topbar: string;
  /** The document's title on the overview. */
  title: string;
  /** The link preview's image (1200 × 630) as SVG, and the words of its meta tags. */
  preview: { svg: string; title: string; alt: string };
}

/** The desktop layout's map box at 1280 × 800 (the 400 px panel beside it, the top bar) and its camera padding (app/map/camera-padding.ts). */
export const LAYOUT: Layout = {
  size: { width: 880, height: 704 },
  padding: { top: 24, right: 24, bottom: 24, left: 24 },
};

export function prerenderPage(
  doc: ProjectsDoc,
  geo: GeoData,
  surroundingsRaw: unknown,
  topbar: string,
): PrerenderedPage {
  const state = initialState('#/');
  const lang = state.lang;
  const t = strings[lang];
  const lookup = createLookup(doc, geo);
  const view: PanelDeps['view'] = (s) => resolveRoute(s.route, doc, geo, s.outside);
  const pictures = createPictures({ doc, geo, lookup, view, shapes: storeShapes(geo, doc) });
  pictures.setSurroundings(surroundingsRaw);
  const map = overviewMapSvg(pictures.of(state), LAYOUT, measureText, (id) =>
    formatHash({ route: { kind: 'project', id } }),
  );
  const preview = {
    svg: overviewImageSvg(pictures.of(state), measureText, {
      title: t.appTitle,
      subtitle: t.appSubtitle(doc.projects.length),
      sources: [...wrap(`${t.source}: ${doc.source[lang]}`, 15, 1136), t.presenterMapCredit],
    }),
    title: t.appTitle,
    alt: t.mapLabel(doc.projects.length),
  };

  const window = new Window();
  const saved = globalThis.document;
  globalThis.document = window.document as unknown as Document;
  try {
    const coverage = computeCoverage(doc, geo, {}, (code) => t.provinces[code] ?? code);
    const never = () => {
      throw new Error('not on the overview');
    };
    const deps: PanelDeps = {
      doc,
      geo,
      view,
      projectOf: lookup.projectOf,
      // The overview answers no place: nothing to answer from.
      answers: { doc, geo, centres: new Map(), projectOf: lookup.projectOf },
      retryPlaces: never,
      onZoomTo: never,
      coverage: { doc, coverage: () => coverage, nameOf: (code) => lookup.nameOfAny(code), onFilter: never },
    };
    const overview = markupOf(renderPanel(state, deps));
    const projects = doc.projects.map((p) => projectMarkup(state, deps, p.id));
    const figures =
      `<p class="prerender-figures">${escapeText(slideFigures(lang, { coverage: () => coverage } as unknown as SlideDeps))}</p>` +
      `<p class="muted">${escapeText(t.presenterFiguresSource)}</p>`;
    const { bar, title } = topBarMarkup(window, topbar, state, view, doc.projects.length);
    const noscript = `<noscript><div class="prerender-noscript"><p class="notice">${escapeText(t.noScript)}</p>${figures}</div></noscript>`;
    return { map, panel: overview + noscript + projects.join(''), topbar: bar, title, preview };
  } finally {
    globalThis.document = saved;
    void window.happyDOM.close();
  }
}

/** A panel as markup. The page's CSP allows no style attribute: a swatch's colour becomes a shape's fill. */
function markupOf(el: Element): string {
  for (const s of el.querySelectorAll<HTMLElement>('.swatch[style]')) {
    const colour = s.style.background;
    s.removeAttribute('style');
    s.append(
      svg(
        'svg',
        { viewBox: '0 0 1 1', preserveAspectRatio: 'none' },
        svg('rect', { width: 1, height: 1, fill: colour }),
      ),
    );
  }
  // Files made by the script on click: nothing to offer without it.
  el.querySelector('.take-away')?.remove();
  return el.outerHTML;
}

/**
 * A project's panel, hidden until its link is the page's target: its id is its
 * link's, so a click on the list or the map before the script runs (or a link to
 * it) makes it the :target, and the style sheet shows it.
 */
function projectMarkup(state: AppState, deps: PanelDeps, id: string): string {
  const panel = renderPanel({ ...state, route: { kind: 'project', id } }, deps);
  // One heading id on the page: the overview's.
  const heading = panel.querySelector('#panel-heading');
  heading?.removeAttribute('id');
  heading?.removeAttribute('tabindex');
  panel.removeAttribute('aria-labelledby');
  for (const el of panel.querySelectorAll('.back, button')) el.remove();
  panel.id = formatHash({ route: { kind: 'project', id } }).slice(1);
  panel.classList.add('prerender-project');
  return markupOf(panel);
}

/**
 * The top bar, filled in by the app's own code, then left (nothing listens in the
 * build). (mountChrome names the skip link too: the page's own has the same words.)
 * (index.html's own markup, parsed as a document: nothing of the data goes in here.)
 */
function topBarMarkup(window: Window, topbar: string, state: AppState, view: PanelDeps['view'], projectCount: number) {
  const never = () => {
    throw new Error('not on the overview');
  };
  const parsed = new window.DOMParser().parseFromString(
    `<body><a id="skip-link"></a>${topbar}<div id="live"></div></body>`,
    'text/html',
  );
  document.body.replaceChildren(...(parsed.body.childNodes as unknown as Node[]));
  const store = createStore(state);
  const stopChrome = mountChrome({ store, view, projectCount, switchLanguage: () => undefined });
  const stopSearch = mountSearch(document.getElementById('search')!, store, {
    loadIndex: never,
    describe: never,
    onPick: never,
    onLocate: never,
  });
  // Locating and the language switch need the script: until it runs, their
  // buttons say they are not there yet (a click on one would be lost), and the
  // script's own buttons replace them.
  for (const button of document.querySelectorAll('.topbar button')) button.setAttribute('disabled', '');
  const bar = document.querySelector('.topbar')!.outerHTML;
  const title = document.title;
  stopSearch();
  stopChrome();
  return { bar, title };
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Words into lines no wider than `width` px at `size` px. */
function wrap(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && textWidth(`${last} ${word}`, size) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
