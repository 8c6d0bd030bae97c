// The surroundings as committed (public/geo/context.topo.json): within budget,
// clipped to the map's bounds, without slivers, named inside their areas.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SURROUNDINGS_LABEL_POINTS, parseSurroundings } from '../../src/core/surroundings';
import { pointInPolygon } from '../../src/core/geometry';
import { MAX_BOUNDS_MARGIN } from '../../src/app/map/factory';
import { strings } from '../../src/i18n';
import type { MultiPolygon, Polygon } from 'geojson';
// @ts-expect-error the geo build's config is plain JavaScript
import { CONTEXT_MARGIN, BUDGET_CONTEXT_GZ } from '../../geo/config.mjs';

const text = readFileSync('public/geo/context.topo.json', 'utf8');
const context = parseSurroundings(JSON.parse(text), strings.nl.surroundingsNames);
const area = (kind: string, country?: string) =>
  context.areas.features.find((f) => f.properties.kind === kind && (!country || f.properties.country === country))!
    .geometry as Polygon | MultiPolygon;

describe('the surroundings', () => {
  it("stay within their budget and are clipped to the map's own maximum bounds", () => {
    expect(gzipSync(text, { level: 9 }).length).toBeLessThanOrEqual(BUDGET_CONTEXT_GZ);
    expect(BUDGET_CONTEXT_GZ).toBe(10 * 1024);
    expect(CONTEXT_MARGIN).toEqual(MAX_BOUNDS_MARGIN);
  });

  it('have the sea off the Flemish coast and never over Flanders', () => {
    expect(pointInPolygon([2.8, 51.5], area('sea'))).toBe(true); // off Oostende
    for (const inland of [
      [2.9186, 51.215],
      [3.2247, 51.2093],
      [3.585, 51.325],
    ]) {
      // Oostende, Brugge, Sluis-side polder
      expect(pointInPolygon(inland, area('sea')), String(inland)).toBe(false);
    }
  });

  it('make Wallonia of large pieces only: no slivers along the regional border or the coast', () => {
    const pieces = area('wallonia');
    expect(pieces.type).toBe('MultiPolygon');
    expect(pointInPolygon([4.8667, 50.4669], pieces)).toBe(true); // Namur
    expect(pointInPolygon([5.567, 50.6326], pieces)).toBe(true); // Liège
    expect(pointInPolygon([4.7005, 50.8798], pieces)).toBe(false); // Leuven, Flemish
    expect(pointInPolygon([2.9186, 51.215], pieces)).toBe(false); // Oostende
  });

  it('name each area at a point inside it', () => {
    for (const [key, at] of Object.entries(SURROUNDINGS_LABEL_POINTS)) {
      const geometry = key === 'sea' || key === 'wallonia' ? area(key) : area('land', key.padStart(3, '0'));
      expect(pointInPolygon(at, geometry), key).toBe(true);
    }
    expect(context.labels.features.map((f) => f.properties.naam)).toContain('Noordzee');
  });
});

describe('the sea', () => {
  it("has no small pieces: a gap between Natural Earth's border and the map's own is land", () => {
    const sea = area('sea');
    const pieces = sea.type === 'Polygon' ? [sea.coordinates] : sea.coordinates;
    // The Leie at Wervik, on the French border, where a blue sliver once showed.
    expect(pointInPolygon([3.03, 50.775], sea)).toBe(false);
    expect(pieces.length).toBeLessThan(10);
  });
});
