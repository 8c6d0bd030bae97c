// The coverage view's first screen: the key figures in large type, each with its
// base, the active filter in words, then and now, and a "copy as a sentence"
// action per figure that puts the figure, its base, the filter and the source on
// the clipboard (and says so to a screen reader).
import type { Coverage } from '../core/coverage';
import type { Lang } from '../core/types';
import { figureSentence } from '../core/figure-sentence';
import { strings, formatNumber, formatShare } from '../i18n';
import { h } from './dom';

export function renderKeyFigures(c: Coverage, lang: Lang, filterWords: string[], projectCount: number): HTMLElement {
  const t = strings[lang];
  const n = (v: number, d = 0) => formatNumber(v, lang, d);
  const filter = filterWords.length ? t.sentenceFilter(filterWords.join('; ')) : null;
  const status = h('p', { class: 'copy-status', role: 'status' });
  const figures = keyFigures(c, lang, filter);
  const copy = async (sentence: string) => {
    try {
      await navigator.clipboard.writeText(sentence);
      status.textContent = t.copiedFigure(sentence);
    } catch {
      status.textContent = `${t.copyFigureFailed} ${sentence}`; // the clipboard refused (plain http, a denied permission)
    }
  };
  return h(
    'section',
    { class: 'key-figures', 'aria-labelledby': 'key-figures-heading' },
    h('h3', { id: 'key-figures-heading', class: 'visually-hidden' }, t.keyFigures),
    h('p', { class: 'key-filter' }, t.keyFilterLine(c.projects.length, projectCount, filterWords.join('; '))),
    h(
      'dl',
      { class: 'key-list' },
      ...figures.map((f) => {
        const button = h(
          'button',
          { type: 'button', class: 'copy-figure', 'aria-label': t.copyFigureLabel(f.label.toLowerCase()) },
          t.copyFigure,
        );
        button.addEventListener('click', () => void copy(f.sentence));
        return h(
          'div',
          { class: 'key-figure' },
          h('dt', {}, f.label),
          h('dd', {}, h('span', { class: 'key-value' }, f.value), h('span', { class: 'key-base' }, f.base), button),
        );
      }),
    ),
    h('p', { class: 'key-then-now' }, t.keyThenNow(n(c.today.withPilot), n(c.today.total))),
    status,
    h('p', { class: 'key-more' }, h('a', { href: '#panel-foot', class: 'skip-to-foot' }, `${t.keyMore} ↓`)),
  );
}

interface KeyFigure {
  label: string;
  value: string;
  base: string;
  /** The figure as a sentence to copy: with its base, the filter and its source. */
  sentence: string;
}

/** The four key figures: municipalities, inhabitants, area, primary-care zones. */
function keyFigures(c: Coverage, lang: Lang, filter: string | null): KeyFigure[] {
  const t = strings[lang];
  const n = (v: number, d = 0) => formatNumber(v, lang, d);
  const zones = c.zones.withPilot.length;
  return [
    {
      label: t.figMunicipalities,
      value: n(c.covered.municipalities),
      base: t.keyMunicipalitiesBase(
        n(c.total.municipalities),
        formatShare(c.covered.municipalities, c.total.municipalities, lang),
      ),
      sentence: figureSentence({
        sentence: t.sentenceMunicipalities(
          n(c.covered.municipalities),
          n(c.total.municipalities),
          formatShare(c.covered.municipalities, c.total.municipalities, lang),
        ),
        filter,
        source: t.sourceMunicipalities,
      }),
    },
    {
      label: t.figPopulation,
      value: n(c.covered.population),
      base: t.keyPopulationBase(n(c.total.population), formatShare(c.covered.population, c.total.population, lang)),
      sentence: figureSentence({
        sentence: t.sentencePopulation(
          n(c.covered.population),
          n(c.total.population),
          formatShare(c.covered.population, c.total.population, lang),
        ),
        filter,
        source: t.sourcePopulation,
      }),
    },
    {
      label: t.figArea,
      value: t.keyAreaValue(formatShare(c.covered.areaKm2, c.total.areaKm2, lang)),
      base: t.keyAreaBase(n(c.covered.areaKm2, 1), n(c.total.areaKm2, 1)),
      sentence: figureSentence({
        sentence: t.sentenceArea(
          formatShare(c.covered.areaKm2, c.total.areaKm2, lang),
          n(c.covered.areaKm2, 1),
          n(c.total.areaKm2, 1),
        ),
        filter,
        source: t.sourceArea,
      }),
    },
    {
      label: t.keyZonesLabel,
      value: n(zones),
      base: t.keyZonesBase(n(c.zones.total)),
      sentence: figureSentence({
        sentence: t.sentenceZones(n(zones), n(c.zones.total)),
        filter,
        source: t.sourceZones,
      }),
    },
  ];
}
