// The coverage view's area tables (provinces with a totals row; the zones with a
// pilot), each under a bar chart that pictures it.
import type { AreaFigures, Coverage } from '../core/coverage';
import type { Lang } from '../core/types';
import { strings, formatNumber, formatShare } from '../i18n';
import { h } from './dom';
import type { BarChartText } from './bar-chart';

function areaTable(
  rows: AreaFigures[],
  total: AreaFigures | null,
  opts: { lang: Lang; caption: string; nameColumn: string; shareOfCovered?: number; cls: string },
) {
  const t = strings[opts.lang];
  const n = (v: number) => formatNumber(v, opts.lang);
  const cells = (a: AreaFigures, head: 'th' | 'td' = 'td') => [
    h('th', { scope: 'row' }, a.name),
    h(head, { class: 'num' }, `${n(a.covered.municipalities)} / ${n(a.total.municipalities)}`),
    h(head, { class: 'num' }, n(a.covered.population)),
    h(head, { class: 'num' }, formatShare(a.covered.population, a.total.population, opts.lang)),
    opts.shareOfCovered === undefined
      ? null
      : h(head, { class: 'num' }, formatShare(a.covered.population, opts.shareOfCovered, opts.lang)),
  ];
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: `data ${opts.cls}` },
      h('caption', {}, opts.caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, opts.nameColumn),
          h('th', { scope: 'col', class: 'num' }, t.colPilotMunicipalities),
          h('th', { scope: 'col', class: 'num' }, t.colCovered),
          h('th', { scope: 'col', class: 'num' }, t.colShareOwn),
          opts.shareOfCovered === undefined ? null : h('th', { scope: 'col', class: 'num' }, t.colShareOfCovered),
        ),
      ),
      h('tbody', {}, ...rows.map((a) => h('tr', {}, ...cells(a)))),
      total ? h('tfoot', {}, h('tr', { class: 'total' }, ...cells(total))) : null,
    ),
  );
}

/**
 * A figure that receives its bar chart once the chart module has loaded: d3-scale
 * is needed on the coverage view only, so it stays out of the first view's script.
 */
function chartFigure(
  rows: AreaFigures[],
  text: BarChartText & { unavailable: string; retry: string },
  twin: string,
): HTMLElement {
  const figure = h('figure', { class: 'chart' }, h('figcaption', { class: 'visually-hidden' }, twin));
  // The panel may have been drawn anew (or the page left) by the time the module
  // arrives: a figure no longer in the page gets nothing. A module that cannot be
  // loaded says so beside the table (which holds the same figures) and offers a retry.
  const load = () =>
    import('./bar-chart').then(
      ({ barChart }) => {
        if (figure.isConnected) figure.prepend(barChart(rows, text));
      },
      () => {
        if (!figure.isConnected) return;
        const retry = h('button', { type: 'button', class: 'zoom' }, text.retry);
        const note = h('p', { class: 'muted chart-error' }, `${text.unavailable} `, retry);
        retry.addEventListener('click', () => {
          note.remove();
          void load();
        });
        figure.prepend(note);
      },
    );
  void load();
  return figure;
}

export function renderAreas(c: Coverage, lang: Lang): HTMLElement[] {
  const t = strings[lang];
  const provinces = c.perProvince.map((p) => ({ ...p, name: t.provinces[p.code] ?? p.name }));
  // Each chart beside its table where the panel is wide enough (below it otherwise).
  const pair = (chart: HTMLElement | null, table: HTMLElement) => h('div', { class: 'area-pair' }, chart, table);
  const parts: HTMLElement[] = [
    h('h3', {}, t.perProvince),
    pair(
      chartFigure(
        provinces,
        {
          title: t.chartProvinces,
          covered: t.chartCovered,
          notCovered: t.chartNotCovered,
          unavailable: t.chartUnavailable,
          retry: t.retry,
        },
        t.chartTwin,
      ),
      areaTable(
        provinces,
        { code: 'total', name: t.totalRow, covered: c.covered, total: c.total },
        {
          lang,
          caption: t.provinceCaption,
          nameColumn: t.colProvince,
          shareOfCovered: c.covered.population,
          cls: 'provinces',
        },
      ),
    ),
    h('h3', {}, t.zonesHeading),
    h('p', { class: 'muted' }, t.elzToday),
    h('p', {}, t.zonesText(c.zones.withPilot.length, c.zones.total)),
    pair(
      c.zones.withPilot.length
        ? chartFigure(
            c.zones.withPilot,
            {
              title: t.chartZones,
              covered: t.chartCovered,
              notCovered: t.chartNotCovered,
              unavailable: t.chartUnavailable,
              retry: t.retry,
            },
            t.chartTwin,
          )
        : null,
      areaTable(c.zones.withPilot, null, { lang, caption: t.zoneCaption, nameColumn: t.colZone, cls: 'zones-table' }),
    ),
  ];
  return parts;
}
