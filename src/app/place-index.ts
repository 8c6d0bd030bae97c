// The search index, loaded on first use (not at start-up) and built once. A failed
// load is forgotten, so the next keystroke tries again.
import { buildSearchIndex, type PlaceEntry, type SearchEntry } from '../core/search';

export function placeIndex(load: () => Promise<unknown>): () => Promise<SearchEntry[]> {
  let index: Promise<SearchEntry[]> | null = null;
  return () => (index ??= load()
    .then((raw) => {
      const entries = (raw as { entries?: unknown }).entries;
      if (!Array.isArray(entries)) throw new Error('geo/places.json: no place list');
      return buildSearchIndex(entries as PlaceEntry[]);
    })
    .catch((e: unknown) => {
      index = null;
      throw e;
    }));
}
