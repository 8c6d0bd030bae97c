// Presenter mode's two windows: the slide (ui/presenter.ts) and the presenter's
// console (ui/presenter-console.ts), the link that keeps them in step, and the
// windows they open for each other. mountPresentation(...) → dispose().
import type { Store } from '../../core/store';
import type { AppState } from '../../core/app-state';
import type { View } from '../../core/resolve';
import type { Coverage } from '../../core/coverage';
import type { GeoData } from '../../core/geo-data';
import type { ProjectsDoc } from '../../core/types';
import type { Route } from '../../core/url-state';
import { formatHash } from '../../core/url-state';
import { presentationStep, stepRoute } from '../../core/presentation';
import { strings } from '../../i18n';
import { mountPresenter } from '../../ui/presenter';
import { mountConsole } from '../../ui/presenter-console';
import type { Pictures } from '../map/picture';
import type { Url } from '../url';
import { createTakeawayMap, type TakeawayMap } from '../takeaway-map';
import { mountPresenterLink, type Channel } from './presenter-link';
import { slideMover } from './other-screen';

export interface PresentationDeps {
  doc: ProjectsDoc;
  geo: GeoData;
  view(state: AppState): View;
  coverage(): Coverage;
  pictures: Pictures;
  /** For the DOM tests: a channel of their own. */
  openChannel?: () => Channel;
}

/** The console's size on a laptop: room for the notes beside the slide. */
const CONSOLE_FEATURES = 'popup,width=1366,height=768';

export function mountPresentation(
  slideEl: HTMLElement,
  consoleEl: HTMLElement,
  store: Store<AppState>,
  url: Url,
  deps: PresentationDeps,
): () => void {
  const t = () => strings[store.get().lang];
  const step = () => presentationStep(store.get().route) ?? 1;
  // The other window's address: this page, its options, the other route.
  const address = (route: Route) => `${location.pathname}${location.search}${formatHash({ ...store.get(), route })}`;
  const maps = new WeakMap<HTMLElement, TakeawayMap>();

  const disposers = [
    mountPresenterLink(store, url, deps.openChannel),
    mountPresenter(slideEl, store, {
      ...deps,
      exit: () => url.leavePresenter(),
      goTo: (n) => url.navigate({ route: { kind: 'presenter', step: n } }, { replace: true }),
      openConsole: () => !!window.open(address({ kind: 'console', step: step() }), 'gbo-console', CONSOLE_FEATURES),
      toOtherScreen: slideMover(t),
    }),
    mountConsole(consoleEl, store, {
      ...deps,
      goTo: (n) => url.navigate({ route: { kind: 'console', step: n } }, { replace: true, focus: 'none' }),
      openSlide: () => !!window.open(address({ kind: 'presenter', step: step() }), 'gbo-slide'),
      drawMap(host, s, lang) {
        let map = maps.get(host);
        if (!map) {
          const inner = document.createElement('div');
          host.replaceChildren(inner);
          maps.set(host, (map = createTakeawayMap(inner)));
        }
        const picture = deps.pictures.of({ ...store.get(), lang, route: stepRoute(s) });
        const drawn = map;
        // A picture, drawn at the size the layout gives its frame.
        void drawn.preload().then(
          () => drawn.draw(picture, Math.max(160, host.clientWidth), Math.max(100, host.clientHeight)),
          () => undefined,
        );
      },
    }),
  ];
  return () => {
    for (const dispose of disposers) dispose();
  };
}
