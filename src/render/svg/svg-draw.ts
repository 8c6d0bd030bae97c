// SVG pieces the SVG map draws: elements, and the plan's names and leader lines.
import type { LabelPlan } from '../../core/label-plan';
import type { MapScene } from '../../core/map-scene';
import type { DrawnLabel, ScreenPoint } from '../../core/map-seam';
import { LABEL_FONT, LABEL_STYLE, LINE_HEIGHT } from '../../core/map-scene';
import { DIMMED, amountAt, byState, paintLayer, type PaintLayer } from '../../core/map-paint';
import { svg as el } from '../../ui/dom';

/** A marker of the paint list (W13's experiments, the user's position) as SVG circle attributes, at a zoom and label scale. */
export function circleAttrs(p: PaintLayer, zoom: number, labelScale: number): Record<string, string> {
  const c = p.circle!;
  const scale = p.scaled ? labelScale : 1;
  return {
    r: String(amountAt(c.radius, zoom, scale)),
    fill: c.colour,
    stroke: c.stroke,
    'stroke-width': String(c.strokeWidth * scale),
  };
}

/** A line of the paint list in its base state (the plan's leaders) as SVG stroke attributes, at a zoom and label scale. */
export function lineAttrs(p: PaintLayer, zoom: number, labelScale: number): Record<string, string> {
  const l = p.line!;
  const opacity = byState(l.opacity, {});
  return {
    stroke: l.colour,
    'stroke-width': String(amountAt(byState(l.width, {}), zoom, p.scaled ? labelScale : 1)),
    ...(opacity !== 1 ? { 'stroke-opacity': String(opacity) } : {}),
  };
}

/** W13's experiment markers and the user's position, at the screen positions `at` gives. */
export function drawMarks(scene: MapScene, zoom: number, at: (p: number[]) => ScreenPoint): SVGGElement {
  const marks = el('g', { class: 'marks' });
  const dot = (className: string, id: 'sub-areas' | 'position', p: number[]) => {
    const { x, y } = at(p);
    marks.append(
      el('circle', {
        class: className,
        cx: String(x),
        cy: String(y),
        ...circleAttrs(paintLayer(id), zoom, scene.labelScale),
      }),
    );
  };
  for (const f of scene.layers.subAreas.features) dot('experiment-marker', 'sub-areas', f.geometry.coordinates);
  if (scene.position) dot('position-marker', 'position', scene.position);
  return marks;
}

/** The plan's leader lines and names, at the screen positions `at` gives: text, one tspan a line, centred on its box. */
export function drawLabels(plan: LabelPlan, scale: number, at: (p: [number, number]) => ScreenPoint): SVGElement[] {
  const leaders = el('g', { class: 'leaders' });
  for (const l of plan.leaders) {
    const a = at(l.from),
      b = at(l.to);
    leaders.append(
      el('line', {
        x1: String(a.x),
        y1: String(a.y),
        x2: String(b.x),
        y2: String(b.y),
        ...lineAttrs(paintLayer('plan-leaders'), 0, scale),
      }),
    );
  }
  const texts = plan.labels.map((l) => {
    const style = LABEL_STYLE[l.kind];
    const c = at(l.at);
    const lines = l.text.split('\n');
    const t = el('text', {
      class: `svg-label ${l.kind}-label`,
      'data-kind': l.kind,
      'data-id': l.id,
      'text-anchor': 'middle',
      'font-family': LABEL_FONT,
      'font-size': String(l.size),
      fill: style.colour,
      stroke: style.halo,
      'stroke-width': String(2 * style.haloWidth * scale),
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
      ...(style.letterSpacing ? { 'letter-spacing': String(style.letterSpacing * l.size) } : {}),
      ...(l.dimmed ? { opacity: String(DIMMED.label) } : {}),
    });
    lines.forEach((line, i) => {
      const span = el('tspan', {
        x: String(c.x),
        y: String(c.y + (i - (lines.length - 1) / 2) * LINE_HEIGHT * l.size),
        'dominant-baseline': 'central',
      });
      span.textContent = line;
      t.append(span);
    });
    return t;
  });
  return [leaders, ...texts];
}

/** The names drawn under `root`, read back from the text elements drawLabels made. */
export function drawnLabels(root: Element): DrawnLabel[] {
  return [...root.querySelectorAll('text.svg-label')].map((t) => ({
    kind: t.getAttribute('data-kind') ?? '',
    id: t.getAttribute('data-id') ?? '',
    text: [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '),
    size: Number(t.getAttribute('font-size')),
    opacity: Number(t.getAttribute('opacity') ?? 1),
  }));
}
