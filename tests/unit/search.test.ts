import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildSearchIndex, normalize, search, withinOneEdit, type PlaceEntry } from '../../src/core/search';
import { parseGeoData } from '../../src/core/geo-data';

const places = JSON.parse(readFileSync('public/geo/places.json', 'utf8')) as { entries: PlaceEntry[] };
const geo = parseGeoData(JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8')));
const index = buildSearchIndex(places.entries);
const nameOf = (c: string) => geo.municipalities.get(c)!.naam;
const top = (q: string) => search(index, q)[0];

describe('normalize', () => {
  it('folds case, accents, hyphens and the Sint abbreviations', () => {
    expect(normalize('Sint-Niklaas')).toBe('sint niklaas');
    expect(normalize('St.-Niklaas')).toBe('sint niklaas');
    expect(normalize('st niklaas')).toBe('sint niklaas');
    expect(normalize('ST-NIKLAAS')).toBe('sint niklaas');
    expect(normalize('Scherpenheuvel Zichem')).toBe(normalize('Scherpenheuvel-Zichem'));
    expect(normalize('Hélécine')).toBe('helecine');
    expect(normalize('  ')).toBe('');
  });
});

describe('withinOneEdit', () => {
  it('accepts one substitution, insertion, deletion or swap, and nothing more', () => {
    expect(withinOneEdit('kortrijk', 'kortryk')).toBe(false);
    expect(withinOneEdit('kortrijk', 'kortrik')).toBe(true);
    expect(withinOneEdit('kortrijk', 'kotrrijk')).toBe(true);
    expect(withinOneEdit('kortrijk', 'kortrijkk')).toBe(true);
    expect(withinOneEdit('kortrijk', 'kortrjik')).toBe(true);
    expect(withinOneEdit('kortrijk', 'kartryjk')).toBe(false);
  });
});

describe('search', () => {
  it('finds a village and resolves it to its municipality', () => {
    const r = top('Aalbeke')!;
    expect(r.entry.name).toBe('Aalbeke');
    expect(r.entry.codes.map(nameOf)).toEqual(['Kortrijk']);
  });

  it('ranks exact before prefix before fuzzy', () => {
    const names = search(index, 'Gent').map((r) => [r.entry.name, r.rank]);
    expect(names[0]).toEqual(['Gent', 0]);
    expect(names.findIndex(([, rank]) => rank === 1)).toBeGreaterThan(0); // Gentbrugge …
    const fuzzy = search(index, 'Kortrik');
    expect(fuzzy[0]!.entry.name).toBe('Kortrijk');
    expect(fuzzy[0]!.rank).toBe(3);
  });

  it('tolerates one wrong letter only in names of five letters or more', () => {
    expect(top('Roeselaer')?.entry.name).toBe('Roeselare');
    expect(search(index, 'Gemk')).toEqual([]); // Genk: too short for fuzzy matching
  });

  it('finds every village of a postal code, and a code that spans municipalities', () => {
    const r8511 = search(index, '8511');
    expect(r8511.map((r) => r.entry.name)).toContain('Aalbeke');
    expect(new Set(r8511.flatMap((r) => r.entry.codes.map(nameOf)))).toEqual(new Set(['Kortrijk']));
    // 2980 covers Zoersel and its village Halle (which bpost filed under Halle in Vlaams-Brabant).
    expect(
      search(index, '2980')
        .map((r) => `${r.entry.name}:${r.entry.codes.map(nameOf)}`)
        .sort(),
    ).toEqual(['Halle:Zoersel', 'Zoersel:Zoersel']);
    // Sint-Maria-Oudenhove 9660 is Brakel's hamlet, not Zottegem's village (9620).
    expect(new Set(search(index, '9660').flatMap((r) => r.entry.codes.map(nameOf)))).toEqual(new Set(['Brakel']));
    // A postal code spanning two municipalities lists a result for each.
    const spanning = buildSearchIndex([
      ['Adorp', 'p', ['10001'], '9999'],
      ['Bedorp', 'p', ['20002'], '9999'],
    ]);
    expect(search(spanning, '9999').map((r) => r.entry.codes[0])).toEqual(['10001', '20002']);
    // Oostkerke 8340 is the Damme one (bpost filed it under Diksmuide, whose Oostkerke is 8600).
    expect(
      search(index, '8340')
        .filter((r) => r.entry.name === 'Oostkerke')
        .map((r) => nameOf(r.entry.codes[0]!)),
    ).toEqual(['Damme']);
  });

  it('lists every candidate of an ambiguous name with its own municipality', () => {
    const deurne = search(index, 'Deurne').filter((r) => r.entry.kind === 'd' && r.rank === 0);
    expect(deurne.map((r) => nameOf(r.entry.codes[0]!)).sort()).toEqual(['Antwerpen', 'Diest']);
  });

  it('finds municipalities that merged since 2019 or 2025 under their old name and the new one', () => {
    const knesselare = top('Knesselare')!;
    expect(knesselare.entry.kind).toBe('g');
    expect(geo.current.get(geo.municipalities.get(knesselare.entry.codes[0]!)!.nu)!.naam).toBe('Aalter');
    const pajottegem = top('Pajottegem')!;
    expect(pajottegem.entry.kind).toBe('c');
    expect(pajottegem.entry.codes.map(nameOf).sort()).toEqual(['Galmaarden', 'Gooik', 'Herne']);
  });

  it('returns nothing, without throwing, for markup, huge or odd input', () => {
    expect(search(index, '<img src=x onerror=alert(1)>')).toEqual([]);
    expect(search(index, 'a'.repeat(10_000))).toEqual([]);
    expect(search(index, '\u202e\u0000🙂')).toEqual([]);
    expect(search(index, '123456')).toEqual([]);
  });
});

describe('search below the village and outside Flanders', () => {
  const results = (q: string) =>
    search(index, q).map((r) => ({
      name: r.entry.name,
      kind: r.entry.kind,
      where: r.entry.codes.map((c) => geo.municipalities.get(c)?.naam ?? c),
    }));

  it('finds neighbourhoods and hamlets, each in its municipality', () => {
    expect(results('Winterslag')[0]).toEqual({ name: 'Winterslag', kind: 'w', where: ['Genk'] });
    expect(results('Waterschei')[0]).toMatchObject({ name: 'Waterschei', where: ['Genk'] });
    expect(results('Muide')[0]).toMatchObject({ name: 'Muide', where: ['Gent'] });
    expect(results('Rabot')[0]).toMatchObject({ name: 'Rabot', where: ['Gent'] });
    expect(
      results('Sint-Antonius')
        .filter((r) => r.name === 'Sint-Antonius')
        .map((r) => r.where[0]),
    ).toContain('Zoersel');
  });

  it('offers Mariakerke in Gent and in Oostende, the village first', () => {
    const exact = results('Mariakerke').filter((r) => r.name === 'Mariakerke');
    expect(exact.map((r) => r.where[0])).toEqual(['Gent', 'Oostende']);
    expect(exact[0]!.kind).toBe('d');
  });

  it('ranks a place below the village after the municipalities and villages of the same name', () => {
    const kinds = results('Bergen')
      .filter((r) => r.name === 'Bergen')
      .map((r) => r.kind);
    expect(kinds[0]).toBe('x'); // Bergen (Mons), the municipality
    expect(kinds.slice(1).every((k) => k === 's')).toBe(true);
  });

  it('ranks a doubtful sector name after every village, wijk, kern and sector of the same name', () => {
    // "Dreef" is a place's name in one sector and the word of a street in others: kept, last.
    const heide = results('Heide')
      .filter((r) => r.name === 'Heide')
      .map((r) => r.kind);
    expect(heide.length).toBeGreaterThan(3);
    const rank = { c: 0, g: 1, d: 2, p: 3, w: 4, k: 4, s: 5, q: 6 } as Record<string, number>;
    expect(heide.map((k) => rank[k])).toEqual([...heide.map((k) => rank[k]!)].sort((a, b) => a - b));
    const kleit = results('Kleit');
    expect(kleit[0]).toMatchObject({ name: 'Kleit', kind: 'q', where: ['Maldegem'] });
  });

  it('finds a name typed with "wijk" after it that the sources carry without it, only when nothing else matches', () => {
    expect(results('Vuurtorenwijk').map((r) => r.where[0])).toContain('Oostende');
    expect(results('Vuurtoren wijk')[0]).toMatchObject({ name: 'Vuurtoren' });
    // A name that ends in "wijk" of its own is found as typed.
    expect(results('Bloemekenswijk')[0]).toMatchObject({ name: 'Bloemekenswijk', where: ['Gent'] });
  });

  it("never offers a neighbour's village in the municipality whose sector names it", () => {
    // A sector of Scherpenheuvel-Zichem ("Steenweg Averbode - Langdorp"), of Turnhout ("Weelde - Station"),
    // of Hoegaarden ("Goetsenhoven", "Hoksem - Kumtich"): the villages are Aarschot's, Ravels' and Tienen's.
    for (const [name, own] of [
      ['Langdorp', 'Aarschot'],
      ['Weelde', 'Ravels'],
      ['Kumtich', 'Tienen'],
      ['Goetsenhoven', 'Tienen'],
    ] as const) {
      const where = results(name)
        .filter((r) => r.name === name)
        .map((r) => r.where.join());
      expect(where.length, name).toBeGreaterThan(0);
      expect(new Set(where), name).toEqual(new Set([own]));
    }
  });

  it('answers Brussels and Wallonia by name in both languages and by postal code, never with a near miss', () => {
    expect(results('Brussel')[0]).toMatchObject({ name: 'Brussel', kind: 'b', where: ['21004'] });
    expect(results('Brussel').some((r) => r.name === 'Brussegem')).toBe(false);
    expect(results('Bruxelles')[0]).toMatchObject({ kind: 'b', where: ['21004'] });
    expect(results('Mons')[0]).toMatchObject({ name: 'Mons', kind: 'x', where: ['53053'] });
    expect(results('1000')[0]).toMatchObject({ name: 'Brussel', kind: 'b', where: ['21004'] });
    expect(results('7000')[0]).toMatchObject({ name: 'Mons', kind: 'x', where: ['53053'] });
  });

  it('still offers a near miss when nothing matches as typed', () => {
    expect(results('Brusegem')[0]).toMatchObject({ name: 'Brussegem' });
  });

  it('offers one result per place', () => {
    expect(results('Sint-Niklaas').filter((r) => r.name === 'Sint-Niklaas')).toHaveLength(1);
    expect(results('Gent').filter((r) => r.name === 'Gent')).toHaveLength(1);
    const labels = search(index, '9100').map((r) => `${r.entry.postcode} ${r.entry.name}`);
    expect(labels).toContain('9100 Sint-Niklaas');
    expect(new Set(labels).size).toBe(labels.length);
  });
});
