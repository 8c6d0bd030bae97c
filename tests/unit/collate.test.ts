import { describe, expect, it } from 'vitest';
import { compareNl } from '../../src/core/collate';
import { formatNumber } from '../../src/i18n';

describe('Dutch order and numbers', () => {
  it('sorts names as a Flemish reader expects: case and accents do not split the alphabet', () => {
    expect(['Zwevegem', 'Écaussinnes', 'aartselaar', 'Aalst', "'s-Gravenwezel", 'Eeklo'].sort(compareNl)).toEqual([
      "'s-Gravenwezel",
      'Aalst',
      'aartselaar',
      'Écaussinnes',
      'Eeklo',
      'Zwevegem',
    ]);
  });

  it('formats numbers per language, the same on every call', () => {
    expect(formatNumber(6552967, 'nl')).toBe('6.552.967');
    expect(formatNumber(6552967, 'en')).toBe('6,552,967');
    expect(formatNumber(8.44, 'nl', 1)).toBe('8,4');
    expect(formatNumber(8.44, 'nl', 1)).toBe('8,4');
    expect(formatNumber(1329.6, 'nl', 1)).toBe('1.329,6');
  });
});
