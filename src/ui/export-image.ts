// "Download afbeelding": a 16:9 landscape picture for a slide. The map framed on
// the view's area on the left, a legend of what it shows on the right (projects a
// filter leaves out marked as such), the title and a subtitle that names the
// filter above, both source lines and the date below. Every text wraps to its
// column; none is squeezed.
import { downloadBlob } from './download';
import type { LegendEntry } from '../core/legend';

export interface ImageText {
  title: string;
  subtitle: string;
  legend: string;
  sources: string[];
  date: string;
}

/** The picture's size in pixels: full HD, 16:9. */
export const IMAGE = { width: 1920, height: 1080 };
const PAD = 48;
const LEGEND_WIDTH = 500;
const GAP = 32;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

type Ctx = CanvasRenderingContext2D;

/** Lines of `text` no wider than `width` at the context's font: broken at spaces, a too-long word at any letter. */
export function wrapText(ctx: Pick<Ctx, 'measureText'>, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => ctx.measureText(s).width <= width;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const tried = line ? `${line} ${word}` : word;
    if (fits(tried)) {
      line = tried;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    let rest = word;
    while (!fits(rest)) {
      let n = rest.length - 1;
      while (n > 1 && !fits(rest.slice(0, n))) n--;
      lines.push(rest.slice(0, n));
      rest = rest.slice(n);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** The size of the map frame in the picture, for drawing the map at exactly that size. */
export function mapFrame(ctx: Ctx, text: ImageText): { x: number; y: number; width: number; height: number } {
  const header = headerHeight(ctx, text);
  const footer = footerHeight(ctx, text);
  const y = PAD + header + 20;
  return {
    x: PAD,
    y,
    width: IMAGE.width - 2 * PAD - LEGEND_WIDTH - GAP,
    height: IMAGE.height - PAD / 2 - footer - 20 - y,
  };
}

const font = (px: number, weight = 400) => `${weight} ${px}px ${FONT}`;
const textWidth = IMAGE.width - 2 * PAD;

function headerHeight(ctx: Ctx, text: ImageText): number {
  ctx.font = font(50, 700);
  const title = wrapText(ctx, text.title, textWidth).length * 60;
  ctx.font = font(28);
  return title + 8 + wrapText(ctx, text.subtitle, textWidth).length * 36;
}

function footerHeight(ctx: Ctx, text: ImageText): number {
  ctx.font = font(21);
  return [...text.sources, text.date].reduce((h, s) => h + wrapText(ctx, s, textWidth).length * 28, 0);
}

export function newImageCanvas(): { canvas: HTMLCanvasElement; ctx: Ctx } {
  const canvas = document.createElement('canvas');
  canvas.width = IMAGE.width;
  canvas.height = IMAGE.height;
  return { canvas, ctx: canvas.getContext('2d')! };
}

export function composeImage(
  canvas: HTMLCanvasElement,
  map: HTMLCanvasElement,
  legend: LegendEntry[],
  text: ImageText,
): HTMLCanvasElement {
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'top';
  const lines = (
    s: string,
    px: number,
    weight: number,
    colour: string,
    x: number,
    y: number,
    width: number,
    lineHeight: number,
  ) => {
    ctx.font = font(px, weight);
    ctx.fillStyle = colour;
    const wrapped = wrapText(ctx, s, width);
    wrapped.forEach((l, i) => ctx.fillText(l, x, y + i * lineHeight));
    return y + wrapped.length * lineHeight;
  };

  let y = lines(text.title, 50, 700, '#111111', PAD, PAD, textWidth, 60);
  lines(text.subtitle, 28, 400, '#333333', PAD, y + 8, textWidth, 36);

  const frame = mapFrame(ctx, text);
  ctx.drawImage(map, frame.x, frame.y, frame.width, frame.height);
  ctx.strokeStyle = '#1b1f1b';
  ctx.lineWidth = 2;
  ctx.strokeRect(frame.x, frame.y, frame.width, frame.height);

  const lx = frame.x + frame.width + GAP;
  y = lines(text.legend, 28, 700, '#111111', lx, frame.y, LEGEND_WIDTH, 36) + 6;
  // The largest type at which the whole legend fits beside the map.
  let px = 23;
  const heightAt = (size: number) => {
    ctx.font = font(size);
    return legend.reduce(
      (h, e) =>
        h + Math.max(wrapText(ctx, e.label, LEGEND_WIDTH - size * 1.6).length * size * 1.26, size * 1.15) + size * 0.4,
      0,
    );
  };
  while (px > 15 && y + heightAt(px) > frame.y + frame.height) px--;
  const swatch = Math.round(px * 1.13);
  for (const entry of legend) {
    ctx.globalAlpha = entry.dimmed ? 0.3 : 1;
    markAt(ctx, entry, lx, y + 2, swatch);
    ctx.globalAlpha = 1;
    const bottom = lines(
      entry.label,
      px,
      400,
      entry.dimmed ? '#666666' : '#111111',
      lx + swatch + 12,
      y + 2,
      LEGEND_WIDTH - px * 1.6,
      px * 1.26,
    );
    y = Math.max(bottom, y + swatch + 4) + px * 0.4;
  }

  y = IMAGE.height - PAD / 2 - footerHeight(ctx, text);
  for (const s of [...text.sources, text.date]) y = lines(s, 21, 400, '#333333', PAD, y, textWidth, 28);
  return canvas;
}

export function downloadCanvas(canvas: HTMLCanvasElement, name: string): Promise<void> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => {
      if (!blob) return reject(new Error('the image could not be made'));
      downloadBlob(blob, name);
      resolve();
    }, 'image/png'),
  );
}

/** A legend entry's mark (core/legend.ts) in a square of `size` px at (x, y): an area's square, a border's line, a marker's dot. */
function markAt(ctx: CanvasRenderingContext2D, entry: LegendEntry, x: number, y: number, size: number): void {
  if (entry.mark === 'line') {
    ctx.strokeStyle = entry.colour;
    ctx.lineWidth = 4;
    ctx.beginPath();
    ctx.moveTo(x, y + size / 2);
    ctx.lineTo(x + size, y + size / 2);
    ctx.stroke();
  } else if (entry.mark === 'dot') {
    ctx.beginPath();
    ctx.arc(x + size / 2, y + size / 2, size / 2 - 3, 0, 2 * Math.PI);
    ctx.fillStyle = entry.colour;
    ctx.fill();
    ctx.lineWidth = 4;
    ctx.strokeStyle = entry.border ?? entry.colour;
    ctx.stroke();
  } else {
    ctx.fillStyle = entry.colour;
    ctx.fillRect(x, y, size, size);
    // On a picture every square is outlined, Brussels' grey too: a slide's projector washes pale fills out.
    ctx.lineWidth = 2;
    ctx.strokeStyle = entry.border ?? '#1b1f1b';
    ctx.strokeRect(x, y, size, size);
  }
}
