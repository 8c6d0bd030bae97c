// "Download de gegevens": the pilot areas and W13's experiments as GeoJSON, the
// pilot municipalities as CSV, each made on click from the loaded data
// (core/take-away.ts) and saved without leaving the browser.
import type { Lang, ProjectsDoc } from '../core/types';
import type { GeoData } from '../core/geo-data';
import { experimentsGeoJson, municipalitiesCsv, pilotAreasGeoJson, type TakeAwaySources } from '../core/take-away';
import { strings } from '../i18n';
import { h } from './dom';
import { downloadBlob } from './download';

export function takeAwaySources(lang: Lang, doc: ProjectsDoc): TakeAwaySources {
  const t = strings[lang];
  return {
    pilots: t.sourcePilots(doc.source[lang]),
    boundaries: t.sourceBoundaries,
    population: t.sourceInhabitants,
    experimentPoints: t.sourceExperimentPoints,
    licence: t.takeAwayLicence,
  };
}

export function renderTakeAway(lang: Lang, doc: ProjectsDoc, geo: GeoData): HTMLElement {
  const t = strings[lang];
  const sources = takeAwaySources(lang, doc);
  const count = doc.projects.reduce((n, p) => n + p.municipalities.length, 0);
  const json = (data: unknown) => new Blob([`${JSON.stringify(data)}\n`], { type: 'application/geo+json' });
  const button = (label: string, file: string, make: () => Blob) => {
    const b = h('button', { type: 'button', class: 'zoom', 'data-download': file }, label);
    b.addEventListener('click', () => downloadBlob(make(), file));
    return h('li', {}, b);
  };
  return h(
    'section',
    { class: 'take-away', 'aria-labelledby': 'take-away-heading' },
    h('h3', { id: 'take-away-heading' }, t.takeAwayHeading),
    h('p', { class: 'muted' }, t.takeAwayIntro),
    h(
      'ul',
      { class: 'take-away-files' },
      button(t.takeAwayAreas, t.takeAwayAreasFile, () =>
        json(pilotAreasGeoJson(doc, geo, sources, t.takeAwayAreasName)),
      ),
      doc.projects.some((p) => p.subAreas?.length)
        ? button(t.takeAwayExperiments, t.takeAwayExperimentsFile, () =>
            json(experimentsGeoJson(doc, geo, sources, t.takeAwayExperimentsName, lang)),
          )
        : null,
      button(
        t.takeAwayMunicipalities(count),
        t.takeAwayMunicipalitiesFile,
        () =>
          new Blob(
            [
              municipalitiesCsv(doc, geo, sources, (code) => t.provinces[code] ?? code, {
                title: t.takeAwayCsvTitle,
                header: t.takeAwayCsvHeader,
              }),
            ],
            { type: 'text/csv;charset=utf-8' },
          ),
      ),
    ),
  );
}
