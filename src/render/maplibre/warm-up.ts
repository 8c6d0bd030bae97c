// Work MapLibre will need later, done before the WebGL map is made.
//
// Without a glyph server MapLibre draws each label glyph on a 2D OffscreenCanvas
// that it reads back (willReadFrequently). The first such canvas in a page pays a
// one-time set-up in the browser, measured at 100 ms on an idle page and 340 ms in
// the middle of the map's first frames, when it competes with software WebGL. Doing
// it once up front moves that cost off the path to the first complete map.
// Imports nothing from maplibre-gl, so it costs no download.
export function warmUpGlyphCanvas(): void {
  try {
    new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })?.clearRect(0, 0, 1, 1);
  } catch {
    // No OffscreenCanvas: MapLibre then uses a document canvas; nothing to warm.
  }
}
