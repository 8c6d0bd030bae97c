// Every figure against values computed here independently from the raw files.
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  computeCoverage,
  filterOptions,
  matchesFilter,
  sortFigures,
  type Coverage,
  type ProjectFigures,
} from '../../src/core/coverage';
import { parseGeoData } from '../../src/core/geo-data';
import { toCsvSections } from '../../src/core/csv';
import { themeKeys, type ProjectsDoc } from '../../src/core/types';

const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
const rawTopo = JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8'));
const geo = parseGeoData(rawTopo);
const props: { code: string; pop: number; km2: number; prov: string; elz: string }[] =
  rawTopo.objects.gemeenten.geometries.map((g: { properties: unknown }) => g.properties);
const provinceName = (c: string) => `P${c}`;

const expectedFor = (codes: string[]) => {
  const set = new Set(codes);
  let pop = 0,
    km2 = 0;
  for (const p of props)
    if (set.has(p.code)) {
      pop += p.pop;
      km2 += p.km2;
    }
  return { municipalities: set.size, population: pop, areaKm2: km2 };
};
const allPilotCodes = doc.projects.flatMap((p) => p.municipalities);

describe('coverage without a filter', () => {
  // Computed in each test, not when the file is read: so a mutation tool, which
  // changes the code under a running test, sees every figure recomputed.
  let c: Coverage;
  beforeEach(() => {
    c = computeCoverage(doc, geo, {}, provinceName);
  });

  it('counts the pilot municipalities of the 308 (the data spec checks the pilots themselves)', () => {
    expect(c.covered.municipalities).toBe(new Set(allPilotCodes).size);
    expect(c.total.municipalities).toBe(308);
  });

  it('sums inhabitants on 1 January 2018 against the Flemish total', () => {
    expect(c.covered.population).toBe(expectedFor(allPilotCodes).population);
    expect(c.total.population).toBe(6_552_967);
  });

  it('sums the areas from the unsimplified geometry', () => {
    expect(c.covered.areaKm2).toBeCloseTo(expectedFor(allPilotCodes).areaKm2, 2);
    const flanders = props.reduce((s, p) => s + p.km2, 0);
    expect(c.total.areaKm2).toBeCloseTo(flanders, 2);
    expect(flanders).toBeGreaterThan(13_500); // Flemish Region ≈ 13,600 km²
    expect(flanders).toBeLessThan(13_700);
    // Summed unrounded: the exact total rounds to 13.625,9 km² (summing areas
    // rounded to 0.01 km² each gave 13.625,8).
    expect(
      new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(c.total.areaKm2),
    ).toBe('13.625,9');
  });

  it('gives per-province figures that add up to Flanders', () => {
    expect(c.perProvince.map((p) => p.code)).toEqual(['10000', '20001', '30000', '40000', '70000']);
    const wvl = c.perProvince.find((p) => p.code === '30000')!;
    const wvlPilots = allPilotCodes.filter((code) => props.find((p) => p.code === code)!.prov === '30000');
    expect(wvl.covered.municipalities).toBe(wvlPilots.length);
    expect(wvl.covered.population).toBe(expectedFor(wvlPilots).population);
    expect(c.perProvince.reduce((s, p) => s + p.covered.population, 0)).toBe(c.covered.population);
    expect(c.perProvince.reduce((s, p) => s + p.total.municipalities, 0)).toBe(308);
  });

  it('lists the eerstelijnszones that contain a pilot municipality', () => {
    const zones = new Set(allPilotCodes.map((code) => props.find((p) => p.code === code)!.elz));
    expect(c.zones.withPilot.map((z) => z.code).sort()).toEqual([...zones].sort());
    expect(c.zones.total).toBe(new Set(props.map((p) => p.elz)).size);
    // Each covered municipality lies in one zone: the zones' covered inhabitants add up.
    expect(c.zones.withPilot.reduce((s, z) => s + z.covered.population, 0)).toBe(c.covered.population);
    for (const z of c.zones.withPilot) {
      expect(z.total.population).toBe(props.filter((p) => p.elz === z.code).reduce((s, p) => s + p.pop, 0));
      expect(z.covered.population).toBeLessThanOrEqual(z.total.population);
    }
  });

  it('gives each project its municipalities, inhabitants, area and provinces', () => {
    const w13 = c.perProject.find((r) => r.project.id === 'w13')!;
    const ex = expectedFor(doc.projects.find((p) => p.id === 'w13')!.municipalities);
    expect(w13.municipalities).toBe(ex.municipalities);
    expect(w13.population).toBe(ex.population);
    expect(w13.areaKm2).toBeCloseTo(ex.areaKm2, 2);
    expect(w13.provinces).toEqual(['P30000']);
    expect(c.perProject.find((r) => r.project.id === 'diest-scherpenheuvel-zichem')!.provinces).toEqual(['P20001']);
  });
});

describe('filters', () => {
  it('keeps only the projects with the theme, and the figures follow', () => {
    const c = computeCoverage(doc, geo, { thema: 'onderbescherming' }, provinceName);
    const ids = doc.projects.filter((p) => themeKeys(p).includes('onderbescherming')).map((p) => p.id);
    expect(c.projects.map((p) => p.id)).toEqual(ids);
    expect(ids.length).toBeGreaterThan(0);
    expect(c.covered.population).toBe(
      expectedFor(doc.projects.filter((p) => ids.includes(p.id)).flatMap((p) => p.municipalities)).population,
    );
  });

  it('filters by target group and by partner type', () => {
    const vulnerable = doc.projects.filter((p) => p.targetGroups.some((g) => g.type === 'kwetsbaar')).map((p) => p.id);
    expect(vulnerable.length).toBeGreaterThan(1);
    expect(computeCoverage(doc, geo, { doelgroep: 'kwetsbaar' }, provinceName).projects.map((p) => p.id)).toEqual(
      vulnerable,
    );
    // Roeselare's CAW reception is an existing initiative the answer lists, not a partner it names.
    expect(
      computeCoverage(doc, geo, { partner: 'caw' }, provinceName)
        .projects.map((p) => p.id)
        .sort(),
    ).toEqual(['genk', 'turnhout']);
  });

  it('offers only values that occur in the data', () => {
    const o = filterOptions(doc);
    expect(o.thema.map((x) => x.value)).toContain('onderbescherming');
    expect(o.doelgroep.map((x) => x.value)).toContain('senioren');
    for (const p of o.partner) expect(doc.projects.some((q) => matchesFilter(q, { partner: p.value }))).toBe(true);
  });
});

describe('table sorting', () => {
  let rows: ProjectFigures[];
  beforeEach(() => {
    rows = computeCoverage(doc, geo, {}, provinceName).perProject;
  });
  it('sorts by inhabitants both ways and by name', () => {
    const desc = sortFigures(rows, 'population', 'descending').map((r) => r.population);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(sortFigures(rows, 'population', 'ascending')[0]!.population).toBe(
      Math.min(...rows.map((r) => r.population)),
    );
    expect(sortFigures(rows, 'name', 'ascending')[0]!.project.name).toBe('Diest en Scherpenheuvel-Zichem');
  });
});

describe('csv', () => {
  it('writes a BOM, semicolons, decimal commas, quotes and CRLF', () => {
    expect(
      toCsvSections([
        {
          rows: [
            ['Project', 'Km²'],
            ['Wetteren, Wichelen en Laarne', 98.5],
            ['Zeg "ja"; of nee', 12],
          ],
        },
        { title: 'Zones', rows: [['elz18']] },
      ]),
    ).toBe(
      '\uFEFFProject;Km²\r\nWetteren, Wichelen en Laarne;98,5\r\n"Zeg ""ja""; of nee";12\r\n\r\nZones\r\nelz18\r\n',
    );
  });
});

describe('then and now', () => {
  it("counts today's municipalities that contain a pilot municipality, from the merger table", () => {
    const c = computeCoverage(doc, geo, {}, provinceName);
    const members = doc.projects.flatMap((p) => p.municipalities);
    const today = new Set(members.map((code) => geo.municipalities.get(code)!.nu));
    expect(c.today).toEqual({
      withPilot: today.size,
      total: new Set([...geo.municipalities.values()].map((m) => m.nu)).size,
    });
    expect(c.today.total).toBe(285);
    // A filter counts only what it keeps.
    const under = computeCoverage(doc, geo, { thema: 'onderbescherming' }, provinceName);
    expect(under.today.withPilot).toBe(
      new Set(under.projects.flatMap((p) => p.municipalities).map((code) => geo.municipalities.get(code)!.nu)).size,
    );
  });
});
