// Measures names for the label plan (core/label-plan.ts) with the font both maps
// draw them in, on a canvas that is made once. Lines are the plan's wrapped lines.
import type { Measure } from './core/label-plan';
import { LABEL_FONT, LINE_HEIGHT } from './core/map-scene';

/**
 * A software 2D context: measuring needs no GPU, and a GPU-backed canvas would
 * wait on the GPU process (here software WebGL, busy drawing the first frames).
 * The same kind MapLibre draws glyphs on, already warmed up (map/warm-up.ts).
 */
function context2d(): OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null {
  try {
    return new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true });
  } catch {
    return document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  }
}

export function textMeasurer(): Measure {
  const ctx = context2d();
  const cache = new Map<string, { width: number; height: number }>();
  return (text, size, letterSpacing) => {
    const key = `${size.toFixed(2)}|${letterSpacing}|${text}`;
    let m = cache.get(key);
    if (!m) {
      if (ctx) ctx.font = `${size}px ${LABEL_FONT}`;
      const lines = text.split('\n');
      // Without a canvas (a test page), an average glyph is about 0.6 em wide.
      const width = Math.max(...lines.map((l) => (ctx?.measureText(l).width ?? l.length * size * 0.6) + l.length * letterSpacing * size));
      m = { width, height: lines.length * size * LINE_HEIGHT };
      cache.set(key, m);
    }
    return m;
  };
}
