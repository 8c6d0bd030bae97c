// The app's languages, the first being the default (Dutch, nl-BE). Adding one is a
// strings file in src/i18n/strings/ and its code in this list; the data file then
// needs a text in it too, and its validation names every one that is missing.
export const LANGS = ['nl', 'en'] as const;

export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = LANGS[0];

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}
