import type { Lang } from '../core/types';
import { en } from './en';
import { nl, type Strings } from './nl';

export type { Strings };
export const strings: Record<Lang, Strings> = { nl, en };
export const locale: Record<Lang, string> = { nl: 'nl-BE', en: 'en-GB' };

/** Belgian number formatting in both languages' own style: 1.234.567 / 1,234,567. */
export function formatNumber(n: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(locale[lang], { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
}
