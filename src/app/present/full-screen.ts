// Presenter mode and full screen go together: "Presentatie starten" asks for full
// screen (within its click: browsers grant it only to a user's gesture), leaving
// presenter mode leaves full screen, and leaving full screen (the browser takes
// Esc for that) leaves presenter mode. With the WebKit-prefixed API where only
// that exists (Safari on iPad). mountFullScreen(store, leavePresenter) → dispose().
import type { Store } from '../../core/store';
import type { AppState } from '../../core/app-state';

type WebKitDocument = Document & {
  webkitFullscreenElement?: Element | null;
  webkitExitFullscreen?: () => Promise<void> | void;
};
type WebKitElement = HTMLElement & { webkitRequestFullscreen?: () => Promise<void> | void };

const current = () => document.fullscreenElement ?? (document as WebKitDocument).webkitFullscreenElement ?? null;

function enter(): void {
  const root = document.documentElement as WebKitElement;
  const ask = root.requestFullscreen?.bind(root) ?? root.webkitRequestFullscreen?.bind(root);
  void Promise.resolve(ask?.()).catch(() => undefined); // refused: presenter mode works in a window too
}

function leave(): void {
  const doc = document as WebKitDocument;
  const exit = doc.exitFullscreen?.bind(doc) ?? doc.webkitExitFullscreen?.bind(doc);
  void Promise.resolve(exit?.()).catch(() => undefined);
}

export function mountFullScreen(store: Store<AppState>, leavePresenter: () => void): () => void {
  const onClick = (e: MouseEvent) => {
    if ((e.target as Element | null)?.closest?.('a[data-action="present"]') && e.button === 0) enter();
  };
  const onChange = () => {
    if (!current() && store.get().route.kind === 'presenter') leavePresenter();
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (prev.route.kind === 'presenter' && s.route.kind !== 'presenter' && current()) leave();
  });
  // Capture: before the URL's own click handler navigates.
  document.addEventListener('click', onClick, true);
  document.addEventListener('fullscreenchange', onChange);
  document.addEventListener('webkitfullscreenchange', onChange);
  return () => {
    unsubscribe();
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('fullscreenchange', onChange);
    document.removeEventListener('webkitfullscreenchange', onChange);
  };
}
