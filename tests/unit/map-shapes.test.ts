import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { mapShapes, shapesKey, storeShapes } from '../../src/core/map-shapes';
import { mergedArea, parseGeoData } from '../../src/core/geo-data';
import { labelPoint, pointInPolygon } from '../../src/core/geometry';
import type { ProjectsDoc } from '../../src/core/types';
import { doc, geo } from './support/scene';

const stored = storeShapes(geo, doc);
const rawTopology = () => JSON.parse(JSON.stringify(geo.topology)) as Topology;

describe("the first map's shapes, computed by the build", () => {
  it('decode to exactly what the page would compute itself, on both boundaries', () => {
    for (const b of ['2017', '2025'] as const) {
      expect(mapShapes(geo, doc, b, stored)).toEqual(mapShapes(geo, doc, b, null));
    }
  });

  it('are the merged project areas, with each name inside its own area and off the local experiments', () => {
    const shapes = mapShapes(geo, doc, '2017', stored);
    doc.projects.forEach((p, i) => {
      expect(shapes.areas[i], p.id).toEqual(mergedArea(geo, p.municipalities));
      expect(pointInPolygon(shapes.labelPoints[i]!, shapes.areas[i]!), p.id).toBe(true);
      for (const s of p.subAreas ?? []) {
        expect(pointInPolygon(shapes.labelPoints[i]!, mergedArea(geo, [s.code])), `${p.id} off ${s.code}`).toBe(false);
      }
    });
    const withExperiments = doc.projects.findIndex((p) => p.subAreas?.length);
    expect(withExperiments).toBeGreaterThanOrEqual(0);
    expect(shapes.labelPoints[withExperiments]).not.toEqual(labelPoint(shapes.areas[withExperiments]!));
  });

  it('stroke each border between two municipalities once, and not the outline of Flanders', () => {
    const { borders } = mapShapes(geo, doc, '2017', stored);
    // Every segment of a border is an edge of exactly two municipalities.
    const edges = new Map<string, number>();
    const key = (a: number[], b: number[]) => [a.join(), b.join()].sort().join(' ');
    for (const f of geo.layers.gemeenten.features) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const ring of polys.flat())
        for (let i = 1; i < ring.length; i++) {
          const k = key(ring[i - 1]!, ring[i]!);
          edges.set(k, (edges.get(k) ?? 0) + 1);
        }
    }
    let segments = 0;
    for (const line of borders.coordinates)
      for (let i = 1; i < line.length; i++) {
        expect(edges.get(key(line[i - 1]!, line[i]!))).toBe(2);
        segments++;
      }
    const shared = [...edges.values()].filter((n) => n === 2).length;
    expect(segments).toBe(shared);
  });

  it('are ignored for other data: another project area, or a moved border', () => {
    const moved: ProjectsDoc = {
      ...doc,
      projects: doc.projects.map((p, i) => (i === 0 ? { ...p, municipalities: [...p.municipalities, '11002'] } : p)),
    };
    expect(mapShapes(geo, moved, '2017', stored)).toEqual(mapShapes(geo, moved, '2017', null));
    expect(mapShapes(geo, moved, '2017', stored).areas[0]).toEqual(mergedArea(geo, moved.projects[0]!.municipalities));

    const topology = rawTopology();
    topology.arcs[5]![1]![0]! += 1;
    const edited = parseGeoData(topology);
    expect(shapesKey(edited.topology, doc)).not.toBe(stored.key);
    expect(mapShapes(edited, doc, '2017', stored)).toEqual(mapShapes(edited, doc, '2017', null));

    // The same arcs at another scale, and coordinates that are not whole numbers, are other data too.
    const rescaled = rawTopology();
    rescaled.transform!.scale[0] *= 1.001;
    expect(shapesKey(rescaled, doc)).not.toBe(stored.key);
    const nudged = rawTopology();
    nudged.arcs[5]![1]![0]! += 1e-6;
    expect(shapesKey(nudged, doc)).not.toBe(shapesKey(rawTopology(), doc));
  });

  it('are what the build defines for the committed data', () => {
    expect(__MAP_SHAPES__?.key).toBe(shapesKey(geo.topology, doc));
    expect(__MAP_SHAPES__).toEqual(JSON.parse(JSON.stringify(stored)));
  });
});
