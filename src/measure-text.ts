// Measures names for the label plan (core/label-plan.ts) with the font both maps
// draw them in, on a canvas that is made once. Lines are the plan's wrapped lines.
import type { Measure } from './core/label-plan';
import { LABEL_FONT, LINE_HEIGHT } from './core/map-scene';

export function textMeasurer(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
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
