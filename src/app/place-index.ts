// The search index, loaded on first use (not at start-up) and built once. A failed
// load is forgotten, so the next keystroke tries again.
import { buildSearchIndex, type SearchEntry } from '../core/search';
import { parsePlaceEntries } from '../core/place-entries';
import { parseOutsideTable, type OutsideTable } from '../core/outside';

export interface PlaceIndex {
  entries: SearchEntry[];
  /** Brussels and Walloon municipalities by NIS code. */
  outside: OutsideTable;
}

/** @param knownCode whether a 2017 Flemish code is one the loaded geometry has */
export function placeIndex(
  load: () => Promise<unknown>,
  knownCode: (code: string) => boolean,
): () => Promise<PlaceIndex> {
  let index: Promise<PlaceIndex> | null = null;
  return () =>
    (index ??= load()
      .then((raw) => {
        const { entries, outside: rawOutside } = (raw ?? {}) as { entries?: unknown; outside?: unknown };
        const outside = parseOutsideTable(rawOutside);
        return { entries: buildSearchIndex(parsePlaceEntries(entries, knownCode, outside)), outside };
      })
      .catch((e: unknown) => {
        index = null;
        throw e;
      }));
}
