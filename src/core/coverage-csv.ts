// The coverage view as one CSV with sections, in the order of the screen: the
// filter, the key figures, the province table, the zones, the project table. Every
// number rounded as the screen shows it, and the file says so.
import type { AreaFigures, Coverage } from './coverage';
import { toCsvSections, type Cell } from './csv';

export interface CoverageCsvWords {
  title: string;
  filterLabel: string;
  /** The active filter in words, or the "no filter" phrase. */
  filter: string;
  rounding: string;
  figures: string;
  covered: string;
  total: string;
  share: string;
  figMunicipalities: string;
  figPopulation: string;
  figArea: string;
  perProvince: string;
  colProvince: string;
  zones: string;
  colZone: string;
  colPilotMunicipalities: string;
  colCovered: string;
  colShareOwn: string;
  colShareOfCovered: string;
  totalRow: string;
  projects: string;
  projectHeader: string[];
}

const pct = (part: number, whole: number) => (whole ? Math.round((1000 * part) / whole) / 10 : 0);
const km2 = (v: number) => Math.round(v * 10) / 10;

export function coverageCsv(c: Coverage, w: CoverageCsvWords, projectRows: Cell[][]): string {
  const areaRow = (a: Pick<AreaFigures, 'name' | 'covered' | 'total'>): Cell[] => [
    a.name,
    `${a.covered.municipalities} / ${a.total.municipalities}`,
    a.covered.population,
    pct(a.covered.population, a.total.population),
  ];
  return toCsvSections([
    { rows: [[w.title], [w.filterLabel, w.filter], [w.rounding]] },
    {
      title: w.figures,
      rows: [
        ['', w.covered, w.total, w.share],
        [
          w.figMunicipalities,
          c.covered.municipalities,
          c.total.municipalities,
          pct(c.covered.municipalities, c.total.municipalities),
        ],
        [w.figPopulation, c.covered.population, c.total.population, pct(c.covered.population, c.total.population)],
        [w.figArea, km2(c.covered.areaKm2), km2(c.total.areaKm2), pct(c.covered.areaKm2, c.total.areaKm2)],
      ],
    },
    {
      title: w.perProvince,
      rows: [
        [w.colProvince, w.colPilotMunicipalities, w.colCovered, `${w.colShareOwn} (%)`, `${w.colShareOfCovered} (%)`],
        ...c.perProvince.map((p) => [...areaRow(p), pct(p.covered.population, c.covered.population)]),
        [...areaRow({ name: w.totalRow, covered: c.covered, total: c.total }), c.covered.population ? 100 : 0],
      ],
    },
    {
      title: w.zones,
      rows: [
        [w.colZone, w.colPilotMunicipalities, w.colCovered, `${w.colShareOwn} (%)`],
        ...c.zones.withPilot.map(areaRow),
      ],
    },
    { title: w.projects, rows: [w.projectHeader, ...projectRows] },
  ]);
}
