// The committed geo output (public/geo/): counts, codes, places, population, bbox.
// These read only what is committed, so they run on a fresh clone without ../shared.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3-geo';
import { parseGeoData } from '../../src/core/geo-data';

const text = readFileSync('public/geo/base.topo.json', 'utf8');
const geo = parseGeoData(JSON.parse(text));
const places = JSON.parse(readFileSync('public/geo/places.json', 'utf8')) as {
  entries: [string, string, string[], string?][];
  outside: Record<string, string[]>;
};

const PROVINCES = ['10000', '20001', '30000', '40000', '70000'];

function municipalityAt(lon: number, lat: number): string[] {
  return geo.layers.gemeenten.features
    .filter((f) => geoContains(f as never, [lon, lat]))
    .map((f) => String(f.properties!.naam));
}

describe('municipality layers', () => {
  it('has the 308 Flemish municipalities of 2017 and the 285 of today', () => {
    expect(geo.municipalities.size).toBe(308);
    expect(geo.current.size).toBe(285);
  });

  it('has the five Flemish provinces, with 2017 and current membership', () => {
    expect(geo.layers.provincies.features.map((f) => f.properties!.code).sort()).toEqual(PROVINCES);
    expect(geo.layers.provincies2025.features).toHaveLength(5);
    // Zwijndrecht was in Antwerpen in 2017 and is in Oost-Vlaanderen since 2025.
    expect(geo.municipalities.get('11056')?.prov).toBe('10000');
    expect(geo.current.get(geo.municipalities.get('11056')!.nu)?.prov).toBe('40000');
  });

  it('gives every municipality a valid NIS code, a name, a province and a current municipality', () => {
    for (const m of geo.municipalities.values()) {
      expect(m.code).toMatch(/^\d{5}$/);
      expect(m.naam.trim()).not.toBe('');
      expect(PROVINCES).toContain(m.prov);
      expect(geo.current.has(m.nu)).toBe(true);
      expect(m.pop).toBeGreaterThan(0);
      expect(m.km2).toBeGreaterThan(0);
    }
    for (const c of geo.current.values()) {
      expect(c.code).toMatch(/^\d{5}$/);
      expect(c.naam.trim()).not.toBe('');
    }
  });

  it('sums the Flemish population on 1 January 2018 to 6,552,967', () => {
    const total = [...geo.municipalities.values()].reduce((s, m) => s + m.pop, 0);
    expect(total).toBe(6_552_967);
  });

  it('has eerstelijnszones with names, a Flemish outline and Brussels', () => {
    expect(geo.layers.elz.features.length).toBeGreaterThan(50);
    for (const f of geo.layers.elz.features) expect(String(f.properties!.naam)).not.toBe('');
    expect(geo.layers.vlaanderen.features).toHaveLength(1);
    expect(geo.layers.brussel.features).toHaveLength(1);
  });

  it('puts well-known places in the right municipality', () => {
    expect(municipalityAt(3.265, 50.8279)).toEqual(['Kortrijk']); // Grote Markt Kortrijk
    expect(municipalityAt(3.725, 51.0536)).toEqual(['Gent']); // Belfort
    expect(municipalityAt(5.5, 50.965)).toEqual(['Genk']);
    expect(municipalityAt(4.4025, 51.2194)).toEqual(['Antwerpen']); // Grote Markt
    expect(municipalityAt(5.051, 50.9847)).toEqual(['Diest']);
    expect(municipalityAt(2.918, 51.23)).toEqual(['Oostende']);
    expect(municipalityAt(4.3517, 50.8467)).toEqual([]); // Brussels Grand-Place is not Flemish
  });

  it('keeps every coordinate inside the bounding box of Belgium', () => {
    const [x0, y0, x1, y1] = geo.topology.bbox!;
    expect(x0).toBeGreaterThan(2.5);
    expect(x1).toBeLessThan(6.41);
    expect(y0).toBeGreaterThan(49.49);
    expect(y1).toBeLessThan(51.51);
  });

  it('stays within the first-view budget of 80 KB gzipped', () => {
    expect(gzipSync(text, { level: 9 }).length).toBeLessThanOrEqual(80 * 1024);
  });
});

describe('place index', () => {
  const find = (name: string, kind: string) =>
    places.entries.filter(([n, k]) => n.toLowerCase() === name.toLowerCase() && k === kind);
  const nameOf = (code: string) => geo.municipalities.get(code)?.naam;

  it('lists every 2017 and every current municipality name', () => {
    expect(places.entries.filter(([, k]) => k === 'g')).toHaveLength(308);
    expect(places.entries.filter(([, k]) => k === 'c')).toHaveLength(285);
  });

  it('resolves every entry to existing 2017 municipalities, or to a Brussels or Walloon one', () => {
    for (const [name, kind, codes] of places.entries) {
      expect(codes.length, name).toBeGreaterThan(0);
      const known =
        kind === 'b' || kind === 'x' ? (c: string) => c in places.outside : (c: string) => geo.municipalities.has(c);
      for (const c of codes) expect(known(c), `${name} → ${c}`).toBe(true);
    }
  });

  it('names places below the village in each municipality that has them', () => {
    const local = (name: string) =>
      places.entries
        .filter(([n, k]) => n === name && 'wks'.includes(k))
        .map((e) => nameOf(e[2][0]!))
        .sort();
    expect(local('Winterslag')).toEqual(['Genk']);
    expect(local('Waterschei')).toEqual(['Genk']);
    expect(local('Muide')).toEqual(['Gent']);
    expect(local('Rabot')).toEqual(['Gent']);
    expect(local('Stasegem')).toEqual(['Harelbeke']);
    expect(local('Sint-Antonius')).toContain('Zoersel');
    // Mariakerke is a village of Gent and a neighbourhood of Oostende.
    expect(find('Mariakerke', 'd').map((e) => nameOf(e[2][0]!))).toEqual(['Gent']);
    expect(local('Mariakerke')).toEqual(['Oostende']);
  });

  it('leaves out generic names, the unlocatable and numbered variants', () => {
    const names = new Set(places.entries.filter(([, k]) => 'wks'.includes(k)).map(([n]) => n));
    for (const generic of ['Centrum', 'Noord', 'Industriezone', 'Station', 'Kern'])
      expect(names.has(generic), generic).toBe(false);
    expect([...names].filter((n) => /niet te lokaliseren|\d$|\.\.\.$/.test(n))).toEqual([]);
  });

  it('spells postal-code places as the names tables do, not in bpost capitals', () => {
    const spelled = (zip: string) => places.entries.filter(([, k, , z]) => k === 'p' && z === zip).map(([n]) => n);
    expect(spelled('2970')).toContain("'s-Gravenwezel");
    expect(spelled('9100')).toContain('Sint-Niklaas');
    expect(spelled('8691')).toContain('Beveren-aan-de-IJzer');
    expect(
      places.entries.filter(([n, k]) => k === 'p' && /-[A-Z][a-z]+-[A-Z]|Ij/.test(n) && /-(Aan|De|Ten|Op)-/.test(n)),
    ).toEqual([]);
  });

  it('knows Brussels and Wallonia in Dutch and French, with their postal codes', () => {
    const outsideCode = (name: string) =>
      places.entries.filter(([n, k]) => n === name && (k === 'b' || k === 'x')).map((e) => e[2][0]);
    expect(outsideCode('Bergen')).toEqual(['53053']);
    expect(outsideCode('Mons')).toContain('53053');
    expect(outsideCode('Brussel')).toContain('21004');
    expect(outsideCode('Bruxelles')).toEqual(['21004']);
    expect(places.entries.find(([, k, , z]) => k === 'b' && z === '1000')![2]).toEqual(['21004']);
    expect(Object.keys(places.outside)).toHaveLength(589 - 308);
    expect(places.outside['53053']).toEqual(['Bergen', 'Mons', 'Henegouwen', 'x']);
  });

  it('dates each merger', () => {
    const year = (name: string) => [...geo.municipalities.values()].find((m) => m.naam === name)?.fusie;
    expect(year('Knesselare')).toBe(2019);
    expect(year('Neerpelt')).toBe(2019);
    expect(year('Meulebeke')).toBe(2025);
    expect(year('Borsbeek')).toBe(2025);
    expect(year('Antwerpen')).toBe(2025); // Antwerpen took in Borsbeek
    expect(year('Gent')).toBeUndefined();
  });

  it('resolves the known defects of the bpost table by province and postal code', () => {
    expect(
      find('Deurne', 'p')
        .find((e) => e[3] === '2100')![2]
        .map(nameOf),
    ).toEqual(['Antwerpen']);
    expect(
      find('Halle', 'p')
        .find((e) => e[3] === '2980')![2]
        .map(nameOf),
    ).toEqual(['Zoersel']);
    expect(
      find('Beveren', 'p')
        .find((e) => e[3] === '8800')![2]
        .map(nameOf),
    ).toEqual(['Roeselare']);
    expect(
      find('Desteldonk', 'p')
        .find((e) => e[3] === '9042')![2]
        .map(nameOf),
    ).toEqual(['Gent']);
    expect(
      find('Oostkerke', 'p')
        .find((e) => e[3] === '8340')![2]
        .map(nameOf),
    ).toEqual(['Damme']);
    expect(
      find('Oostkerke', 'p')
        .find((e) => e[3] === '8600')![2]
        .map(nameOf),
    ).toEqual(['Diksmuide']);
    expect(
      find('Ooike', 'p')
        .find((e) => e[3] === '9700')![2]
        .map(nameOf),
    ).toEqual(['Oudenaarde']);
    expect(
      find('Ooike', 'p')
        .find((e) => e[3] === '9790')![2]
        .map(nameOf),
    ).toEqual(['Wortegem-Petegem']);
  });

  it('keeps ambiguous village names as separate entries', () => {
    const deurne = find('Deurne', 'd')
      .map((e) => nameOf(e[2][0]!))
      .sort();
    expect(deurne).toEqual(['Antwerpen', 'Diest']);
  });

  it('maps a merged current municipality to all its 2017 parts', () => {
    const pajottegem = find('Pajottegem', 'c');
    expect(pajottegem).toHaveLength(1);
    expect(pajottegem[0]![2].map(nameOf).sort()).toEqual(['Galmaarden', 'Gooik', 'Herne']);
  });

  it('finds villages and postal codes of pilot municipalities', () => {
    expect(find('Aalbeke', 'p')[0]![2].map(nameOf)).toEqual(['Kortrijk']);
    expect(find('Aalbeke', 'p')[0]![3]).toBe('8511');
    expect(find('Sinaai', 'd')[0]![2].map(nameOf)).toEqual(['Sint-Niklaas']);
  });
});
