// A QR code of a link as SVG (one path, no markup strings), drawn synchronously
// once the encoder has loaded: a print started at any moment (Ctrl+P) finds it
// ready. qrcode-generator loads on first need, ahead of any print.
import { svg } from './dom';

type Encoder = (
  typeNumber: number,
  errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H',
) => {
  addData(data: string): void;
  make(): void;
  getModuleCount(): number;
  isDark(row: number, col: number): boolean;
};
let encoder: Encoder | null = null;
let loading: Promise<void> | null = null;

export function preloadQr(): Promise<void> {
  return (loading ??= import('qrcode-generator').then((m) => {
    encoder = m.default as unknown as Encoder;
  }));
}

/** The QR code of `text` (error correction M, a 4-module quiet zone); null before preloadQr() resolved or when the text is too long for one. */
export function qrSvg(text: string, margin = 4): SVGSVGElement | null {
  if (!encoder) return null;
  const qr = encoder(0, 'M');
  qr.addData(text);
  try {
    qr.make();
  } catch {
    return null; // longer than a QR code holds (a hostile link): the printout gives the link as text only
  }
  const n = qr.getModuleCount();
  const size = n + 2 * margin;
  let d = '';
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++) {
      if (qr.isDark(r, c)) d += `M${c + margin} ${r + margin}h1v1h-1z`;
    }
  return svg(
    'svg',
    { viewBox: `0 0 ${size} ${size}`, 'shape-rendering': 'crispEdges' },
    svg('rect', { width: size, height: size, fill: '#fff' }),
    svg('path', { d, fill: '#000' }),
  );
}
