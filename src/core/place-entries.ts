// The place index's entries, checked at load: a name, a known kind, 2017 Flemish
// codes the geometry knows (or, for Brussels and Wallonia, codes of its own table)
// and an optional postal code. A file that breaks this (an old build, a truncated
// download) is refused with a message that names the file and the first bad entry,
// so the search never meets a code it cannot answer for.
import type { PlaceEntry, PlaceKind } from './search';
import { OUTSIDE_KINDS } from './search';
import type { OutsideTable } from './outside';

const KINDS: ReadonlySet<string> = new Set<PlaceKind>(['g', 'c', 'd', 'p', 'w', 'k', 's', 'q', 'b', 'x']);

export function parsePlaceEntries(
  raw: unknown,
  knownCode: (code: string) => boolean,
  outside: OutsideTable,
  file = 'geo/places.json',
): PlaceEntry[] {
  if (!Array.isArray(raw)) throw new Error(`${file}: no place list`);
  raw.forEach((e: unknown, i) => {
    const [name, kind, codes, postcode] = Array.isArray(e) ? (e as unknown[]) : [];
    const what = `${file}: entry ${i + 1} (${JSON.stringify(e).slice(0, 60)})`;
    if (typeof name !== 'string' || !name || typeof kind !== 'string' || !KINDS.has(kind))
      throw new Error(`${what} is not a place`);
    if (!Array.isArray(codes) || !codes.length || !codes.every((c) => typeof c === 'string'))
      throw new Error(`${what} names no municipality`);
    const known = OUTSIDE_KINDS.has(kind as PlaceKind) ? (c: string) => c in outside : knownCode;
    const unknown = (codes as string[]).find((c) => !known(c));
    if (unknown !== undefined)
      throw new Error(
        `${what} names municipality ${unknown.slice(0, 10)}, which this version's map does not know: reload the page`,
      );
    if (postcode !== undefined && (typeof postcode !== 'string' || !/^\d{4}$/.test(postcode)))
      throw new Error(`${what} has no valid postal code`);
  });
  return raw as PlaceEntry[];
}
