// The page's frame before any data: embed mode (no page chrome, for an iframe)
// and the layout the view asks for (map with panel, wide panel, presenter), as
// attributes on <body> that the style sheet reads. mountPageFrame(...) → dispose().
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import type { PageOptions } from '../core/page-options';
import { layoutOf } from '../core/view-effects';

export function mountPageFrame(store: Store<AppState>, options: PageOptions): () => void {
  document.body.toggleAttribute('data-embed', options.embed);
  const layout = () => {
    document.body.dataset.view = layoutOf(store.get().route);
  };
  layout();
  return store.subscribe(layout);
}
