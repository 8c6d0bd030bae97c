// How alike two screenshots of the map are: the share of pixels of `a` that have
// a pixel of nearly the same colour in `b` at the same place or one pixel away
// (the two renderers antialias edges differently; a line a pixel over is alike).
import type { Rgba } from './png';

export interface Box { x: number; y: number; width: number; height: number }

export function alikeShare(a: Rgba, b: Rgba, options: { tolerance?: number; skip?: Box[] } = {}): number {
  const tolerance = options.tolerance ?? 24;
  const skip = options.skip ?? [];
  let same = 0, counted = 0;
  const close = (i: number, j: number) => Math.abs(a.data[i]! - b.data[j]!) <= tolerance
    && Math.abs(a.data[i + 1]! - b.data[j + 1]!) <= tolerance && Math.abs(a.data[i + 2]! - b.data[j + 2]!) <= tolerance;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      if (skip.some((s) => x >= s.x && x < s.x + s.width && y >= s.y && y < s.y + s.height)) continue;
      counted++;
      const i = (y * a.width + x) * 4;
      let found = false;
      for (let dy = -1; dy <= 1 && !found; dy++) {
        for (let dx = -1; dx <= 1 && !found; dx++) {
          const xx = x + dx, yy = y + dy;
          if (xx < 0 || yy < 0 || xx >= b.width || yy >= b.height) continue;
          found = close(i, (yy * b.width + xx) * 4);
        }
      }
      if (found) same++;
    }
  }
  return same / counted;
}
