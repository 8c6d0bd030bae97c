// The layers both maps draw, for the 2017 boundaries and today's.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildMapLayers } from '../../src/core/map-layers';
import { parseGeoData } from '../../src/core/geo-data';
import type { ProjectsDoc } from '../../src/core/types';

const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
const geo = parseGeoData(JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8')));
const labels = { experiment: 'Lokaal experiment', brussels: 'Brussel' };

describe("the map's layers", () => {
  it("draws the 2017 municipalities and provinces, or today's, with the same projects", () => {
    const then = buildMapLayers(geo, doc, labels);
    const now = buildMapLayers(geo, doc, labels, '2025');
    expect(then.gemeenten.features).toHaveLength(308);
    expect(now.gemeenten.features).toHaveLength(285);
    expect(then.provincies).toBe(geo.layers.provincies);
    expect(now.provincies).toBe(geo.layers.provincies2025);
    expect(now.municipalityLabels.features).toHaveLength(285);
    for (const layers of [then, now])
      expect(layers.projects.features.map((f) => f.properties.id)).toEqual(doc.projects.map((p) => p.id));
  });

  it('names each project at a point of its area, its long name broken once, and bounds each area', () => {
    const layers = buildMapLayers(geo, doc, labels);
    expect(layers.projectLabels.features.map((f) => f.properties!.id)).toEqual(doc.projects.map((p) => p.id));
    const wwl = layers.projectLabels.features.find((f) => f.properties!.id === 'wetteren-wichelen-laarne')!;
    expect(wwl.properties!.name).toBe('Wetteren, Wichelen\nen Laarne');
    expect(wwl.geometry.type).toBe('Point');
    expect([...layers.projectBounds.keys()]).toEqual(doc.projects.map((p) => p.id));
    const [[w, s], [e, n]] = layers.projectBounds.get('gent')!;
    expect(w).toBeLessThan(3.73);
    expect(e).toBeGreaterThan(3.73);
    expect(s).toBeLessThan(51.05);
    expect(n).toBeGreaterThan(51.05);
    const [[fw, fs], [fe, fn]] = layers.flandersBounds;
    expect([fw < 2.6, fs < 50.7, fe > 5.9, fn > 51.4]).toEqual([true, true, true, true]);
  });

  it('marks each local experiment with its municipality and the word it is given, and names Brussels', () => {
    const layers = buildMapLayers(geo, doc, labels);
    const experiments = doc.projects.flatMap((p) => p.subAreas ?? []);
    expect(layers.subAreas.features.map((f) => f.properties)).toEqual(
      experiments.map((s) => ({ code: s.code, label: 'Lokaal experiment' })),
    );
    expect(layers.subAreas.features.every((f) => f.geometry.type === 'Point' && f.type === 'Feature')).toBe(true);
    expect(layers.brusselsLabels.features.length).toBeGreaterThan(0);
    expect(
      layers.brusselsLabels.features.every((f) => f.properties!.naam === 'Brussel' && f.geometry.type === 'Point'),
    ).toBe(true);
    expect(layers.brusselsLabels.type).toBe('FeatureCollection');
  });

  it('names every municipality and zone at a point of its own, made once, on first read', () => {
    const layers = buildMapLayers(geo, doc, labels);
    const names = layers.municipalityLabels;
    expect(layers.municipalityLabels).toBe(names);
    expect(names.type).toBe('FeatureCollection');
    expect(names.features).toHaveLength(308);
    expect(names.features.find((f) => f.properties!.code === '34022')!.properties!.naam).toBe('Kortrijk');
    expect(Object.keys(layers)).toContain('municipalityLabels');
    expect(layers.elzLabels).toBe(layers.elzLabels);
    expect(layers.elzLabels.type).toBe('FeatureCollection');
    expect(layers.elzLabels.features).toHaveLength(geo.layers.elz.features.length);
    expect(
      layers.elzLabels.features.every((f) => typeof f.properties!.naam === 'string' && f.properties!.naam.length > 0),
    ).toBe(true);
  });
});
