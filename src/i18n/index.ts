import type { Lang } from '../core/types';
import { en } from './en';
import { nl, type Strings } from './nl';

export type { Strings };
export const strings: Record<Lang, Strings> = { nl, en };
export const locale: Record<Lang, string> = { nl: 'nl-BE', en: 'en-GB' };

// Building an Intl.NumberFormat costs milliseconds (the first one, tens of them);
// formatting with a built one costs microseconds. Kept per language and precision.
const formats = new Map<string, Intl.NumberFormat>();

/** Belgian number formatting in both languages' own style: 1.234.567 / 1,234,567. */
export function formatNumber(n: number, lang: Lang, digits = 0): string {
  const key = `${lang}:${digits}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale[lang], { maximumFractionDigits: digits, minimumFractionDigits: digits })));
  return f.format(n);
}
