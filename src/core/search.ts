// Place search over the geo build's index (public/geo/places.json): municipalities
// (2017 and current), villages and postal codes. Tolerant of case, accents,
// hyphens, "Sint"/"St."/"St-" and one wrong letter in names of five letters or
// more. Ranked exact → prefix → word prefix → fuzzy.
import { compareNl } from './collate';

export type PlaceKind = 'g' | 'c' | 'd' | 'p';
export type PlaceEntry = [name: string, kind: PlaceKind, codes: string[], postcode?: string];

export interface SearchEntry {
  name: string;
  kind: PlaceKind;
  codes: string[];
  postcode?: string;
  key: string;
  words: string[];
}

export interface SearchResult {
  entry: SearchEntry;
  rank: number;
}

export const MAX_QUERY = 100; // a place name is never longer; the rest is ignored

/** Folded form used for matching: "St.-Eloois-Vijve" → "sint eloois vijve". */
export function normalize(s: string): string {
  return s
    .slice(0, MAX_QUERY)
    .normalize('NFD').replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim()
    .replace(/(^| )st(?= |$)/g, '$1sint')
    .replace(/(^| )ste(?= |$)/g, '$1sint');
}

export function buildSearchIndex(entries: PlaceEntry[]): SearchEntry[] {
  const out: SearchEntry[] = [];
  const named = new Set<string>();
  // Names first, so a postal-code row that repeats a known place adds nothing
  // to name searches (it stays reachable by its number).
  for (const [name, kind, codes, postcode] of [...entries].sort((a, b) => rankKind(a[1]) - rankKind(b[1]))) {
    const key = normalize(name);
    const id = `${key}|${codes.join(',')}`;
    const entry: SearchEntry = { name, kind, codes, postcode, key, words: key.split(' ') };
    if (kind === 'p') {
      out.push({ ...entry, key: named.has(id) ? '' : key, words: named.has(id) ? [] : entry.words });
    } else {
      if (named.has(`${id}|${kind}`)) continue;
      named.add(id);
      named.add(`${id}|${kind}`);
      out.push(entry);
    }
  }
  return out;
}

function rankKind(kind: PlaceKind): number {
  return { c: 0, g: 1, d: 2, p: 3 }[kind];
}

/** At most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const FUZZY_MIN = 5;

export function search(index: SearchEntry[], query: string, limit = 12): SearchResult[] {
  const q = normalize(query);
  if (!q) return [];
  const results: SearchResult[] = [];
  if (/^\d+$/.test(q)) {
    if (q.length > 4) return [];
    for (const entry of index) {
      if (entry.kind !== 'p' || !entry.postcode?.startsWith(q)) continue;
      results.push({ entry, rank: entry.postcode === q ? 0 : 1 });
    }
  } else {
    for (const entry of index) {
      if (!entry.key) continue;
      let rank = -1;
      if (entry.key === q) rank = 0;
      else if (entry.key.startsWith(q)) rank = 1;
      else if (entry.words.some((w) => w.startsWith(q))) rank = 2;
      else if (q.length >= FUZZY_MIN && (withinOneEdit(q, entry.key) || withinOneEdit(q, entry.key.slice(0, q.length)))) rank = 3;
      if (rank >= 0) results.push({ entry, rank });
    }
  }
  results.sort((a, b) =>
    a.rank - b.rank
    || rankKind(a.entry.kind) - rankKind(b.entry.kind)
    || compareNl(a.entry.name, b.entry.name)
    || compareNl(a.entry.postcode ?? '', b.entry.postcode ?? ''));
  return results.slice(0, limit);
}
