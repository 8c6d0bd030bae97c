// Place search over the geo build's index (public/geo/places.json): municipalities
// (2017 and current), villages, postal codes, the places below the village
// (wijken, kernen, statistical sectors) and the places of Brussels and Wallonia.
// Tolerant of case, accents, hyphens, "Sint"/"St."/"St-" and one wrong letter in
// names of five letters or more. Ranked exact → prefix → word prefix → fuzzy, and
// a fuzzy match is offered only when nothing matches the name as typed; a name
// typed with "wijk" after it that matches nothing is tried without it.
import { compareNl } from './collate';

/**
 * g: 2017 municipality, c: current municipality, d: village, p: postal code,
 * w: wijk, k: kern, s: statistical sector, q: a sector's name that may be no
 * place (ranked last, and said to be a statistical sector); b: Brussels, x: Wallonia.
 */
export type PlaceKind = 'g' | 'c' | 'd' | 'p' | 'w' | 'k' | 's' | 'q' | 'b' | 'x';
export type PlaceEntry = [name: string, kind: PlaceKind, codes: string[], postcode?: string];
export const OUTSIDE_KINDS: ReadonlySet<PlaceKind> = new Set(['b', 'x']);

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
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
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
  // to name searches (it stays reachable by its number), and one place reached
  // under two kinds (an unchanged municipality is a 2017 and a current one) is
  // offered once.
  for (const [name, kind, codes, postcode] of [...entries].sort((a, b) => rankOf(a[1], a[3]) - rankOf(b[1], b[3]))) {
    const key = normalize(name);
    const id = `${key}|${codes.join(',')}`;
    const entry: SearchEntry = { name, kind, codes, postcode, key, words: key.split(' ') };
    if (postcode !== undefined) {
      out.push({ ...entry, key: named.has(id) ? '' : key, words: named.has(id) ? [] : entry.words });
      named.add(id);
    } else {
      if (named.has(id)) continue;
      named.add(id);
      out.push(entry);
    }
  }
  return out;
}

/**
 * Order among equally good matches: municipalities (in Flanders or outside), then
 * villages, postal codes, the names below the village, and last the sector names
 * that may be no place.
 */
const KIND_RANK: Record<PlaceKind, number> = { c: 0, g: 1, b: 1, x: 1, d: 2, p: 3, w: 4, k: 4, s: 5, q: 6 };
function rankOf(kind: PlaceKind, postcode?: string): number {
  // A bpost place of Brussels or Wallonia ranks as a village.
  return OUTSIDE_KINDS.has(kind) && postcode !== undefined ? KIND_RANK.d : KIND_RANK[kind];
}

/** At most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length,
    lb = b.length;
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
  let results: SearchResult[] = [];
  if (/^\d+$/.test(q)) {
    if (q.length > 4) return [];
    for (const entry of index) {
      if (!entry.postcode?.startsWith(q)) continue;
      results.push({ entry, rank: entry.postcode === q ? 0 : 1 });
    }
  } else {
    const fuzzy = q.length >= FUZZY_MIN;
    let matched = false;
    for (const entry of index) {
      const key = entry.key;
      if (!key) continue;
      let rank = -1;
      if (key === q) rank = 0;
      else if (key.startsWith(q)) rank = 1;
      else if (entry.words.length > 1 && entry.words.some((w) => w.startsWith(q))) rank = 2;
      else if (fuzzy && !matched && Math.abs(key.length - q.length) <= 1 && withinOneEdit(q, key)) rank = 3;
      else if (fuzzy && !matched && key.length > q.length && withinOneEditOfPrefix(q, key)) rank = 3;
      if (rank < 0) continue;
      if (rank < 3 && !matched) {
        // A name as typed exists: no near miss is offered beside it ("Brussel"
        // is not "Brussegem").
        matched = true;
        results = results.filter((r) => r.rank < 3);
      }
      results.push({ entry, rank });
    }
    // "Vuurtorenwijk", "Kiel wijk": people add "wijk" to a name the sources carry
    // without it (Oostende's wijk "Vuurtoren"). Only when nothing matches as typed.
    const bare = q.replace(/ ?wijk$/, '');
    if (!results.length && bare !== q && bare.length >= 3) return search(index, bare, limit);
  }
  results.sort(
    (a, b) =>
      a.rank - b.rank ||
      rankOf(a.entry.kind, a.entry.postcode) - rankOf(b.entry.kind, b.entry.postcode) ||
      compareNl(a.entry.name, b.entry.name) ||
      compareNl(a.entry.postcode ?? '', b.entry.postcode ?? ''),
  );
  return results.slice(0, limit);
}

/** withinOneEdit(q, key.slice(0, q.length)) without making the slice: one substitution or swap. */
function withinOneEditOfPrefix(q: string, key: string): boolean {
  const n = q.length;
  let i = 0;
  while (i < n && q.charCodeAt(i) === key.charCodeAt(i)) i++;
  if (i === n) return true;
  // substitution
  let j = i + 1;
  while (j < n && q.charCodeAt(j) === key.charCodeAt(j)) j++;
  if (j >= n) return true;
  // swap of neighbours
  if (q[i] === key[i + 1] && q[i + 1] === key[i]) {
    j = i + 2;
    while (j < n && q.charCodeAt(j) === key.charCodeAt(j)) j++;
    if (j >= n) return true;
  }
  return false;
}
