import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createPropertyExpression, latest, validateStyleMin, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FillLayerSpecification } from 'maplibre-gl';
import { buildContextLayers, buildLayers, buildStyle, elzSource, SCALED_PROPERTIES } from '../../src/map/style';
import { buildMapLayers } from '../../src/core/map-layers';
import { parseGeoData } from '../../src/core/geo-data';
import type { ProjectsDoc } from '../../src/core/types';

const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
const geo = parseGeoData(JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8')));
const layers = buildMapLayers(geo, doc, { experiment: 'Lokaal experiment', brussels: 'Brussel' });

describe('map style', () => {
  it('fetches nothing by default: no glyphs, no sprite, no tile or URL anywhere', () => {
    const style = buildStyle(layers);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(Object.values(style.sources).every((s) => s.type === 'geojson')).toBe(true);
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it('adds a raster basemap under the data only when a tile URL is configured', () => {
    const style = buildStyle(layers, 'https://tiles.example/{z}/{x}/{y}.png');
    expect(style.sources.basemap).toMatchObject({ type: 'raster', tiles: ['https://tiles.example/{z}/{x}/{y}.png'] });
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf('basemap')).toBeLessThan(ids.indexOf('project-fill'));
  });

  it('draws projects on top of municipalities, with their labels last, under the experiment markers\' guard', () => {
    const ids = buildStyle(layers).layers.map((l) => l.id);
    expect(ids.indexOf('project-fill')).toBeGreaterThan(ids.indexOf('vlaanderen-fill'));
    // Few sources: each one is tiled in the worker before the first idle (the
    // selected municipality's name and the surroundings come later).
    expect(Object.keys(buildStyle(layers).sources)).toHaveLength(5);
    expect(ids.indexOf('project-outline')).toBeGreaterThan(ids.indexOf('gemeenten-line'));
    // MapLibre places the topmost symbol layer first: the guard over the markers,
    // so every name keeps clear of them, then the kept project names, then the faint ones.
    expect(ids.at(-1)).toBe('sub-area-guard');
    expect(ids.at(-2)).toBe('project-labels');
    expect(ids.at(-3)).toBe('project-labels-dimmed');
  });

  it('tiles the eerstelijnszones only once they are switched on', () => {
    expect(buildStyle(layers).sources.elz).toMatchObject({ data: { features: [] } });
    const shown = elzSource(layers, true).features;
    expect(shown.filter((f) => f.geometry.type === 'Point')).toHaveLength(layers.elzLabels.features.length);
    expect(shown.filter((f) => f.geometry.type !== 'Point')).toHaveLength(layers.elz.features.length);
  });

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(buildStyle(layers)).map((e) => e.message)).toEqual([]);
    expect(validateStyleMin(buildStyle(layers, 'https://tiles.example/{z}/{x}/{y}.png')).map((e) => e.message)).toEqual([]);
    // With the surroundings added after the first complete map.
    const style = buildStyle(layers);
    const withWorld = { ...style, sources: { ...style.sources, world: { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } } }, layers: [...buildContextLayers(1), ...style.layers] };
    expect(validateStyleMin(withWorld).map((e) => e.message)).toEqual([]);
  });

  it('draws every fill with one shader program: colour and opacity per feature, no outline pass', () => {
    // MapLibre compiles a program per mix of constant and per-feature paint values;
    // in software WebGL each one holds up the first complete map (see style.ts).
    const fills = buildStyle(layers).layers.filter((l): l is FillLayerSpecification => l.type === 'fill');
    expect(fills.map((l) => l.id)).toEqual(['vlaanderen-fill', 'brussel-fill', 'project-fill', 'gemeenten-fill']);
    const kindOf = (layer: FillLayerSpecification, key: 'fill-color' | 'fill-opacity') => {
      const r = createPropertyExpression(layer.paint![key], `layers.${layer.id}.paint.${key}`, latest.paint_fill[key] as StylePropertySpecification);
      return r.result === 'success' ? r.value.kind : r.value.map((e) => e.message).join('; ');
    };
    for (const layer of fills) {
      expect(layer.paint!['fill-antialias'], layer.id).toBe(false);
      expect(kindOf(layer, 'fill-color'), layer.id).toBe('source');
      expect(kindOf(layer, 'fill-opacity'), layer.id).toBe('source');
    }
  });

  it('scales label sizes, halos and markers for presenter mode, and nothing else', () => {
    const one = buildLayers(false, 1);
    const big = buildLayers(false, 1.6);
    const scaled = new Set<string>([...SCALED_PROPERTIES.layout, ...SCALED_PROPERTIES.paint]);
    // A size is a number or a zoom interpolation whose outputs (not stops) scale.
    const times = (v: unknown, k: number): unknown => (typeof v === 'number' ? v * k
      : Array.isArray(v) && v[0] === 'interpolate' ? v.map((x, i) => (i >= 4 && i % 2 === 0 ? (x as number) * k : x)) : v);
    let sizes = 0;
    big.forEach((layer, i) => {
      expect(layer.id).toBe(one[i]!.id);
      for (const part of ['layout', 'paint'] as const) {
        const a = ((one[i] as Record<string, unknown>)[part] ?? {}) as Record<string, unknown>;
        const b = ((layer as Record<string, unknown>)[part] ?? {}) as Record<string, unknown>;
        expect(Object.keys(b)).toEqual(Object.keys(a));
        for (const key of Object.keys(a)) {
          if (scaled.has(key)) {
            sizes++;
            const want = times(a[key], 1.6);
            expect(JSON.stringify(b[key]), `${layer.id} ${key}`).toBe(JSON.stringify(want));
            expect(want, `${layer.id} ${key} is a size`).not.toEqual(a[key]);
          } else expect(b[key], `${layer.id} ${key}`).toEqual(a[key]);
        }
      }
    });
    expect(sizes).toBeGreaterThanOrEqual(12);
  });
});
