// "Download afbeelding": the map as a PNG at twice the screen resolution, with a
// title band above and a legend, source line and date below, so the picture can be
// used on its own in a slide or a report.
import { projectColour } from '../core/palette';
import type { ProjectsDoc } from '../core/types';
import { downloadBlob } from './download';

export interface ImageText {
  title: string;
  subtitle: string;
  source: string;
  attribution: string;
  date: string;
}

const SCALE = 2;

export function composeImage(map: HTMLCanvasElement, doc: ProjectsDoc, text: ImageText): HTMLCanvasElement {
  const w = map.width;
  const pad = 16 * SCALE;
  const header = 64 * SCALE;
  const legendRows = Math.ceil(doc.projects.length / 4);
  const footer = (legendRows * 24 + 64) * SCALE;
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = header + map.height + footer;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const font = (px: number, weight = 400) => `${weight} ${px * SCALE}px system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif`;

  ctx.fillStyle = '#111111';
  ctx.textBaseline = 'top';
  ctx.font = font(22, 700);
  ctx.fillText(text.title, pad, 10 * SCALE, w - 2 * pad);
  ctx.font = font(14);
  ctx.fillStyle = '#333333';
  ctx.fillText(text.subtitle, pad, 40 * SCALE, w - 2 * pad);

  ctx.drawImage(map, 0, header);
  ctx.strokeStyle = '#1b1f1b';
  ctx.lineWidth = SCALE;
  ctx.strokeRect(0, header, w, map.height);

  const colWidth = (w - 2 * pad) / 4;
  ctx.font = font(12);
  doc.projects.forEach((p, i) => {
    const x = pad + (i % 4) * colWidth;
    const y = header + map.height + 10 * SCALE + Math.floor(i / 4) * 24 * SCALE;
    ctx.fillStyle = projectColour(i);
    ctx.fillRect(x, y, 14 * SCALE, 14 * SCALE);
    ctx.strokeRect(x, y, 14 * SCALE, 14 * SCALE);
    ctx.fillStyle = '#111111';
    ctx.fillText(p.name, x + 20 * SCALE, y + SCALE, colWidth - 24 * SCALE);
  });
  ctx.fillStyle = '#333333';
  ctx.font = font(11);
  const y = header + map.height + (legendRows * 24 + 14) * SCALE;
  ctx.fillText(text.source, pad, y, w - 2 * pad);
  ctx.fillText(`${text.attribution} ${text.date}`, pad, y + 18 * SCALE, w - 2 * pad);
  return canvas;
}

export function downloadCanvas(canvas: HTMLCanvasElement, name: string): Promise<void> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => {
    if (!blob) return reject(new Error('the image could not be made'));
    downloadBlob(blob, name);
    resolve();
  }, 'image/png'));
}
