// The one way the browser specs read colours off a picture. Colours come from the
// app's own constants (src/core/colours.ts, the palette, a computed style), never
// typed in, and are compared with a tolerance over a few pixels, never one exact
// pixel: pixels differ between Chromium's raster modes (GPU raster on SwiftShader,
// CPU raster with --disable-gpu-rasterization) and between Chromium versions.
import { hexToRgb } from '../../support/colour';
import { decodePng, type Rgba } from './png';

export type Rgb = [number, number, number];
export type Picture = Rgba;
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Per channel, on 0–255. A flat fill drifts by 1–3 between raster modes; the
 * centre of a small antialiased shape more. Two of the map's colours that must be
 * told apart differ by far more than this (checked where it matters, see `nearest`).
 */
export const TOLERANCE = 8;

export const picture = (png: Buffer): Picture => decodePng(png);

/** A #rrggbb colour, or a CSS rgb()/rgba() string as getComputedStyle gives it. */
export function rgb(colour: string): Rgb {
  if (colour.startsWith('#')) return hexToRgb(colour);
  const m = colour.match(/\d+(\.\d+)?/g);
  if (!m || m.length < 3) throw new Error(`not a colour: ${colour}`);
  return [Number(m[0]), Number(m[1]), Number(m[2])];
}

export const near = (a: Rgb, b: Rgb, tolerance = TOLERANCE): boolean =>
  a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);

const at = (image: Picture, x: number, y: number): Rgb => {
  const i = (y * image.width + x) * 4;
  return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
};

/** The pixels of the (2r+1)² square around (x, y), rounded to whole pixels and kept inside the picture. */
function square(image: Picture, x: number, y: number, radius: number): Rgb[] {
  const out: Rgb[] = [];
  const cx = Math.round(x),
    cy = Math.round(y);
  for (let yy = cy - radius; yy <= cy + radius; yy++) {
    for (let xx = cx - radius; xx <= cx + radius; xx++) {
      if (xx >= 0 && yy >= 0 && xx < image.width && yy < image.height) out.push(at(image, xx, yy));
    }
  }
  if (!out.length) throw new Error(`(${x}, ${y}) is outside the ${image.width}×${image.height} picture`);
  return out;
}

/** The colour around (x, y): each channel's median over the (2r+1)² pixels there, so one stray edge pixel cannot decide it. */
export function colourAround(image: Picture, x: number, y: number, radius = 1): Rgb {
  const pixels = square(image, x, y, radius);
  const median = (c: number) => {
    const v = pixels.map((p) => p[c]!).sort((a, b) => a - b);
    return v[v.length >> 1]!;
  };
  return [median(0), median(1), median(2)];
}

/** Whether the picture shows `colour` around (x, y): the median of the square there is within the tolerance. */
export const showsAround = (
  image: Picture,
  x: number,
  y: number,
  colour: Rgb,
  { radius = 1, tolerance = TOLERANCE } = {},
): boolean => near(colourAround(image, x, y, radius), colour, tolerance);

/**
 * How many pixels (inside `within`, else the whole picture) show each colour:
 * a pixel counts for the reference colour it is nearest to, and only within the
 * tolerance. So two close colours (the labels' pure white halo, the land's
 * off-white) are each counted as themselves, not both as either.
 */
export function countNearest(
  image: Picture,
  colours: Rgb[],
  { within, tolerance = TOLERANCE }: { within?: Box; tolerance?: number } = {},
): number[] {
  const box = within ?? { x: 0, y: 0, width: image.width, height: image.height };
  const counts = colours.map(() => 0);
  const x0 = Math.max(0, Math.round(box.x)),
    x1 = Math.min(image.width, Math.round(box.x + box.width));
  const y0 = Math.max(0, Math.round(box.y)),
    y1 = Math.min(image.height, Math.round(box.y + box.height));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const p = at(image, x, y);
      let best = -1,
        bestDistance = Infinity;
      colours.forEach((c, k) => {
        const d = (p[0] - c[0]) ** 2 + (p[1] - c[1]) ** 2 + (p[2] - c[2]) ** 2;
        if (d < bestDistance && near(p, c, tolerance)) {
          best = k;
          bestDistance = d;
        }
      });
      if (best >= 0) counts[best]!++;
    }
  }
  return counts;
}

/**
 * How alike two pictures of the map are: the share of pixels of `a` that have a
 * pixel of nearly the same colour in `b` at the same place or one pixel away (the
 * two renderers antialias edges differently; a line a pixel over is alike).
 */
export function alikeShare(a: Picture, b: Picture, options: { tolerance?: number; skip?: Box[] } = {}): number {
  const tolerance = options.tolerance ?? 24;
  const skip = options.skip ?? [];
  let same = 0,
    counted = 0;
  const close = (i: number, j: number) =>
    Math.abs(a.data[i]! - b.data[j]!) <= tolerance &&
    Math.abs(a.data[i + 1]! - b.data[j + 1]!) <= tolerance &&
    Math.abs(a.data[i + 2]! - b.data[j + 2]!) <= tolerance;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      if (skip.some((s) => x >= s.x && x < s.x + s.width && y >= s.y && y < s.y + s.height)) continue;
      counted++;
      const i = (y * a.width + x) * 4;
      let found = false;
      for (let dy = -1; dy <= 1 && !found; dy++) {
        for (let dx = -1; dx <= 1 && !found; dx++) {
          const xx = x + dx,
            yy = y + dy;
          if (xx < 0 || yy < 0 || xx >= b.width || yy >= b.height) continue;
          found = close(i, (yy * b.width + xx) * 4);
        }
      }
      if (found) same++;
    }
  }
  return same / counted;
}
