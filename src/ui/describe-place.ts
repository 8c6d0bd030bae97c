// One line under a search suggestion: what kind of place, where, and its pilot.
import type { GeoData } from '../core/geo-data';
import type { OutsideTable } from '../core/outside';
import type { SearchEntry } from '../core/search';
import type { Lang, Project } from '../core/types';
import { strings } from '../i18n';

export function describePlace(
  entry: SearchEntry,
  lang: Lang,
  geo: GeoData,
  projectOf: (c: string) => Project | null,
  outside: OutsideTable | null,
): string {
  const t = strings[lang];
  const code = entry.codes[0] ?? '';
  if (entry.kind === 'b' || entry.kind === 'x') {
    const row = outside?.[code];
    const province = t.walloonProvince(row?.[2] ?? '');
    // A municipality's own name: its kind; a bpost place: its postal code, municipality and region.
    if (entry.postcode === undefined) return entry.kind === 'b' ? t.kindBrussels : t.kindWallonia(province);
    const region = entry.kind === 'b' ? t.regionBrussels : t.regionWallonia(province);
    return `${t.kindPostcode(row ? t.outsideName(row[0], row[1]) : code)} · ${region}`;
  }
  const m = (c: string) => geo.municipalities.get(c)!;
  const first = m(code);
  // A wijk filed under a merged municipality (Runkst, Hasselt since 2025) may name
  // several 2017 members: it lies in today's municipality, named as such.
  const where = entry.codes.length > 1 ? (geo.current.get(first.nu)?.naam ?? first.naam) : first.naam;
  const names = () => entry.codes.map((c) => m(c).naam).join(', ');
  let kind: string;
  if (entry.kind === 'c') kind = entry.codes.length > 1 ? t.kindMerged(names()) : t.kindMunicipality;
  else if (entry.kind === 'g')
    kind = first.nu !== first.code ? t.kindMunicipality2017(geo.current.get(first.nu)!.naam) : t.kindMunicipality;
  else if (entry.kind === 'd') kind = t.kindVillage(first.naam);
  else if (entry.kind === 'w') kind = t.kindWijk(where);
  else if (entry.kind === 'k') kind = t.kindKern(where);
  else if (entry.kind === 's') kind = t.kindSector(where);
  else if (entry.kind === 'q') kind = t.kindSectorDoubtful(where);
  else kind = t.kindPostcode(names());
  const projects = [
    ...new Set(
      entry.codes
        .map(projectOf)
        .filter((p): p is Project => !!p)
        .map((p) => p.name),
    ),
  ];
  return projects.length ? `${kind} · ${projects.join(', ')}` : kind;
}
