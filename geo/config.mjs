// Everything the geo build decides, in one place: where the sources are, how they
// are reprojected and simplified, and what the outputs may weigh.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const SOURCES_DIR = process.env.GBO_GEO_SOURCES
  ? path.resolve(process.env.GBO_GEO_SOURCES)
  : path.resolve(root, '..', 'shared', 'geo-sources');

export const OUT_DIR = path.resolve(root, 'public', 'geo');

// EPSG:31370 with its towgs84 parameters (sources README). The .prj files carry no
// datum shift; without it every border lands about 100 m off.
export const LAMBERT72 =
  '+proj=lcc +lat_0=90 +lon_0=4.36748666666667 +lat_1=51.1666672333333 ' +
  '+lat_2=49.8333339 +x_0=150000.013 +y_0=5400088.438 +ellps=intl ' +
  '+towgs84=-106.8686,52.2978,-103.7239,0.3366,-0.457,1.8422,-1.2747 +units=m +no_defs';

// Simplification threshold, as a spherical triangle area in steradians
// (topojson-simplify, Visvalingam). 3e-10 sr is about 12,000 m² on the ground, a
// triangle of a few pixels at zoom 11 where the app stops zooming in. Measured:
// 1e-10 → 95 KB gzipped (over budget), 3e-10 → 65 KB, 1e-9 → 52 KB but visibly
// angular at zoom 10.
export const SIMPLIFY_MIN_WEIGHT = 3e-10;

// 3e4 steps across Flanders (~3.6° × 1.3°) is ~8 m × 5 m: below the
// simplification error, and 9 KB gzipped smaller than 1e5.
export const QUANTIZATION = 3e4;

// The seven municipalities the Flemish mergers of 1 January 2019 created (Aalter,
// Deinze, Kruisem, Lievegem, Oudsbergen, Pelt, Puurs-Sint-Amands; 15 former
// municipalities). Every other merger in gemeente2018_gemeente.csv is of 1 January
// 2025. The sources give the mapping but not its year; the build checks that these
// codes have exactly the 15 members of that record.
export const MERGED_2019 = { 12041: 2, 44083: 2, 44084: 2, 44085: 3, 45068: 2, 72042: 2, 72043: 2 };

// Budgets (gzipped bytes) checked by the build and the tests.
export const BUDGET_BASE_GZ = 80 * 1024;
// The place index loads when the search box is first used, never for the first
// view. 7,000 sector names and 1,900 places of Brussels and Wallonia took it from
// 30 to 95 KB gzipped.
export const BUDGET_PLACES_GZ = 100 * 1024;

// NIS code of the Flemish provinces (gemeente_provincie.csv) → Dutch name.
export const PROVINCES = {
  10000: 'Antwerpen',
  20001: 'Vlaams-Brabant',
  30000: 'West-Vlaanderen',
  40000: 'Oost-Vlaanderen',
  70000: 'Limburg',
};
export const BRUSSELS_PROVINCE = '4000';

// Province column of postcodes_bpost.csv → province NIS code.
export const BPOST_PROVINCES = {
  Antwerpen: '10000',
  'Vlaams-Brabant': '20001',
  'West-Vlaanderen': '30000',
  'Oost-Vlaanderen': '40000',
  Limburg: '70000',
};

// The context layer (Natural Earth) is clipped to the map's maximum bounds: the
// Flemish region's bounds widened by this many degrees of longitude and latitude.
// src/app/map/factory.ts uses the same margins (tests/unit/geo-steps.test.mjs checks).
export const CONTEXT_MARGIN = [5, 4];
// Simplification and quantization of the context: it is drawn faint, under
// Flanders, and may weigh at most BUDGET_CONTEXT_GZ.
export const CONTEXT_MIN_WEIGHT = 2e-8;
export const CONTEXT_QUANTIZATION = 1e4;
export const BUDGET_CONTEXT_GZ = 10 * 1024;

// Names the source tables misspell, mended to the official spelling wherever a
// place name is read from them: the wijk table's "Kessel-lo" (the village is
// Kessel-Lo), the population table's "Villers-Le-Bouillet" (the municipality is
// Villers-le-Bouillet), the kern table's "Maasmechelen-aan-de-Maas" (the kern is
// Mechelen-aan-de-Maas, a village of Maasmechelen).
export const NAME_FIXES = {
  'Kessel-lo': 'Kessel-Lo',
  'Villers-Le-Bouillet': 'Villers-le-Bouillet',
  'Maasmechelen-aan-de-Maas': 'Mechelen-aan-de-Maas',
  'Biezelenberg BOuwenskouter': 'Biezelenberg Bouwenskouter',
};
