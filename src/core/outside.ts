// Places outside Flanders: the Brussels-Capital Region and Wallonia. The pilots
// listed in the answer to question nr. 114 are all Flemish, so a place there gets
// a plain answer rather than a near miss among Flemish names.

export type OutsideRegion = 'brussels' | 'wallonia';

/** NIS code → [Dutch name, French name, province (Dutch; empty in Brussels), kind 'b' | 'x']. */
export type OutsideTable = Record<string, [string, string, string, string]>;

/**
 * The region of a 2018 NIS code from its first digits: 21 is Brussels; 25
 * (Waals-Brabant) and 5, 6, 8, 9 (Hainaut, Liège, Luxembourg, Namur) are
 * Wallonia; every other code is Flemish or none.
 */
export function regionOfCode(code: string): OutsideRegion | null {
  if (!/^\d{5}$/.test(code)) return null;
  if (code.startsWith('21')) return 'brussels';
  if (code.startsWith('25') || /^[5689]/.test(code)) return 'wallonia';
  return null;
}

/** Checks the table in places.json; throws naming what is wrong. */
export function parseOutsideTable(raw: unknown, file = 'geo/places.json'): OutsideTable {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new Error(`${file}: "outside" is not a table of municipalities`);
  const table: OutsideTable = {};
  for (const [code, row] of Object.entries(raw)) {
    if (!regionOfCode(code) || !Array.isArray(row) || row.length !== 4 || !row.every((x) => typeof x === 'string')) {
      throw new Error(`${file}: outside municipality ${code.slice(0, 20)} is malformed`);
    }
    table[code] = row as [string, string, string, string];
  }
  return table;
}
