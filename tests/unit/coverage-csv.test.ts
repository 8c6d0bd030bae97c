// The coverage view's CSV, section by section, against the figures it is made of.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { coverageCsv, type CoverageCsvWords } from '../../src/core/coverage-csv';
import { computeCoverage } from '../../src/core/coverage';
import { parseGeoData } from '../../src/core/geo-data';
import type { ProjectsDoc } from '../../src/core/types';

const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
const geo = parseGeoData(JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8')));
const words: CoverageCsvWords = {
  title: 'TITLE',
  filterLabel: 'FILTER',
  filter: 'none',
  rounding: 'ROUNDED',
  figures: 'FIGURES',
  covered: 'COVERED',
  total: 'TOTAL',
  share: 'SHARE',
  figMunicipalities: 'MUNI',
  figPopulation: 'POP',
  figArea: 'AREA',
  perProvince: 'PROVINCES',
  colProvince: 'PROVINCE',
  zones: 'ZONES',
  colZone: 'ZONE',
  colPilotMunicipalities: 'PILOTS',
  colCovered: 'INHABITANTS',
  colShareOwn: 'OWN',
  colShareOfCovered: 'OFCOVERED',
  totalRow: 'ALL',
  projects: 'PROJECTS',
  projectHeader: ['NAME', 'N'],
};
const rows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .map((l) => l.split(';'));
const pct = (a: number, b: number) => String(Math.round((1000 * a) / b) / 10).replace('.', ',');

describe('the coverage CSV', () => {
  it('writes the filter, the key figures rounded as the screen shows them, every province with a total, the zones and the projects', () => {
    const c = computeCoverage(doc, geo, {}, (code) => `P${code}`);
    const csv = coverageCsv(c, words, [
      ['Gent', 1],
      ['W13', 13],
    ]);
    expect(csv.startsWith('\uFEFFTITLE\r\n')).toBe(true);
    const r = rows(csv);
    expect(r.slice(0, 3)).toEqual([['TITLE'], ['FILTER', 'none'], ['ROUNDED']]);
    const at = (title: string) => r.findIndex((x) => x[0] === title);
    const figures = at('FIGURES');
    expect(r[figures - 1]).toEqual(['']); // a blank line between sections
    expect(r[figures + 1]).toEqual(['', 'COVERED', 'TOTAL', 'SHARE']);
    expect(r[figures + 2]).toEqual(['MUNI', '26', '308', pct(26, 308)]);
    expect(r[figures + 3]).toEqual([
      'POP',
      String(c.covered.population),
      String(c.total.population),
      pct(c.covered.population, c.total.population),
    ]);
    const km2 = (v: number) => String(Math.round(v * 10) / 10).replace('.', ',');
    expect(r[figures + 4]).toEqual([
      'AREA',
      km2(c.covered.areaKm2),
      km2(c.total.areaKm2),
      pct(c.covered.areaKm2, c.total.areaKm2),
    ]);
    const provinces = at('PROVINCES');
    expect(r[provinces + 1]).toEqual(['PROVINCE', 'PILOTS', 'INHABITANTS', 'OWN (%)', 'OFCOVERED (%)']);
    c.perProvince.forEach((p, i) =>
      expect(r[provinces + 2 + i]).toEqual([
        p.name,
        `${p.covered.municipalities} / ${p.total.municipalities}`,
        String(p.covered.population),
        pct(p.covered.population, p.total.population),
        pct(p.covered.population, c.covered.population),
      ]),
    );
    expect(r[provinces + 2 + c.perProvince.length]).toEqual([
      'ALL',
      '26 / 308',
      String(c.covered.population),
      pct(c.covered.population, c.total.population),
      '100',
    ]);
    const zones = at('ZONES');
    expect(r[zones + 1]).toEqual(['ZONE', 'PILOTS', 'INHABITANTS', 'OWN (%)']);
    expect(r.slice(zones + 2, zones + 2 + c.zones.withPilot.length).map((x) => x[0])).toEqual(
      c.zones.withPilot.map((z) => z.name),
    );
    const projects = at('PROJECTS');
    expect(r.slice(projects + 1, projects + 4)).toEqual([
      ['NAME', 'N'],
      ['Gent', '1'],
      ['W13', '13'],
    ]);
  });

  it('writes shares of 0, not a division by zero, where a filter keeps nothing', () => {
    const c = computeCoverage(doc, geo, { thema: 'bestaat-niet' }, (code) => `P${code}`);
    const r = rows(coverageCsv(c, words, []));
    const provinces = r.findIndex((x) => x[0] === 'PROVINCES');
    expect(r[provinces + 2]![4]).toBe('0');
    expect(r[provinces + 2 + c.perProvince.length]).toEqual(['ALL', '0 / 308', '0', '0', '0']);
  });
});
