// The map inspector (read-only questions about what the map drew) for browser
// tests and the benchmark, on `window.gboInspect()`, only when the page was opened
// with `?inspect` in its query. A normal visit exposes nothing.
import type { MapInspector } from '../core/map-view';

declare global {
  interface Window {
    gboInspect?: () => MapInspector | null;
  }
}

export function exposeInspector(inspector: () => MapInspector | null): () => void {
  if (!new URLSearchParams(location.search).has('inspect')) return () => undefined;
  window.gboInspect = inspector;
  return () => {
    delete window.gboInspect;
  };
}
