// An active filter in words ("Thema: Onderbescherming"), for the CSV file, the
// image's subtitle and the printout's heading. Values the data does not know are
// left out: they filter nothing.
import { filterOptions } from '../core/coverage';
import { FILTER_KEYS, type Filter } from '../core/url-state';
import type { Lang, ProjectsDoc } from '../core/types';
import { strings } from '../i18n';

export function filterWords(filter: Filter, doc: ProjectsDoc, lang: Lang): string[] {
  const t = strings[lang];
  const options = filterOptions(doc);
  return FILTER_KEYS.flatMap((k) => {
    const option = options[k].find((o) => o.value === filter[k]);
    if (!option) return [];
    const label = { thema: t.filterTheme, doelgroep: t.filterGroup, partner: t.filterPartner }[k];
    return [`${label}: ${option.label[lang]}`];
  });
}
