// The SVG map as a bitmap, for the PNG export: serialised with its drawn styles
// carried along, drawn onto a canvas at `pixelRatio` × its CSS size, over the
// canvas its areas are painted on, if any.
import { paintLayer } from '../../core/map-paint';

const SVG = 'http://www.w3.org/2000/svg';

/** The style properties that make the SVG map look as it does on screen. */
const DRAWN_STYLE = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linejoin',
  'vector-effect',
  'paint-order',
  'display',
  'visibility',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
] as const;

/** Copies each drawn element's computed style onto its clone, element by element. */
function inlineStyles(original: Element, clone: Element): void {
  const from = [original, ...original.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((node, i) => {
    const target = to[i];
    if (!target) return;
    const css = getComputedStyle(node);
    // As presentation attributes, not a style attribute: the page's CSP refuses
    // inline styles, and in the clone no style sheet overrides them.
    for (const p of DRAWN_STYLE) {
      const value = css.getPropertyValue(p);
      if (value) target.setAttribute(p, value);
    }
  });
}

/** `under`: a canvas the SVG is drawn over (the screen's map paints its areas on one). */
export async function snapshotSvg(
  svg: SVGSVGElement,
  size: { width: number; height: number },
  pixelRatio: number,
  under?: HTMLCanvasElement,
): Promise<HTMLCanvasElement> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('xmlns', SVG);
  clone.setAttribute('width', String(size.width));
  clone.setAttribute('height', String(size.height));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const out = document.createElement('canvas');
    out.width = size.width * pixelRatio;
    out.height = size.height * pixelRatio;
    const ctx = out.getContext('2d')!;
    ctx.fillStyle = paintLayer('background').fill!.colour as string;
    ctx.fillRect(0, 0, out.width, out.height);
    if (under) ctx.drawImage(under, 0, 0, out.width, out.height);
    ctx.drawImage(img, 0, 0, out.width, out.height);
    return out;
  } finally {
    URL.revokeObjectURL(url);
  }
}
