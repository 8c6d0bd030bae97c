// Print, image and embed for the current view. Printouts and images draw the map
// with the SVG map, framed on the view's area (app/takeaway-map.ts). A print can
// start at any moment (Ctrl+P), so what it shows is made synchronously in
// `beforeprint`: the map, the heading with the date, and the link with its QR code.
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import type { View } from '../core/resolve';
import type { ProjectsDoc } from '../core/types';
import type { MapPicture } from './map/picture';
import type { TakeawayMap } from './takeaway-map';
import { strings, type Strings } from '../i18n';
import { composeImage, downloadCanvas, mapFrame, newImageCanvas, type ImageText } from '../ui/export-image';
import { legendEntries, type LegendEntry } from '../core/legend';
import { filterWords } from '../ui/filter-words';
import { preloadQr, qrSvg } from '../ui/qr';
import type { ShareHandlers } from '../ui/share-actions';
import type { ImageInspector } from './inspect';
import type { AfterFirstMap } from './after-first-map';
import type { Coverage } from '../core/coverage';
import { formatNumber, formatShare } from '../i18n';
import { viewName, viewTitle } from '../core/view-effects';
import { afterNextPaint } from '../render/after-paint';

export interface ShareDeps {
  store: Store<AppState>;
  doc: ProjectsDoc;
  view(s: AppState): View;
  /** What the map shows now; null before the geometry is in. */
  picture(): MapPicture | null;
  takeaway: TakeawayMap;
  /** Runs work after the first complete map (app/after-first-map.ts); returns its cancel. */
  afterFirstMap: AfterFirstMap;
  /** The coverage figures under a filter: the coverage view's image leads with them, as the view does. */
  coverage?(filter: AppState['filter']): Coverage;
}

/** The link to this view as people should share it: without the tests' `inspect` switch. */
export function shareUrl(): string {
  const params = new URLSearchParams(location.search);
  params.delete('inspect');
  const query = params.toString();
  return `${location.origin}${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

/**
 * The printout's link and its QR code: they follow the URL, so they are ready
 * before anyone prints. Returns the update; the code is drawn once its module is in.
 */
function printLink(t: () => Strings): () => void {
  const byId = (id: string) => document.getElementById(id);
  let qrFor = '';
  return () => {
    const link = shareUrl();
    const linkEl = byId('print-link');
    if (linkEl) linkEl.textContent = link;
    const label = byId('print-link-label');
    if (label) label.textContent = t().printLink;
    if (qrFor === link) return;
    const svg = qrSvg(link);
    if (!svg && !qrFor) return; // not loaded yet
    qrFor = link;
    byId('print-qr')?.replaceChildren(...(svg ? [svg] : []));
  };
}

/** What the image says around its map: the title, a subtitle with the filter (and on the coverage view its key figures first), the legend, the sources and the date. */
function imageContent(
  s: AppState,
  picture: MapPicture,
  deps: ShareDeps,
  title: string,
  words: string[],
  date: string,
): { text: ImageText; legend: LegendEntry[] } {
  const st = strings[s.lang];
  const kept = picture.scene.kept;
  const legend = legendEntries(
    {
      projects: deps.doc.projects.map((p) => ({ name: p.name, dimmed: kept !== null && !kept.has(p.id) })),
      brussels: true,
      experiments: picture.scene.layers.subAreas.features.length > 0,
      selection: picture.target.selection.municipalities.length > 0,
    },
    st,
  );
  const filterLine = words.length
    ? st.imageFilter(words.join('; '), kept?.size ?? deps.doc.projects.length, deps.doc.projects.length)
    : st.appSubtitle(deps.doc.projects.length);
  const c = s.route.kind === 'coverage' ? deps.coverage?.(s.filter) : undefined;
  const n = (v: number) => formatNumber(v, s.lang);
  const pct = (part: number, whole: number) => formatShare(part, whole, s.lang);
  const figures =
    c &&
    st.imageFigures(
      n(c.covered.municipalities),
      n(c.total.municipalities),
      n(c.covered.population),
      pct(c.covered.population, c.total.population),
      pct(c.covered.areaKm2, c.total.areaKm2),
    );
  const text = {
    title,
    subtitle: figures ? `${figures} ${filterLine}` : filterLine,
    legend: st.legend,
    sources: [st.attribution, `${st.source}: ${deps.doc.source[s.lang]}`],
    date: st.imageDate(date),
  };
  return { text, legend };
}

/** The printout's head: the app, what the view shows (with the filter), the date. */
function printHeader(st: Strings, view: string, date: string): void {
  const set = (id: string, text: string) => {
    const el = document.getElementById(id);
    if (el) el.textContent = text;
  };
  set('print-app', st.appTitle);
  set('print-view', view);
  set('print-date', st.printDate(date));
}

/** The page to embed elsewhere, in an iframe: the same view, without the page's chrome. */
function embedCode(title: string): string {
  const page = new URL(shareUrl());
  page.searchParams.set('embed', '1');
  const src = page.href;
  const name = title.replace(/"/g, '&quot;');
  return `<iframe src="${src.replace(/"/g, '%22')}" title="${name}" width="100%" height="600" style="border:0" loading="lazy"></iframe>`;
}

/** Size of the printed map in CSS pixels: 165 × 118 mm at 96 dpi, drawn 1:1. */
const PRINT_MAP = { width: 624, height: 446 };

export function createShareController(
  deps: ShareDeps,
): ShareHandlers & { preparePrint(): void; lastImage(): ImageInspector | null; dispose(): void } {
  let lastImage: ImageInspector | null = null;
  const t = () => strings[deps.store.get().lang];
  const byId = (id: string) => document.getElementById(id);

  // What the printout and the image say they show: the view's name (core/view-effects.ts), else what the app shows.
  const heading = (s: AppState) =>
    viewName(deps.view(s), strings[s.lang]) ?? strings[s.lang].appSubtitle(deps.doc.projects.length);
  const title = (s: AppState) => viewTitle(deps.view(s), strings[s.lang]);
  const today = () => new Intl.DateTimeFormat(t().locale, { dateStyle: 'long' }).format(new Date());
  const activeFilter = (s: AppState) => (s.route.kind === 'coverage' ? filterWords(s.filter, deps.doc, s.lang) : []);

  const updateLink = printLink(t);
  let disposed = false;

  const preparePrint = () => {
    const s = deps.store.get();
    printHeader(strings[s.lang], [heading(s), ...activeFilter(s)].join(' · '), today());
    updateLink();
    const picture = deps.picture();
    const host = byId('print-map');
    if (picture && host) deps.takeaway.draw(picture, PRINT_MAP.width, PRINT_MAP.height);
  };

  // A new view's link (and its QR code, 17 ms) is made after the frame that shows
  // the view, not in the click's task: the panel the user asked for comes first.
  // A print before then gets it from beforeprint, which makes it at once.
  let cancelLink: (() => void) | null = null;
  const updateLinkSoon = () => {
    cancelLink ??= afterNextPaint(() => {
      cancelLink = null;
      if (!disposed) updateLink();
    });
  };
  const unsubscribe = deps.store.subscribe((s, prev) => {
    if (s.route !== prev.route || s.lang !== prev.lang || s.filter !== prev.filter || s.boundaries !== prev.boundaries)
      updateLinkSoon();
  });
  // What a print needs is loaded after the first map, long before anyone prints.
  const idle = deps.afterFirstMap(() => {
    void preloadQr().then(
      () => {
        if (!disposed) updateLink();
      },
      () => undefined,
    );
    void deps.takeaway.preload().catch(() => undefined);
  });
  addEventListener('beforeprint', preparePrint);

  return {
    preparePrint,
    lastImage: () => lastImage,
    dispose() {
      disposed = true;
      cancelLink?.();
      idle();
      unsubscribe();
      removeEventListener('beforeprint', preparePrint);
      deps.takeaway.dispose();
    },
    async downloadImage() {
      const picture = deps.picture();
      if (!picture) throw new Error(t().loadError);
      const s = deps.store.get();
      const st = strings[s.lang];
      const { text, legend } = imageContent(s, picture, deps, title(s), activeFilter(s), today());
      await deps.takeaway.preload();
      const { canvas, ctx } = newImageCanvas();
      const frame = mapFrame(ctx, text);
      // Drawn at half the frame's pixels and snapped at twice that: labels at a slide's size.
      const map = deps.takeaway.draw(picture, Math.round(frame.width / 2), Math.round(frame.height / 2));
      if (!map) throw new Error(st.loadError);
      const shot = await map.snapshot(2);
      lastImage = { map: map.inspect(), frame, scale: (frame.width / shot.width) * 2 };
      // The printout's map is drawn again at its own size the next time it is needed.
      await downloadCanvas(composeImage(canvas, shot, legend, text), st.imageFile);
    },
    async print() {
      await Promise.all([preloadQr(), deps.takeaway.preload()]);
      preparePrint();
      window.print();
    },
    embedCode: () => embedCode(t().embedTitle),
  };
}
