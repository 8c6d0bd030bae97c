// One line under a search suggestion: what kind of place, where, and its pilot.
import type { GeoData } from '../core/geo-data';
import type { SearchEntry } from '../core/search';
import type { Lang, Project } from '../core/types';
import { strings } from '../i18n';

export function describePlace(entry: SearchEntry, lang: Lang, geo: GeoData, projectOf: (c: string) => Project | null): string {
  const t = strings[lang];
  const m = (c: string) => geo.municipalities.get(c)!;
  const first = m(entry.codes[0] ?? '');
  const names = () => entry.codes.map((c) => m(c).naam).join(', ');
  let kind: string;
  if (entry.kind === 'c') kind = entry.codes.length > 1 ? t.kindMerged(names()) : t.kindMunicipality;
  else if (entry.kind === 'g') kind = first.nu !== first.code ? t.kindMunicipality2017(geo.current.get(first.nu)!.naam) : t.kindMunicipality;
  else if (entry.kind === 'd') kind = t.kindVillage(first.naam);
  else kind = t.kindPostcode(names());
  const projects = [...new Set(entry.codes.map(projectOf).filter((p): p is Project => !!p).map((p) => p.name))];
  return projects.length ? `${kind} · ${projects.join(', ')}` : kind;
}
