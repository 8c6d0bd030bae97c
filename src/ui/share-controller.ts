// Print, image and embed for the current view. Printing swaps the WebGL canvas
// (which does not print) for an image of it, with the link to this view as text
// and as a QR code.
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import type { MapView } from '../core/map-view';
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

export function createShareController(deps: ShareDeps): ShareHandlers & { preparePrint(): Promise<void> } {
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
  const today = () => new Intl.DateTimeFormat(deps.store.get().lang === 'nl' ? 'nl-BE' : 'en-GB', { dateStyle: 'long' }).format(new Date());

  const preparePrint = async () => {
    const st = t();
    printMap.alt = st.mapLabel;
    const image = deps.map()?.printImage();
    if (image) printMap.src = image;
    document.getElementById('print-link-label')!.textContent = st.printLink;
    document.getElementById('print-link')!.textContent = location.href;
    if (qrFor !== location.href) {
      qrFor = location.href;
      (document.getElementById('print-qr') as HTMLImageElement).src = await qrDataUrl(location.href);
    }
  };

  return {
    preparePrint,
    async downloadImage() {
      const map = deps.map();
      if (!map) throw new Error(t().noWebgl);
      const s = deps.store.get();
      const st = strings[s.lang];
      const canvas = composeImage(await map.snapshot(2), deps.doc, {
        title: title(s),
        subtitle: st.appSubtitle,
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
      const src = `${location.origin}${location.pathname}?embed=1${location.hash}`;
      const name = t().embedTitle.replace(/"/g, '&quot;');
      return `<iframe src="${src.replace(/"/g, '%22')}" title="${name}" width="100%" height="600" style="border:0" loading="lazy"></iframe>`;
    },
  };
}
