// A QR code of a link as SVG (one path, no markup strings), drawn synchronously
// once the encoder has loaded: a print started at any moment (Ctrl+P) finds it
// ready. qrcode-generator loads on first need, ahead of any print.
type Encoder = (typeNumber: number, errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H') => {
  addData(data: string): void;
  make(): void;
  getModuleCount(): number;
  isDark(row: number, col: number): boolean;
};
let encoder: Encoder | null = null;
let loading: Promise<void> | null = null;

export function preloadQr(): Promise<void> {
  return (loading ??= import('qrcode-generator').then((m) => { encoder = m.default as unknown as Encoder; }));
}

const SVG = 'http://www.w3.org/2000/svg';

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
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) {
    if (qr.isDark(r, c)) d += `M${c + margin} ${r + margin}h1v1h-1z`;
  }
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const bg = document.createElementNS(SVG, 'rect');
  bg.setAttribute('width', String(size));
  bg.setAttribute('height', String(size));
  bg.setAttribute('fill', '#fff');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(bg, path);
  return svg;
}
