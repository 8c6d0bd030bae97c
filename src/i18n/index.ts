// Every UI string, per language: one file per language in ./strings/ (with its
// coverage and presentation parts in ./strings/<code>/), found here
// by its code in LANGS (src/core/languages.ts). nl.ts defines the keys; every other
// file must have the same ones (checked by tsc through the Strings type).
import { LANGS, type Lang } from '../core/languages';
import type { Strings } from './strings/nl';

export type { Strings };

const files = import.meta.glob<Strings>('./strings/*.ts', { eager: true, import: 'default' });

export const strings = Object.fromEntries(
  LANGS.map((lang) => {
    const file = files[`./strings/${lang}.ts`];
    if (!file) throw new Error(`src/i18n/strings/${lang}.ts is missing (language "${lang}" is in LANGS)`);
    return [lang, file];
  }),
) as Record<Lang, Strings>;

// Building an Intl.NumberFormat costs milliseconds (the first one, tens of them);
// formatting with a built one costs microseconds. Kept per language and precision.
const formats = new Map<string, Intl.NumberFormat>();

/** Belgian number formatting in each language's own style: 1.234.567 / 1,234,567. */
export function formatNumber(n: number, lang: Lang, digits = 0): string {
  const key = `${lang}:${digits}`;
  let f = formats.get(key);
  if (!f)
    formats.set(
      key,
      (f = new Intl.NumberFormat(strings[lang].locale, {
        maximumFractionDigits: digits,
        minimumFractionDigits: digits,
      })),
    );
  return f.format(n);
}

/** A share as a percentage with one decimal, in the language's style ("12,3 %"); 0 % of nothing. */
export function formatShare(part: number, whole: number, lang: Lang): string {
  return `${formatNumber(whole ? (100 * part) / whole : 0, lang, 1)} %`;
}

/**
 * The first Intl.NumberFormat of a locale costs 20–40 ms: pay it for every
 * language while the browser is idle, so a language switch does not pay it on the click.
 */
export function warmNumberFormats(): void {
  (typeof requestIdleCallback === 'function' ? requestIdleCallback : setTimeout)(() => {
    for (const l of LANGS) formatNumber(0, l);
  });
}
