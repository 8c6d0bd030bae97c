// A horizontal bar chart of inhabitants in and outside the pilot municipalities, one
// bar per area (d3-scale for the layout, SVG for the drawing). It is a picture of
// the table printed under it, which is its text twin: hidden from screen readers,
// never a second source of figures.
import { scaleBand, scaleLinear } from 'd3-scale';
import type { AreaFigures } from '../core/coverage';

import { svg as el } from './dom';

export interface BarChartText {
  title: string;
  covered: string;
  notCovered: string;
}

export function barChart(rows: AreaFigures[], text: BarChartText): SVGSVGElement {
  const width = 520;
  const labelWidth = 170;
  const bar = 16;
  const top = 44;
  const height = top + rows.length * (bar + 8) + 4;
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.code))
    .range([top, height - 4])
    .paddingInner(0.3);
  const x = scaleLinear()
    .domain([0, Math.max(1, ...rows.map((r) => r.total.population))])
    .range([labelWidth, width - 4]);
  const svg = el('svg', {
    class: 'bar-chart',
    viewBox: `0 0 ${width} ${height}`,
    'aria-hidden': 'true',
    focusable: 'false',
  });
  svg.append(el('text', { x: 0, y: 13, class: 'bar-title' }, text.title));
  svg.append(el('rect', { x: 0, y: 23, width: 11, height: 11, class: 'bar-covered' }));
  svg.append(el('text', { x: 16, y: 33, class: 'bar-key' }, text.covered));
  svg.append(el('rect', { x: 200, y: 23, width: 11, height: 11, class: 'bar-rest' }));
  svg.append(el('text', { x: 216, y: 33, class: 'bar-key' }, text.notCovered));
  for (const r of rows) {
    const top = y(r.code) ?? 0;
    const h = y.bandwidth();
    svg.append(el('text', { x: labelWidth - 6, y: top + h / 2 + 4, 'text-anchor': 'end', class: 'bar-label' }, r.name));
    svg.append(el('rect', { x: x(0), y: top, width: x(r.total.population) - x(0), height: h, class: 'bar-rest' }));
    svg.append(
      el('rect', {
        x: x(0),
        y: top,
        width: x(r.covered.population) - x(0),
        height: h,
        class: 'bar-covered',
        'data-code': r.code,
      }),
    );
  }
  return svg;
}
