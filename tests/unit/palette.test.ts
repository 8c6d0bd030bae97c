// The project palette, checked from the palette itself: every pair of colours stays
// distinguishable in normal vision and with red–green colour-vision deficiencies,
// and no project colour can pass for one of the map's neutral colours.
//
// Thresholds (CIEDE2000): a difference of about 2 is just noticeable between two
// large patches side by side. Map areas are small, far apart and often seen on a
// washed-out projector, so categories need many times that: ≥ 20 in normal vision,
// and ≥ 12 under full-severity deuteranopia and protanopia, where the red–green axis
// collapses and eleven colours cannot all stay 20 apart (a search over sRGB found
// 12.7 at best with readable lightness and no greys).
import { describe, expect, it } from 'vitest';
import { ciede2000, colourDistance, hexToRgb, rgbToLab, simulate, type Vision } from '../support/colour';
import { PROJECT_COLOURS } from '../../src/core/palette';
import { COLOURS } from '../../src/core/colours';

const MIN: Record<Vision, number> = { normal: 20, deuteranopia: 12, protanopia: 12 };
const pairs = PROJECT_COLOURS.flatMap((a, i) => PROJECT_COLOURS.slice(i + 1).map((b) => [a, b] as const));

describe('colour science', () => {
  it("computes CIEDE2000 as in Sharma, Wu & Dalal's test data", () => {
    expect(ciede2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(ciede2000([50, -1.3802, -84.2814], [50, 0, -82.7485])).toBeCloseTo(1.0, 4);
    expect(ciede2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(ciede2000([2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514])).toBeCloseTo(0.9082, 4);
  });

  it('converts sRGB to Lab and simulates dichromacy on linear light', () => {
    const [L, a, b] = rgbToLab(hexToRgb('#ffffff'));
    expect([L, Math.abs(a), Math.abs(b)].map((v) => Math.round(v * 100) / 100)).toEqual([100, 0, 0]);
    // Red and green, far apart normally, come close for a deuteranope.
    expect(colourDistance('#d62728', '#2ca02c')).toBeGreaterThan(60);
    expect(colourDistance('#d62728', '#2ca02c', 'deuteranopia')).toBeLessThan(25);
    // Greys stay grey.
    expect(simulate([128, 128, 128], 'protanopia').map(Math.round)).toEqual([128, 128, 128]);
  });
});

describe('the project palette', () => {
  for (const vision of ['normal', 'deuteranopia', 'protanopia'] as const) {
    it(`keeps every pair at least ${MIN[vision]} apart (${vision})`, () => {
      const worst = pairs.map(([a, b]) => ({ a, b, d: colourDistance(a, b, vision) })).sort((x, y) => x.d - y.d)[0]!;
      expect(worst.d, `${worst.a} and ${worst.b}`).toBeGreaterThanOrEqual(MIN[vision]);
    });
  }

  it("keeps every project colour clear of the map's neutrals (other municipalities, Brussels, background)", () => {
    for (const neutral of [COLOURS.flanders, COLOURS.brussels, COLOURS.background, '#ffffff']) {
      for (const c of PROJECT_COLOURS) {
        for (const vision of ['normal', 'deuteranopia', 'protanopia'] as const) {
          expect(colourDistance(c, neutral, vision), `${c} vs ${neutral} (${vision})`).toBeGreaterThanOrEqual(12);
        }
      }
    }
  });
});
