// The coverage view (#/dekking): figures, filters, per province and zone, and the
// sortable table that is the reading alternative to the map. Pure rendering: the
// figures come from core/coverage, navigation from the callbacks.
import type { AppState } from '../core/app-state';
import type { Lang, ProjectsDoc } from '../core/types';
import { FILTER_KEYS, formatHash, type Filter } from '../core/url-state';
import { filterWords } from './filter-words';
import { filterOptions, sortFigures, type Coverage, type ProjectFigures, type SortKey } from '../core/coverage';
import { coverageCsv } from '../core/coverage-csv';
import { strings, formatNumber, type Strings } from '../i18n';
import { h } from './dom';
import { downloadBlob } from './download';
import { compareNl } from '../core/collate';
import { renderAreas } from './coverage-areas';
import { renderKeyFigures } from './key-figures';

export interface TableSort {
  key: SortKey;
  dir: 'ascending' | 'descending';
}

export interface CoverageDeps {
  doc: ProjectsDoc;
  coverage(filter: Filter): Coverage;
  nameOf(code: string): string;
  sort(): TableSort;
  onSort(sort: TableSort): void;
  onFilter(filter: Filter): void;
}

const COLUMNS: { key: SortKey | null; label: (t: Strings) => string; numeric?: boolean }[] = [
  { key: 'name', label: (t) => t.colProject },
  { key: 'municipalities', label: (t) => t.colMunicipalities, numeric: true },
  { key: 'population', label: (t) => t.colPopulation, numeric: true },
  { key: 'areaKm2', label: (t) => t.colArea, numeric: true },
  { key: 'provinces', label: (t) => t.colProvinces },
  { key: null, label: (t) => t.colThemes },
];

/** The table's rows as plain values: what is shown and what the CSV holds. */
export function tableRows(rows: ProjectFigures[], deps: Pick<CoverageDeps, 'doc' | 'nameOf'>, lang: AppState['lang']) {
  return rows.map(
    (r) =>
      [
        r.project.name,
        r.project.municipalities.map(deps.nameOf).sort(compareNl).join(', '),
        r.population,
        r.areaKm2,
        r.provinces.join(', '),
        r.project.themes.map((k) => deps.doc.themes[k.type]?.[lang] ?? k.type).join(', '),
      ] as const,
  );
}

export function renderCoverage(state: AppState, deps: CoverageDeps): HTMLElement {
  const t = strings[state.lang];
  const lang = state.lang;
  const options = filterOptions(deps.doc);
  const unknown = FILTER_KEYS.filter((k) => state.filter[k] && !options[k].some((o) => o.value === state.filter[k]));
  const filter: Filter = Object.fromEntries(
    FILTER_KEYS.filter((k) => state.filter[k] && !unknown.includes(k)).map((k) => [k, state.filter[k]]),
  );
  const c = deps.coverage(filter);
  const sort = deps.sort();
  const rows = sortFigures(c.perProject, sort.key, sort.dir);
  const values = tableRows(rows, deps, lang);
  const words = filterWords(filter, deps.doc, lang);

  // First what a reader comes for: the key figures with their bases and the filter
  // in words; then the filters and the notes; then the detail.
  return h(
    'section',
    { class: 'panel-body coverage', 'aria-labelledby': 'panel-heading' },
    h('a', { href: formatHash({ ...state, route: { kind: 'overview' } }), class: 'back' }, `← ${t.back}`),
    h('h2', { id: 'panel-heading', tabindex: '-1' }, t.coverageHeading),
    renderKeyFigures(c, lang, words, deps.doc.projects.length),
    h(
      'fieldset',
      { class: 'filters' },
      h('legend', {}, t.filtersHeading),
      ...filterSelects(filter, options, lang, deps.onFilter),
    ),
    ...unknown.map((k) => h('p', { class: 'notice' }, t.filterUnknown(String(state.filter[k]).slice(0, 60)))),
    h('p', { role: 'status', class: 'visually-hidden' }, t.filterMatches(c.projects.length)),
    h('p', { class: 'muted' }, t.coverageIntro),
    ...renderAreas(c, lang),
    h('h3', {}, t.tableHeading),
    projectTable(state, values, rows, tableHeader(sort, lang, deps.onSort)),
    csvButton(c, values, words, filter, lang),
  );
}

type Options = ReturnType<typeof filterOptions>;
type Row = ReturnType<typeof tableRows>[number];

/** One select a filter: every value of its vocabulary, and "all". */
function filterSelects(
  filter: Filter,
  options: Options,
  lang: Lang,
  onFilter: CoverageDeps['onFilter'],
): HTMLElement[] {
  const t = strings[lang];
  return FILTER_KEYS.map((key) => {
    const label = { thema: t.filterTheme, doelgroep: t.filterGroup, partner: t.filterPartner }[key];
    const select = h(
      'select',
      { id: `filter-${key}`, name: key },
      h('option', { value: '' }, t.filterAll),
      ...options[key].map((o) => h('option', { value: o.value, selected: filter[key] === o.value }, o.label[lang])),
    );
    select.addEventListener('change', () => onFilter({ ...filter, [key]: select.value || undefined }));
    return h('div', { class: 'filter' }, h('label', { for: `filter-${key}` }, label), select);
  });
}

/** The table's column heads; a sortable column's is a button that says and turns its order. */
function tableHeader(sort: TableSort, lang: Lang, onSort: CoverageDeps['onSort']): HTMLElement[] {
  const t = strings[lang];
  return COLUMNS.map((col) => {
    if (!col.key) return h('th', { scope: 'col' }, col.label(t));
    const key = col.key;
    const active = sort.key === key;
    const button = h(
      'button',
      { type: 'button', class: 'sort', 'data-sort': key },
      col.label(t),
      h('span', { 'aria-hidden': 'true' }, active ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ' ↕'),
    );
    button.addEventListener('click', () =>
      onSort({ key, dir: active && sort.dir === 'ascending' ? 'descending' : 'ascending' }),
    );
    return h(
      'th',
      { scope: 'col', 'aria-sort': active ? sort.dir : undefined, class: col.numeric ? 'num' : undefined },
      button,
    );
  });
}

/** Every project's figures, its name a link to it. */
function projectTable(
  state: AppState,
  values: Row[],
  rows: ReturnType<typeof sortFigures>,
  header: HTMLElement[],
): HTMLElement {
  const t = strings[state.lang];
  const n = (v: number, d = 0) => formatNumber(v, state.lang, d);
  const row = (v: Row, i: number) =>
    h(
      'tr',
      {},
      h(
        'th',
        { scope: 'row' },
        h('a', { href: formatHash({ ...state, route: { kind: 'project', id: rows[i]?.project.id ?? '' } }) }, v[0]),
      ),
      h('td', {}, v[1]),
      h('td', { class: 'num' }, n(v[2])),
      h('td', { class: 'num' }, n(v[3], 1)),
      h('td', {}, v[4]),
      h('td', {}, v[5]),
    );
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'data projects-table' },
      h('caption', {}, t.tableCaption),
      h('thead', {}, h('tr', {}, ...header)),
      h('tbody', {}, ...values.map(row)),
    ),
  );
}

/** The file carries what the screen shows: the filter, the figures, both area tables and the project table, rounded as shown. */
function csvButton(c: Coverage, values: Row[], words: string[], filter: Filter, lang: Lang): HTMLElement {
  const t = strings[lang];
  const csv = h('button', { type: 'button', class: 'zoom' }, t.downloadCsv);
  const labels = {
    title: t.coverageHeading,
    filterLabel: t.csvFilter,
    filter: words.join('; ') || t.csvNoFilter,
    rounding: t.csvRounding,
    figures: t.csvFigures,
    covered: t.csvCovered,
    total: t.csvTotal,
    share: t.csvShare,
    figMunicipalities: t.figMunicipalities,
    figPopulation: t.figPopulation,
    figArea: t.colArea,
    perProvince: t.perProvince,
    colProvince: t.colProvince,
    zones: t.zonesHeading,
    colZone: t.colZone,
    colPilotMunicipalities: t.colPilotMunicipalities,
    colCovered: t.colCovered,
    colShareOwn: t.colShareOwn,
    colShareOfCovered: t.colShareOfCovered,
    totalRow: t.totalRow,
    projects: t.tableHeading,
    projectHeader: COLUMNS.map((col) => col.label(t)),
  };
  const rounded = values.map((r) => [r[0], r[1], r[2], Math.round(r[3] * 10) / 10, r[4], r[5]]);
  const file = t.csvFile(
    FILTER_KEYS.filter((k) => filter[k])
      .map((k) => `${k}-${filter[k]}`)
      .join('-'),
  );
  csv.addEventListener('click', () =>
    downloadBlob(new Blob([coverageCsv(c, labels, rounded)], { type: 'text/csv;charset=utf-8' }), file),
  );
  return csv;
}
