// What a pick leads to: a municipality clicked on the map opens its project, or
// its own panel when it had none; a place picked in the search box opens its
// municipality, naming the smaller place in the answer.
import type { Route } from './url-state';
import type { SearchEntry } from './search';
import type { GeoData } from './geo-data';

export function mapPickRoute(code: string, projectOfAny: (code: string) => { id: string } | null | undefined): Route {
  const p = projectOfAny(code);
  return p ? { kind: 'project', id: p.id } : { kind: 'municipality', code };
}

/** The municipality a search result opens, and the place name its answer names (none for a municipality itself). */
export function searchPickTarget(
  entry: Pick<SearchEntry, 'kind' | 'codes' | 'name'>,
  geo: Pick<GeoData, 'municipalities'>,
): { code: string; placeName: string | null } {
  const first = entry.codes[0] ?? '';
  const code = entry.codes.length === 1 ? first : (geo.municipalities.get(first)?.nu ?? first);
  return { code, placeName: entry.kind === 'g' || entry.kind === 'c' ? null : entry.name };
}
