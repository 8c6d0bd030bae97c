// The search's rules on a small index made for them (tests/unit/search.test.ts
// runs it on the real place index): which entries match, in which order, and
// which near misses are offered.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search, withinOneEdit, type PlaceEntry } from '../../src/core/search';

const entries: PlaceEntry[] = [
  ['Kortrijk', 'g', ['34022']],
  ['Kortrijk', 'c', ['34022']], // the same place as a current municipality: offered once
  ['Kortemark', 'g', ['32011']],
  ['Aalbeke', 'd', ['34022']],
  ['Aalbeke', 'p', ['34022'], '8511'],
  ['Kortrijk', 'p', ['34022'], '8500'],
  ['Bissegem', 'p', ['34022'], '8501'],
  ['Heule', 'p', ['34022'], '8501'],
  ['Lange Munte', 's', ['34022']],
  ['Munte', 'd', ['44021']],
  ['Kleit', 'q', ['43010']],
  ['Kleit', 'w', ['43011']],
  ['Kleit', 'd', ['43012']],
  ['Mons', 'x', ['53053']],
  ['Bergen', 's', ['11001']],
  ['Bergen', 'x', ['53053']],
  ['Vuurtoren', 'w', ['35013']],
];
const index = buildSearchIndex(entries);
const found = (q: string, limit?: number) =>
  search(index, q, limit).map(
    (r) => `${r.entry.name}/${r.entry.kind}${r.entry.postcode ? `/${r.entry.postcode}` : ''}:${r.rank}`,
  );

describe('withinOneEdit', () => {
  it('takes one substitution, insertion, deletion or swap of neighbours, at the start, the middle or the end', () => {
    for (const [a, b] of [
      ['kortrijk', 'kortrijk'],
      ['kortrijk', 'xortrijk'],
      ['kortrijk', 'kortrijx'],
      ['kortrijk', 'korxrijk'],
      ['kortrijk', 'ortrijk'],
      ['kortrijk', 'kortrij'],
      ['kortrijk', 'korrijk'],
      ['kortrijk', 'xkortrijk'],
      ['kortrijk', 'kortrijkx'],
      ['kortrijk', 'okrtrijk'],
      ['kortrijk', 'kortrikj'],
      ['kortrijk', 'kotrrijk'],
    ] as const) {
      expect(withinOneEdit(a, b), `${a} ~ ${b}`).toBe(true);
      expect(withinOneEdit(b, a), `${b} ~ ${a}`).toBe(true);
    }
  });

  it('refuses two edits, a swap of letters apart, and a length two apart', () => {
    for (const [a, b] of [
      ['kortrijk', 'xxrtrijk'],
      ['kortrijk', 'kortrixx'],
      ['kortrijk', 'kirtrojk'],
      ['kortrijk', 'kortri'],
      ['kortrijk', 'kortrijkxx'],
      ['kortrijk', 'jortrikk'],
      ['kortrijk', 'okrtrikj'],
      ['abc', 'cba'],
    ] as const) {
      expect(withinOneEdit(a, b), `${a} ≁ ${b}`).toBe(false);
      expect(withinOneEdit(b, a), `${b} ≁ ${a}`).toBe(false);
    }
  });
});

describe('search rules', () => {
  it('offers one place once, whatever its kinds, and a postal code row of a known name only by its number', () => {
    expect(found('Kortrijk')).toEqual(['Kortrijk/c:0']);
    expect(found('Aalbeke')).toEqual(['Aalbeke/d:0']);
    expect(found('8511')).toEqual(['Aalbeke/p/8511:0']);
  });

  it('answers a postal code exactly first, then by its first digits, four digits at most', () => {
    expect(found('8500')).toEqual(['Kortrijk/p/8500:0']);
    // Equal matches by name, then by postal code.
    expect(found('850')).toEqual(['Bissegem/p/8501:1', 'Heule/p/8501:1', 'Kortrijk/p/8500:1']);
    expect(found('85')).toEqual(['Aalbeke/p/8511:1', 'Bissegem/p/8501:1', 'Heule/p/8501:1', 'Kortrijk/p/8500:1']);
    expect(found('85000')).toEqual([]);
    expect(found('500')).toEqual([]); // a postal code is matched from its start
  });

  it('ranks the name as typed, then names it begins, then names with a word it begins', () => {
    expect(found('Kortrijk')).toEqual(['Kortrijk/c:0']);
    expect(found('Kort')).toEqual(['Kortrijk/c:1', 'Kortemark/g:1']); // a current municipality before one of 2017
    expect(found('Munte')).toEqual(['Munte/d:0', 'Lange Munte/s:2']);
    expect(found('unte')).toEqual([]); // a word is matched from its start
  });

  it('offers a near miss only for five letters or more, and only when nothing matches as typed', () => {
    expect(found('Kortryk')).toEqual([]); // two edits
    expect(found('Kortrik')).toEqual(['Kortrijk/c:3']);
    expect(found('Kortrijkk')).toEqual(['Kortrijk/c:3']);
    expect(found('Kortrjik')).toEqual(['Kortrijk/c:3']);
    expect(found('Kortrijk-Aalbeke')).toEqual([]);
    expect(found('Mnos')).toEqual([]); // four letters: no near miss
    expect(found('Aalbek')).toEqual(['Aalbeke/d:1']); // a name begun: no near miss beside it
    expect(found('Kortemrk')).toEqual(['Kortemark/g:3']);
    expect(found('Kortema')).toEqual(['Kortemark/g:1']);
    // A near miss of the start of a longer name (one substitution or swap).
    expect(found('Kortemerk')).toEqual(['Kortemark/g:3']);
    expect(found('Kroteemark')).toEqual([]);
  });

  it('orders equal matches by kind (municipalities, villages, postal codes, below the village, doubtful last), then by name', () => {
    expect(found('Kleit')).toEqual(['Kleit/d:0', 'Kleit/w:0', 'Kleit/q:0']);
    expect(found('Bergen')).toEqual(['Bergen/x:0', 'Bergen/s:0']);
    expect(found('K', 3)).toEqual(['Kortrijk/c:1', 'Kortemark/g:1', 'Kleit/d:1']);
  });

  it('tries a name typed with "wijk" after it without it, only when nothing matches, and not below three letters', () => {
    expect(found('Vuurtorenwijk')).toEqual(['Vuurtoren/w:0']);
    expect(found('Vuurtoren wijk')).toEqual(['Vuurtoren/w:0']);
    expect(found('Kowijk')).toEqual([]);
  });

  it('gives at most `limit` results, and nothing for an empty query', () => {
    expect(found('8', 2)).toHaveLength(2);
    expect(found('   ')).toEqual([]);
  });
});

describe('search rules, the fine print', () => {
  const more = buildSearchIndex([
    ['Bergem', 'g', ['1']], // a near miss of "Bergen", read before it
    ['Bergen', 'd', ['2']],
    ['Sint-Eloois-Vijve', 'd', ['3']],
    ['Mont', 'p', ['4'], '5530'],
    ['Monceau', 'x', ['5'], '6031'], // a bpost place outside Flanders ranks as a village
    ['Mons', 'x', ['6']],
  ]);
  const hits = (q: string) => search(more, q).map((r) => `${r.entry.name}:${r.rank}`);

  it('drops a near miss read before a name that matches as typed', () => {
    expect(hits('Bergen')).toEqual(['Bergen:0']);
    expect(hits('Bergek')).toEqual(['Bergem:3', 'Bergen:3']);
  });

  it("offers a near miss of a longer name's start: one substitution or one swap, anywhere in what was typed", () => {
    expect(hits('Sint-Elooiz')).toEqual(['Sint-Eloois-Vijve:3']);
    expect(hits('Sint-Elxois')).toEqual(['Sint-Eloois-Vijve:3']);
    expect(hits('Sint-Eloosi')).toEqual(['Sint-Eloois-Vijve:3']);
    expect(hits('Sint-Eolois')).toEqual(['Sint-Eloois-Vijve:3']);
    expect(hits('Snit-Eloois')).toEqual(['Sint-Eloois-Vijve:3']);
    expect(hits('Sint-Exxois')).toEqual([]);
    expect(hits('Sint-Eolosi')).toEqual([]);
    expect(hits('Xint-Eloois-Vijve-Noord')).toEqual([]);
  });

  it('ranks a municipality, then a bpost place outside Flanders as a village, then a postal code', () => {
    expect(hits('Mon')).toEqual(['Mons:1', 'Monceau:1', 'Mont:1']);
  });

  it("keeps a place's name searchable when its postal-code row comes first in the file", () => {
    const reversed = buildSearchIndex([
      ['Aalbeke', 'p', ['34022'], '8511'],
      ['Aalbeke', 'd', ['34022']],
    ]);
    expect(search(reversed, 'Aalbeke').map((r) => `${r.entry.kind}:${r.rank}`)).toEqual(['d:0']);
    expect(search(reversed, '8511').map((r) => `${r.entry.kind}:${r.rank}`)).toEqual(['p:0']);
  });
});
