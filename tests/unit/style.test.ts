import { describe, expect, it } from 'vitest';
import {
  createPropertyExpression,
  latest,
  validateStyleMin,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { FillLayerSpecification } from 'maplibre-gl';
import {
  LAND,
  buildSurroundingsLayers,
  buildStyle,
  elzSource,
  landSource,
  planSource,
} from '../../src/render/maplibre/style';
import { planLabels } from '../../src/core/label-plan';
import { fitCamera } from '../../src/core/camera';
import { LABEL_STYLE } from '../../src/core/map-scene';
import { layers, measure, sceneOf } from './support/scene';

const size = { width: 1280, height: 800 };
const view = {
  camera: fitCamera(layers.flandersBounds, size, { top: 24, right: 24, bottom: 24, left: 24 }),
  size,
  padding: { top: 24, right: 24, bottom: 24, left: 24 },
};
const scene = sceneOf();
const plan = planLabels(scene, view, measure);

describe('map style', () => {
  it('fetches nothing by default: no glyphs, no sprite, no tile or URL anywhere', () => {
    const style = buildStyle(scene, plan);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(Object.values(style.sources).every((s) => s.type === 'geojson')).toBe(true);
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
  });

  it('adds a raster basemap under the data only when a tile URL is configured', () => {
    const style = buildStyle(scene, plan, 'https://tiles.example/{z}/{x}/{y}.png');
    expect(style.sources.basemap).toMatchObject({ type: 'raster', tiles: ['https://tiles.example/{z}/{x}/{y}.png'] });
    const ids = style.layers.map((l) => l.id);
    expect(ids.indexOf('basemap')).toBeLessThan(ids.indexOf('project-fill'));
  });

  it("draws projects on top of municipalities, and the plan's names over everything", () => {
    const ids = buildStyle(scene, plan).layers.map((l) => l.id);
    expect(ids.indexOf('project-fill')).toBeGreaterThan(ids.indexOf('vlaanderen-fill'));
    // Few sources: each one is tiled in the worker before the first idle (the
    // surroundings come later).
    expect(Object.keys(buildStyle(scene, plan).sources)).toEqual(['land', 'elz', 'plan']);
    expect(ids.indexOf('project-outline')).toBeGreaterThan(ids.indexOf('gemeenten-line'));
    // Names over everything: MapLibre places none itself, the plan has (core/label-plan.ts).
    expect(ids.at(-1)).toBe('plan-labels');
    expect(buildStyle(scene, plan).layers.at(-1)).toMatchObject({
      layout: { 'text-allow-overlap': true, 'text-ignore-placement': true },
    });
  });

  it('draws the fills and lines in runs of one source each: the surroundings, the land, the leaders', () => {
    // Each fill or line layer drawn after a layer of another source first draws a
    // stencil mask per tile of its own: half of a frame on a software GPU.
    const style = buildStyle(scene, plan);
    const runs = (layers: typeof style.layers) =>
      layers
        .filter((l) => (l.type === 'fill' || l.type === 'line') && l.layout?.visibility !== 'none')
        .map((l) => (l as FillLayerSpecification).source)
        .filter((source, i, all) => source !== all[i - 1]);
    expect(runs(style.layers)).toEqual(['land', 'plan']);
    expect(runs([...buildSurroundingsLayers(), ...style.layers])).toEqual(['world', 'land', 'plan']);
    // With the zones on, their borders come between the provinces and the projects' outlines.
    expect(runs(buildStyle(sceneOf({ elz: true }), plan).layers)).toEqual(['land', 'elz', 'land', 'plan']);
  });

  it('keys the land for its state: a municipality by its code, a project by its id, never the same', () => {
    const land = landSource(layers).features;
    const keys = land.map((f) => f.properties?.key).filter((k) => k !== undefined);
    expect(new Set(keys).size).toBe(keys.length);
    expect(
      land.find((f) => f.properties?.kind === 'gemeente' && String(f.properties.code) === '44021')?.properties?.key,
    ).toBe('44021');
    expect(land.find((f) => f.properties?.kind === 'project' && f.properties.id === 'gent')?.properties?.key).toBe(
      'gent',
    );
    expect(buildStyle(scene, plan).sources.land).toMatchObject({ promoteId: 'key' });
  });

  it('strokes each border between two municipalities once, as the SVG map does, not each outline', () => {
    const borders = landSource(layers).features.filter((f) => f.properties?.kind === LAND.border);
    expect(borders.map((f) => f.geometry)).toEqual([layers.municipalBorders]);
    const line = buildStyle(scene, plan).layers.find((l) => l.id === 'gemeenten-line');
    expect(line).toMatchObject({ source: 'land', filter: ['==', ['get', 'kind'], LAND.border] });
  });

  it('tiles the eerstelijnszones only once they are switched on', () => {
    expect(buildStyle(scene, plan).sources.elz).toMatchObject({ data: { features: [] } });
    // Every zone border once, as one line: a border drawn by both its zones would
    // put one zone's dashes in the other's gaps and look solid.
    expect(elzSource(layers, true).features.map((f) => f.geometry)).toEqual([layers.elzBorders]);
  });

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(buildStyle(scene, plan)).map((e) => e.message)).toEqual([]);
    expect(
      validateStyleMin(buildStyle(scene, plan, 'https://tiles.example/{z}/{x}/{y}.png')).map((e) => e.message),
    ).toEqual([]);
    // With the surroundings added after the first complete map.
    const style = buildStyle(scene, plan);
    const withWorld = {
      ...style,
      sources: {
        ...style.sources,
        world: { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } },
      },
      layers: [...buildSurroundingsLayers(), ...style.layers],
    };
    expect(validateStyleMin(withWorld).map((e) => e.message)).toEqual([]);
  });

  it('draws every fill with one shader program: colour and opacity per feature, no outline pass', () => {
    // MapLibre compiles a program per mix of constant and per-feature paint values;
    // in software WebGL each one holds up the first complete map (see style.ts).
    const fills = buildStyle(scene, plan).layers.filter((l): l is FillLayerSpecification => l.type === 'fill');
    expect(fills.map((l) => l.id)).toEqual(['vlaanderen-fill', 'brussel-fill', 'project-fill', 'gemeenten-fill']);
    const kindOf = (layer: FillLayerSpecification, key: 'fill-color' | 'fill-opacity') => {
      const r = createPropertyExpression(
        layer.paint![key],
        `layers.${layer.id}.paint.${key}`,
        latest.paint_fill[key] as StylePropertySpecification,
      );
      return r.result === 'success' ? r.value.kind : r.value.map((e) => e.message).join('; ');
    };
    for (const layer of fills) {
      expect(layer.paint!['fill-antialias'], layer.id).toBe(false);
      expect(kindOf(layer, 'fill-color'), layer.id).toBe('source');
      expect(kindOf(layer, 'fill-opacity'), layer.id).toBe('source');
    }
  });

  it("draws every name of the plan where it was put, in its kind's style, and markers at the label scale", () => {
    const big = sceneOf({ labelScale: 1.6, position: [4.4, 51.2] });
    const bigPlan = planLabels(big, view, measure);
    const features = planSource(bigPlan, big).features;
    const names = features.filter((f) => f.properties?.kind === 'label');
    expect(names).toHaveLength(bigPlan.labels.length);
    bigPlan.labels.forEach((l, i) => {
      expect(names[i]!.geometry).toEqual({ type: 'Point', coordinates: l.at });
      expect(names[i]!.properties).toMatchObject({
        text: l.text,
        size: l.size,
        colour: LABEL_STYLE[l.kind].colour,
        haloWidth: LABEL_STYLE[l.kind].haloWidth * 1.6,
      });
    });
    const markers = features.filter((f) => f.properties?.kind === 'marker');
    expect(markers).toHaveLength(layers.subAreas.features.length);
    expect(markers.every((f) => f.properties?.scale === 1.6)).toBe(true);
    expect(features.filter((f) => f.properties?.kind === 'position')).toHaveLength(1);
    expect(features.filter((f) => f.properties?.kind === 'leader')).toHaveLength(bigPlan.leaders.length);
  });
});
