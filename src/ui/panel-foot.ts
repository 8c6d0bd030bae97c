// The foot of the panel: share actions, map options and the legend, re-drawn when
// the language or a map option changes. mountPanelFoot(el, store, deps) → dispose().
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import type { ProjectsDoc } from '../core/types';
import type { Boundaries } from '../core/url-state';
import { renderShareActions, type ShareHandlers } from './share-actions';
import { renderMapOptions } from './map-options';
import { renderLegend } from './legend';

export interface PanelFootDeps {
  doc: ProjectsDoc;
  share: ShareHandlers;
  onChange(patch: { boundaries?: Boundaries; showElz?: boolean }): void;
}

export function mountPanelFoot(el: HTMLElement, store: Store<AppState>, deps: PanelFootDeps): () => void {
  const render = (s: AppState) =>
    el.replaceChildren(
      renderShareActions(s.lang, deps.share),
      renderMapOptions(s, deps.onChange),
      renderLegend(s.lang, deps.doc, { elz: s.showElz, selection: s.route.kind === 'municipality' }),
    );
  render(store.get());
  const unsubscribe = store.subscribe((s, prev) => {
    const selection = (x: AppState) => x.route.kind === 'municipality';
    if (
      s.lang !== prev.lang ||
      s.boundaries !== prev.boundaries ||
      s.showElz !== prev.showElz ||
      selection(s) !== selection(prev)
    )
      render(s);
  });
  return () => {
    unsubscribe();
    el.replaceChildren();
  };
}
