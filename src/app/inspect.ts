// The map inspector (read-only questions about what the map drew) for browser
// tests and the benchmark, on `window.gboInspect()`, only when the page was opened
// with `?inspect` in its query. A normal visit exposes nothing.
import type { MapInspector } from '../core/map-seam';

/** The last downloaded image: its map's inspector and where that map sits in the image (image pixels, map pixels × scale). */
export interface ImageInspector {
  map: MapInspector;
  frame: { x: number; y: number; width: number; height: number };
  scale: number;
}

declare global {
  interface Window {
    gboInspect?: () => MapInspector | null;
    gboInspectImage?: () => ImageInspector | null;
  }
}

export function exposeInspector(
  inspector: () => MapInspector | null,
  image: () => ImageInspector | null = () => null,
): () => void {
  if (!new URLSearchParams(location.search).has('inspect')) return () => undefined;
  window.gboInspect = inspector;
  window.gboInspectImage = image;
  return () => {
    delete window.gboInspect;
    delete window.gboInspectImage;
  };
}
