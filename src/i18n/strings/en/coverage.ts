// The English strings of the coverage view; the same keys as ../nl/coverage.ts
// (checked by tsc). Part of ../en.ts.
import type { CoverageStrings } from '../nl/coverage';

const coverage: CoverageStrings = {
  coverageLink: 'Coverage in figures',
  coverageHeading: 'Coverage of the pilot projects',
  coverageIntro:
    'Figures computed from the map data: municipalities as bounded in 2017, inhabitants on 1 January 2018 (Statbel), area computed from the boundaries as the source gives them (Statbel, simplified by Provincies in Cijfers), before the further simplification for this map.',
  filtersHeading: 'Filter',
  filterTheme: 'Theme',
  filterGroup: 'Target group',
  filterPartner: 'Type of partner',
  filterAll: 'All',
  filterUnknown: (v: string) => `Unknown filter value “${v}” ignored.`,
  filterMatches: (n: number) => (n === 1 ? '1 project matches the filter.' : `${n} projects match the filter.`),
  keyFigures: 'Key figures',
  keyMunicipalitiesBase: (total: string, share: string) =>
    `of the ${total} Flemish municipalities (2017 boundaries) · ${share}`,
  keyPopulationBase: (total: string, share: string) =>
    `of the ${total} inhabitants of Flanders on 1 January 2018 · ${share}`,
  keyAreaValue: (share: string) => share,
  keyAreaBase: (part: string, total: string) => `of the area of Flanders (${part} of ${total} km²)`,
  keyZonesLabel: 'Primary-care zones with a pilot municipality',
  keyZonesBase: (total: string) => `of the ${total} primary-care zones (today's division)`,
  keyFilterLine: (kept: number, total: number, words: string) =>
    words ? `${kept} of the ${total} projects: ${words}` : `All ${total} projects, no filter`,
  keyThenNow: (n: string, total: string) =>
    `Then and now: today ${n} of the ${total} municipalities contain a pilot municipality of then (after the mergers of 2019 and 2025).`,
  keyMore: 'Map options, legend, sources and downloads',
  copyFigure: 'Copy as a sentence',
  copyFigureLabel: (what: string) => `Copy as a sentence: ${what}`,
  copiedFigure: (sentence: string) => `Copied: ${sentence}`,
  copyFigureFailed: 'Copying failed; select the sentence below.',
  sentenceMunicipalities: (part: string, total: string, share: string) =>
    `${part} of the ${total} Flemish municipalities (${share}) took part in a pilot project of integrated broad reception`,
  sentencePopulation: (part: string, total: string, share: string) =>
    `${part} of the ${total} inhabitants of Flanders (${share}) lived on 1 January 2018 in a municipality with a pilot project of integrated broad reception`,
  sentenceArea: (share: string, part: string, total: string) =>
    `The municipalities with a pilot project of integrated broad reception cover ${share} of the area of Flanders (${part} of ${total} km²)`,
  sentenceZones: (part: string, total: string) =>
    `${part} of the ${total} primary-care zones (today's division) contain a municipality with a pilot project of integrated broad reception`,
  sentenceFilter: (words: string) => `filter: ${words}`,
  sourceMunicipalities: 'source: answer to written question no. 114; 2017 boundaries',
  sourcePopulation: 'source: Statbel, population on 1 January 2018; answer to written question no. 114',
  sourceArea: 'source: Statbel boundaries via Provincies in Cijfers; answer to written question no. 114',
  sourceZones: 'source: primary-care zones via Provincies in Cijfers; answer to written question no. 114',
  figMunicipalities: 'Pilot municipalities',
  figPopulation: 'Inhabitants on 1 January 2018',
  figArea: 'Area',
  figOutOf: (part: string, whole: string, share: string) => `${part} of ${whole} (${share})`,
  perProvince: 'Per province (2017 boundaries)',
  colProvince: 'Province',
  colZone: 'Primary-care zone',
  colPilotMunicipalities: 'Pilot municipalities',
  colCovered: 'Inhabitants in pilot municipalities',
  colShareOwn: 'Share of its own inhabitants',
  colShareOfCovered: 'Share of all inhabitants in pilot municipalities',
  totalRow: 'Flanders',
  provinceCaption:
    "Per province: the pilot municipalities, their inhabitants on 1 January 2018, the share that is of the province's own inhabitants, and the share of all inhabitants in pilot municipalities in Flanders.",
  zoneCaption:
    "Per primary-care zone with at least one pilot municipality: the pilot municipalities, their inhabitants on 1 January 2018 and the share that is of the zone's inhabitants.",
  chartCovered: 'In a pilot municipality',
  chartNotCovered: 'Not in a pilot municipality',
  chartProvinces: 'Inhabitants per province, in and outside the pilot municipalities',
  chartZones: 'Inhabitants per primary-care zone, in and outside the pilot municipalities',
  chartUnavailable: 'The chart could not be loaded; the table below gives the same figures.',
  chartTwin: 'The table below gives the same figures.',
  csvFigures: 'Key figures',
  csvCovered: 'In pilot municipalities',
  csvTotal: 'Total',
  csvShare: 'Share (%)',
  csvFilter: 'Filter',
  csvNoFilter: 'none (all projects)',
  csvRounding: 'Figures rounded as on screen: area to 0.1 km², shares to 0.1 percentage point.',
  zonesHeading: "Primary-care zones (eerstelijnszones, today's division)",
  zonesText: (n: number, total: number) =>
    `${n} of the ${total} primary-care zones contain at least one pilot municipality.`,
  tableHeading: 'All projects',
  tableCaption:
    'Projects with their municipalities, inhabitants, area, province and themes. Select a column heading to sort.',
  colProject: 'Project',
  colMunicipalities: 'Municipalities',
  colPopulation: 'Inhabitants (1/1/2018)',
  colArea: 'Area (km²)',
  colProvinces: 'Province',
  colThemes: 'Themes',
  sortBy: (col: string) => `Sort by ${col}`,
  downloadCsv: 'Download as CSV (Excel)',
  csvFile: (filter: string) => `gbo-pilot-projects-coverage${filter ? `-${filter}` : ''}.csv`,
  km2: (n: string) => `${n} km²`,
  noScript:
    'Without JavaScript this page shows the map, the figures and the projects below. Search, the filters, the downloads and the presentation need JavaScript.',
  takeAwayHeading: 'Download the data',
  takeAwayIntro:
    "For further work in a GIS or a spreadsheet. The files are made in your browser from this map's data, offline too; each file names its sources.",
  takeAwayAreas: 'Pilot areas (GeoJSON)',
  takeAwayExperiments: "W13's local experiments (GeoJSON)",
  takeAwayMunicipalities: (n: number) =>
    `The ${n} municipalities with their code, province and inhabitants (CSV, Excel)`,
  takeAwayAreasFile: 'gbo-pilot-areas.geojson',
  takeAwayExperimentsFile: 'gbo-w13-local-experiments.geojson',
  takeAwayMunicipalitiesFile: 'gbo-pilot-municipalities.csv',
  takeAwayAreasName: 'Integrated broad reception pilot projects: the areas (2017 municipal boundaries)',
  takeAwayExperimentsName: 'Pilot project W13: the local experiments',
  takeAwayCsvTitle: 'Municipalities with an integrated broad reception pilot project (2017 municipal boundaries)',
  takeAwayCsvHeader: ['NIS code', 'Municipality', 'Province', 'Pilot project', 'Inhabitants on 1/1/2018'],
  sourcePilots: (source: string) => `Pilot projects and their municipalities: ${source}`,
  sourceBoundaries:
    'Boundaries: Statbel (open data), 2017 municipalities, simplified by Provincies in Cijfers and further for this map.',
  sourceInhabitants: 'Inhabitants on 1 January 2018: Statbel, via vandenbroucke/belgian_municipalities (GPL-3.0).',
  takeAwayLicence:
    'Licences: boundaries from Statbel (open data); population on 1 January 2018 via vandenbroucke/belgian_municipalities (GPL-3.0); the full texts under “Data licences” on the map and in LICENSES.txt.',
  sourceExperimentPoints:
    'For each local experiment the answer names a municipality, not an address: the point lies inside that municipality, where the map shows the experiment.',
};
export default coverage;
