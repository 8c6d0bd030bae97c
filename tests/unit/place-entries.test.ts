import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePlaceEntries } from '../../src/core/place-entries';
import { parseOutsideTable } from '../../src/core/outside';
import { geo } from './support/scene';

const file = JSON.parse(readFileSync('public/geo/places.json', 'utf8')) as { entries: unknown[]; outside: unknown };
const outside = parseOutsideTable(file.outside);
const known = (c: string) => geo.municipalities.has(c);

describe('place index at load', () => {
  it('accepts the committed index: every code is one the map knows', () => {
    expect(parsePlaceEntries(file.entries, known, outside)).toHaveLength(file.entries.length);
  });

  it('refuses, naming the file and the entry, an unknown code, an unknown kind, a bad postal code or no list', () => {
    expect(() => parsePlaceEntries([['Nergensdorp', 'd', ['99999']]], known, outside)).toThrow(
      /geo\/places\.json: entry 1 .* municipality 99999/,
    );
    expect(() => parsePlaceEntries([['Brussel', 'x', ['11002']]], known, outside)).toThrow(
      /entry 1 .* municipality 11002/,
    );
    expect(() => parsePlaceEntries([['Gent', 'z', ['44021']]], known, outside)).toThrow(/entry 1 .* is not a place/);
    expect(() => parsePlaceEntries([['Gent', 'p', ['44021'], '90000']], known, outside)).toThrow(
      /no valid postal code/,
    );
    expect(() => parsePlaceEntries({ entries: [] }, known, outside)).toThrow(/geo\/places\.json: no place list/);
  });
});
