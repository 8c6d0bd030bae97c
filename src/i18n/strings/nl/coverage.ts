// The Dutch strings of the coverage view: key figures, filters, tables, charts, CSV
// and the data to take away. Part of ../nl.ts.
const coverage = {
  coverageLink: 'Dekking in cijfers',
  coverageHeading: 'Dekking van de pilootprojecten',
  coverageIntro:
    'Cijfers berekend uit de kaartgegevens: gemeenten volgens de grenzen van 2017, inwoners op 1 januari 2018 (Statbel), oppervlakte berekend uit de grenzen zoals de bron ze levert (Statbel, vereenvoudigd door Provincies in Cijfers), vóór de verdere vereenvoudiging voor deze kaart.',
  filtersHeading: 'Filter',
  filterTheme: 'Thema',
  filterGroup: 'Doelgroep',
  filterPartner: 'Soort partner',
  filterAll: 'Alle',
  filterUnknown: (v: string) => `Onbekende filterwaarde „${v}” genegeerd.`,
  filterMatches: (n: number) =>
    n === 1 ? '1 project voldoet aan de filter.' : `${n} projecten voldoen aan de filter.`,
  keyFigures: 'Kerncijfers',
  keyMunicipalitiesBase: (total: string, share: string) =>
    `van de ${total} Vlaamse gemeenten (grenzen van 2017) · ${share}`,
  keyPopulationBase: (total: string, share: string) =>
    `van de ${total} inwoners van Vlaanderen op 1 januari 2018 · ${share}`,
  keyAreaValue: (share: string) => share,
  keyAreaBase: (part: string, total: string) => `van de oppervlakte van Vlaanderen (${part} van ${total} km²)`,
  keyZonesLabel: 'Eerstelijnszones met een pilootgemeente',
  keyZonesBase: (total: string) => `van de ${total} eerstelijnszones (de indeling van vandaag)`,
  keyFilterLine: (kept: number, total: number, words: string) =>
    words ? `${kept} van de ${total} projecten: ${words}` : `Alle ${total} projecten, zonder filter`,
  keyThenNow: (n: string, total: string) =>
    `Toen en nu: vandaag bevatten ${n} van de ${total} gemeenten een pilootgemeente van toen (na de fusies van 2019 en 2025).`,
  keyMore: 'Kaartopties, legende, bronnen en downloads',
  copyFigure: 'Kopieer als zin',
  copyFigureLabel: (what: string) => `Kopieer als zin: ${what}`,
  copiedFigure: (sentence: string) => `Gekopieerd: ${sentence}`,
  copyFigureFailed: 'Kopiëren lukte niet; selecteer de zin hieronder.',
  sentenceMunicipalities: (part: string, total: string, share: string) =>
    `${part} van de ${total} Vlaamse gemeenten (${share}) namen deel aan een pilootproject geïntegreerd breed onthaal`,
  sentencePopulation: (part: string, total: string, share: string) =>
    `${part} van de ${total} inwoners van Vlaanderen (${share}) woonden op 1 januari 2018 in een gemeente met een pilootproject geïntegreerd breed onthaal`,
  sentenceArea: (share: string, part: string, total: string) =>
    `De gemeenten met een pilootproject geïntegreerd breed onthaal beslaan ${share} van de oppervlakte van Vlaanderen (${part} van ${total} km²)`,
  sentenceZones: (part: string, total: string) =>
    `${part} van de ${total} eerstelijnszones (indeling van vandaag) bevatten een gemeente met een pilootproject geïntegreerd breed onthaal`,
  sentenceFilter: (words: string) => `filter: ${words}`,
  sourceMunicipalities: 'bron: antwoord op schriftelijke vraag nr. 114; grenzen van 2017',
  sourcePopulation: 'bron: Statbel, bevolking op 1 januari 2018; antwoord op schriftelijke vraag nr. 114',
  sourceArea: 'bron: grenzen van Statbel via Provincies in Cijfers; antwoord op schriftelijke vraag nr. 114',
  sourceZones: 'bron: eerstelijnszones via Provincies in Cijfers; antwoord op schriftelijke vraag nr. 114',
  figMunicipalities: 'Pilootgemeenten',
  figPopulation: 'Inwoners op 1 januari 2018',
  figArea: 'Oppervlakte',
  figOutOf: (part: string, whole: string, share: string) => `${part} van ${whole} (${share})`,
  perProvince: 'Per provincie (grenzen van 2017)',
  colProvince: 'Provincie',
  colZone: 'Eerstelijnszone',
  colPilotMunicipalities: 'Pilootgemeenten',
  colCovered: 'Inwoners in pilootgemeenten',
  colShareOwn: 'Aandeel van de eigen inwoners',
  colShareOfCovered: 'Aandeel van alle inwoners in pilootgemeenten',
  totalRow: 'Vlaanderen',
  provinceCaption:
    'Per provincie: de pilootgemeenten, hun inwoners op 1 januari 2018, welk aandeel dat is van de inwoners van de provincie zelf, en welk aandeel van alle inwoners in pilootgemeenten in Vlaanderen.',
  zoneCaption:
    'Per eerstelijnszone met minstens één pilootgemeente: de pilootgemeenten, hun inwoners op 1 januari 2018 en welk aandeel dat is van de inwoners van de zone.',
  chartCovered: 'In een pilootgemeente',
  chartNotCovered: 'Niet in een pilootgemeente',
  chartProvinces: 'Inwoners per provincie, in en buiten de pilootgemeenten',
  chartZones: 'Inwoners per eerstelijnszone, in en buiten de pilootgemeenten',
  chartUnavailable: 'De grafiek kon niet geladen worden; de tabel eronder geeft dezelfde cijfers.',
  chartTwin: 'De tabel hieronder geeft dezelfde cijfers.',
  csvFigures: 'Kerncijfers',
  csvCovered: 'In pilootgemeenten',
  csvTotal: 'Totaal',
  csvShare: 'Aandeel (%)',
  csvFilter: 'Filter',
  csvNoFilter: 'geen (alle projecten)',
  csvRounding: 'Cijfers afgerond zoals op het scherm: oppervlakte op 0,1 km², aandelen op 0,1 procentpunt.',
  zonesHeading: 'Eerstelijnszones (indeling van vandaag)',
  zonesText: (n: number, total: number) =>
    `${n} van de ${total} eerstelijnszones bevatten minstens één pilootgemeente.`,
  tableHeading: 'Alle projecten',
  tableCaption:
    'Projecten met hun gemeenten, inwoners, oppervlakte, provincie en thema’s. Klik op een kolomtitel om te sorteren.',
  colProject: 'Project',
  colMunicipalities: 'Gemeenten',
  colPopulation: 'Inwoners (1/1/2018)',
  colArea: 'Oppervlakte (km²)',
  colProvinces: 'Provincie',
  colThemes: 'Thema’s',
  sortBy: (col: string) => `Sorteer op ${col}`,
  downloadCsv: 'Download als CSV (Excel)',
  csvFile: (filter: string) => `gbo-pilootprojecten-dekking${filter ? `-${filter}` : ''}.csv`,
  km2: (n: string) => `${n} km²`,
  noScript:
    'Zonder JavaScript toont deze pagina de kaart, de cijfers en de projecten hieronder. Zoeken, de filters, de downloads en de presentatie werken alleen met JavaScript.',
  takeAwayHeading: 'Download de gegevens',
  takeAwayIntro:
    'Voor wie verder werkt in een GIS of een rekenblad. De bestanden worden in uw browser gemaakt uit de gegevens van deze kaart, ook offline; elk bestand vermeldt zijn bronnen.',
  takeAwayAreas: 'Pilootgebieden (GeoJSON)',
  takeAwayExperiments: 'Lokale experimenten van W13 (GeoJSON)',
  takeAwayMunicipalities: (n: number) => `De ${n} gemeenten met hun code, provincie en inwoners (CSV, Excel)`,
  takeAwayAreasFile: 'gbo-pilootgebieden.geojson',
  takeAwayExperimentsFile: 'gbo-w13-lokale-experimenten.geojson',
  takeAwayMunicipalitiesFile: 'gbo-pilootgemeenten.csv',
  takeAwayAreasName: 'Pilootprojecten geïntegreerd breed onthaal: de gebieden (gemeentegrenzen van 2017)',
  takeAwayExperimentsName: 'Pilootproject W13: de lokale experimenten',
  takeAwayCsvTitle: 'Gemeenten met een pilootproject geïntegreerd breed onthaal (gemeentegrenzen van 2017)',
  takeAwayCsvHeader: ['NIS-code', 'Gemeente', 'Provincie', 'Pilootproject', 'Inwoners op 1/1/2018'] as [
    string,
    string,
    string,
    string,
    string,
  ],
  sourcePilots: (source: string) => `Pilootprojecten en hun gemeenten: ${source}`,
  sourceBoundaries:
    'Grenzen: Statbel (open data), gemeenten van 2017, vereenvoudigd door Provincies in Cijfers en verder voor deze kaart.',
  sourceInhabitants: 'Inwoners op 1 januari 2018: Statbel, via vandenbroucke/belgian_municipalities (GPL-3.0).',
  takeAwayLicence:
    'Licenties: grenzen van Statbel (open data); bevolking op 1 januari 2018 via vandenbroucke/belgian_municipalities (GPL-3.0); de volledige teksten onder “Licenties van de gegevens” op de kaart en in LICENSES.txt.',
  sourceExperimentPoints:
    'Het antwoord noemt voor elk lokaal experiment een gemeente, geen adres: het punt ligt binnen die gemeente, waar de kaart het experiment toont.',
};
export type CoverageStrings = typeof coverage;
export default coverage;
