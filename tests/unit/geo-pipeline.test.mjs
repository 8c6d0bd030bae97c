// The geo build's steps on small in-memory inputs, and (when ../shared/geo-sources
// is present) the whole pipeline against the committed output.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { geoDistance } from 'd3-geo';
import { lambertToWgs84 } from '../../geo/steps/reproject.mjs';
import { parseCsv } from '../../geo/steps/read.mjs';
import { planarArea } from '../../geo/steps/municipalities.mjs';
import { nameKey, splitVillageName, resolvePostcodes } from '../../geo/steps/places.mjs';
import { pruneArcs } from '../../geo/steps/topology.mjs';
import { LAMBERT72, SOURCES_DIR } from '../../geo/config.mjs';

const EARTH_RADIUS_M = 6_371_008.8;

describe('reprojection', () => {
  it('applies the Lambert 72 datum shift: 80-120 m against a projection without it', () => {
    const withShift = lambertToWgs84();
    const withoutShift = lambertToWgs84(LAMBERT72.replace(/\+towgs84=\S+ /, ''));
    for (const point of [
      [150000, 170000],
      [40000, 200000],
      [240000, 180000],
    ]) {
      const d = geoDistance(withShift(point), withoutShift(point)) * EARTH_RADIUS_M;
      expect(d).toBeGreaterThan(80);
      expect(d).toBeLessThan(120);
    }
  });
});

describe('csv and area helpers', () => {
  it('parses quoted fields, doubled quotes and CRLF', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n1,2\n')).toEqual([
      { a: 'x, y', b: 'say "hi"' },
      { a: '1', b: '2' },
    ]);
  });

  it('measures a clockwise 1 km square with a hole as 0.75 km²', () => {
    const outer = [
      [0, 0],
      [0, 1000],
      [1000, 1000],
      [1000, 0],
      [0, 0],
    ];
    const hole = [
      [0, 0],
      [500, 0],
      [500, 500],
      [0, 500],
      [0, 0],
    ];
    expect(planarArea({ type: 'Polygon', coordinates: [outer, hole] })).toBe(750_000);
  });
});

describe('place names', () => {
  it('normalises case, accents and punctuation', () => {
    expect(nameKey("'S Gravenwezel")).toBe(nameKey("'s-Gravenwezel"));
    expect(nameKey('Sint-Eloois-Vijve')).toBe('sint eloois vijve');
    expect(nameKey('Bévercé')).toBe('beverce');
  });

  it('splits village names from their municipality', () => {
    expect(splitVillageName('Beveren (Roeselare)')).toEqual({
      village: 'Beveren',
      municipality: 'Roeselare',
      core: false,
    });
    expect(splitVillageName('Halle (Dg.)')).toEqual({ village: 'Halle', municipality: 'Halle', core: true });
  });

  it('resolves by name within the province, then by the postal code, then by its neighbour', () => {
    const cands = new Map([
      [
        'beveren',
        new Map([
          ['38002', '30000'],
          ['36015', '30000'],
          ['34040', '30000'],
          ['46003', '40000'],
        ]),
      ],
      ['roeselare', new Map([['36015', '30000']])],
      ['rumbeke', new Map([['36015', '30000']])],
      ['waregem', new Map([['34040', '30000']])],
    ]);
    const rows = [
      { name: 'Roeselare', zip: '8800', prov: '30000', main: true },
      { name: 'Rumbeke', zip: '8800', prov: '30000', main: false },
      { name: 'Beveren', zip: '8800', prov: '30000', main: false },
      { name: 'Waregem', zip: '8790', prov: '30000', main: true },
      { name: 'Beveren', zip: '8791', prov: '30000', main: false },
      { name: 'Beveren-Leie-Dorp', zip: '8791', prov: '30000', main: false },
    ];
    expect(resolvePostcodes(rows, cands).map((r) => r.code)).toEqual([
      '36015',
      '36015',
      '36015',
      '34040',
      '34040',
      '34040',
    ]);
  });

  it('gives a hamlet the municipality of its postal code when its name is a village elsewhere', () => {
    const cands = new Map([
      ['ooike', new Map([['45061', '40000']])],
      ['oudenaarde', new Map([['45035', '40000']])],
      ['wortegem petegem', new Map([['45061', '40000']])],
    ]);
    const rows = [
      { name: 'Oudenaarde', zip: '9700', prov: '40000', main: true },
      { name: 'Ooike', zip: '9700', prov: '40000', main: false },
      { name: 'Wortegem-Petegem', zip: '9790', prov: '40000', main: true },
      { name: 'Ooike', zip: '9790', prov: '40000', main: false },
    ];
    expect(resolvePostcodes(rows, cands).map((r) => r.code)).toEqual(['45035', '45035', '45061', '45061']);
  });

  it('names every row it cannot place', () => {
    const rows = [{ name: 'Nergensdorp', zip: '9999', prov: '30000', main: false }];
    expect(() => resolvePostcodes(rows, new Map())).toThrow(/9999 Nergensdorp/);
  });
});

describe('topology helpers', () => {
  it('drops unused arcs and renumbers the rest, reversed ones included', () => {
    const topo = {
      type: 'Topology',
      arcs: [[[0, 0]], [[1, 1]], [[2, 2]]],
      objects: { a: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0, ~2]] }] } },
    };
    const pruned = pruneArcs(topo);
    expect(pruned.arcs).toEqual([[[0, 0]], [[2, 2]]]);
    expect(pruned.objects.a.geometries[0].arcs).toEqual([[0, ~1]]);
  });
});

describe.skipIf(!existsSync(`${SOURCES_DIR}/boundaries`))('whole pipeline (needs ../shared/geo-sources)', () => {
  it('reproduces the committed public/geo files byte for byte', async () => {
    const { runPipeline, serialize } = await import('../../geo/pipeline.mjs');
    const outputs = await runPipeline(SOURCES_DIR);
    for (const [name, value] of Object.entries(outputs)) {
      expect(
        serialize(value) === readFileSync(`public/geo/${name}`, 'utf8'),
        `public/geo/${name} is stale: run npm run geo`,
      ).toBe(true);
    }
  }, 60_000);
});
