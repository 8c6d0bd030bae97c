// The search index, loaded on first use (not at start-up) and built once. A failed
// load is forgotten, so the next keystroke tries again.
import { buildSearchIndex, type PlaceEntry, type SearchEntry } from '../core/search';
import { parseOutsideTable, type OutsideTable } from '../core/outside';

export interface PlaceIndex {
  entries: SearchEntry[];
  /** Brussels and Walloon municipalities by NIS code. */
  outside: OutsideTable;
}

export function placeIndex(load: () => Promise<unknown>): () => Promise<PlaceIndex> {
  let index: Promise<PlaceIndex> | null = null;
  return () => (index ??= load()
    .then((raw) => {
      const { entries, outside } = raw as { entries?: unknown; outside?: unknown };
      if (!Array.isArray(entries)) throw new Error('geo/places.json: no place list');
      return { entries: buildSearchIndex(entries as PlaceEntry[]), outside: parseOutsideTable(outside) };
    })
    .catch((e: unknown) => {
      index = null;
      throw e;
    }));
}
