// Print, image and embed for the current view. Printing swaps the WebGL canvas
// (which does not print) for an image of it, with the link to this view as text
// and as a QR code.
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import type { MapView } from '../map-view';
import type { View } from '../core/resolve';
import type { ProjectsDoc } from '../core/types';
import { strings } from '../i18n';
import { composeImage, downloadCanvas } from './export-image';
import { qrDataUrl } from './qr';
import type { ShareHandlers } from './share-actions';
import { h } from './dom';

export interface ShareDeps {
  store: Store<AppState>;
  doc: ProjectsDoc;
  view(s: AppState): View;
  map(): MapView | null;
  mapEl: HTMLElement;
}

/** The link to this view as people should share it: without the tests' `inspect` switch. */
export function shareUrl(): string {
  const params = new URLSearchParams(location.search);
  params.delete('inspect');
  const query = params.toString();
  return `${location.origin}${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

export function createShareController(deps: ShareDeps): ShareHandlers & { preparePrint(): Promise<void>; dispose(): void } {
  const t = () => strings[deps.store.get().lang];
  const printMap = h('img', { class: 'print-map print-only', alt: '' });
  deps.mapEl.append(printMap);
  let qrFor = '';

  const title = (s: AppState) => {
    const v = deps.view(s);
    const app = strings[s.lang].appTitle;
    const name = v.kind === 'project' ? v.project.name : v.kind === 'municipality' ? v.name : null;
    return name ? `${name} — ${app}` : app;
  };
  const today = () => new Intl.DateTimeFormat(t().locale, { dateStyle: 'long' }).format(new Date());

  const preparePrint = async () => {
    const st = t();
    printMap.alt = st.mapLabel(deps.doc.projects.length);
    const image = deps.map()?.printImage();
    if (image) printMap.src = image;
    document.getElementById('print-link-label')!.textContent = st.printLink;
    const link = shareUrl();
    document.getElementById('print-link')!.textContent = link;
    if (qrFor !== link) {
      qrFor = link;
      (document.getElementById('print-qr') as HTMLImageElement).src = await qrDataUrl(link);
    }
  };
  const onBeforePrint = () => void preparePrint();
  addEventListener('beforeprint', onBeforePrint);

  return {
    preparePrint,
    dispose() {
      removeEventListener('beforeprint', onBeforePrint);
      printMap.remove();
    },
    async downloadImage() {
      const map = deps.map();
      if (!map) throw new Error(t().noWebgl);
      const s = deps.store.get();
      const st = strings[s.lang];
      const canvas = composeImage(await map.snapshot(2), deps.doc, {
        title: title(s),
        subtitle: st.appSubtitle(deps.doc.projects.length),
        source: `${st.source}: ${deps.doc.source[s.lang]}`,
        attribution: st.attribution,
        date: st.imageDate(today()),
      });
      await downloadCanvas(canvas, st.imageFile);
    },
    async print() {
      await preparePrint();
      window.print();
    },
    embedCode() {
      const page = new URL(shareUrl());
      page.searchParams.set('embed', '1');
      const src = page.href;
      const name = t().embedTitle.replace(/"/g, '&quot;');
      return `<iframe src="${src.replace(/"/g, '%22')}" title="${name}" width="100%" height="600" style="border:0" loading="lazy"></iframe>`;
    },
  };
}
