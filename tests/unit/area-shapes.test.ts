// The SVG map's one list of areas and lines (src/render/svg/area-shapes.ts), from which
// both its SVG paths (paper, images) and its screen canvas are drawn: the order,
// the colours, what a filter dims, what a selection widens, the zones.
import { describe, expect, it } from 'vitest';
import { LAYERS, areaShapes, zoomWidths } from '../../src/render/svg/area-shapes';
import { COLOURS } from '../../src/core/colours';
import { DIMMED, LINE_WIDTH } from '../../src/core/map-paint';
import { projectColour } from '../../src/core/palette';
import { doc, layers, sceneOf } from './support/scene';

const ids = doc.projects.map((p) => p.id);

describe("the SVG map's areas and lines", () => {
  it('draws in the order of its layers: surroundings, Flanders, project areas, borders, provinces, outlines, selection', () => {
    const shapes = areaShapes(sceneOf({ selection: { projectId: null, municipalities: ['44021'] } }));
    const order = shapes.map((s) => LAYERS.indexOf(s.layer));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(shapes.at(-1)).toMatchObject({
      layer: 'selected',
      stroke: COLOURS.selected,
      strokeWidth: LINE_WIDTH.municipalitySelected,
    });
  });

  it('fills each project in its own colour and outlines it, once each', () => {
    const shapes = areaShapes(sceneOf());
    const fills = shapes.filter((s) => s.layer === 'project-fills');
    const outlines = shapes.filter((s) => s.layer === 'project-outlines');
    expect(fills.map((s) => s.project?.id)).toEqual(layers.projects.features.map((f) => f.properties.id));
    expect(new Set(fills.map((s) => s.project?.id))).toEqual(new Set(ids));
    for (const s of fills) expect(s).toMatchObject({ fill: projectColour(ids.indexOf(s.project!.id)), fillOpacity: 1 });
    for (const s of outlines)
      expect(s).toMatchObject({
        stroke: COLOURS.projectOutline,
        strokeOpacity: 1,
        strokeWidth: LINE_WIDTH.projectOutline,
      });
    expect(outlines).toHaveLength(ids.length);
    // The project's name goes with it: the SVG map's button for the keyboard says it.
    expect(outlines.find((s) => s.project?.id === 'w13')?.project?.name).toBe('W13');
  });

  it("dims what a filter leaves out, and widens the selected project's outline only", () => {
    const shapes = areaShapes(
      sceneOf({ kept: new Set(['gent', 'genk']), selection: { projectId: 'gent', municipalities: [] } }),
    );
    for (const s of shapes.filter((x) => x.project)) {
      const kept = s.project!.id === 'gent' || s.project!.id === 'genk';
      if (s.layer === 'project-fills') expect(s.fillOpacity, s.project!.id).toBe(kept ? 1 : DIMMED.fill);
      else expect(s.strokeOpacity, s.project!.id).toBe(kept ? 1 : DIMMED.outline);
    }
    const widths = shapes.filter((s) => s.layer === 'project-outlines').map((s) => [s.project!.id, s.strokeWidth]);
    expect(widths.filter(([, w]) => w === LINE_WIDTH.projectOutlineSelected)).toEqual([
      ['gent', LINE_WIDTH.projectOutlineSelected],
    ]);
    expect(shapes.filter((s) => s.layer === 'selected')).toEqual([]);
  });

  it("leaves the borders' and provinces' widths to the zoom, with the WebGL map's stops", () => {
    const shapes = areaShapes(sceneOf());
    expect(shapes.filter((s) => s.layer === 'municipalities')).toHaveLength(1); // every border once
    for (const s of shapes.filter((x) => x.layer === 'municipalities' || x.layer === 'provinces'))
      expect(s.strokeWidth).toBeUndefined();
    expect(zoomWidths(7)).toEqual({ municipalities: 0.4, provinces: 1 });
    expect(zoomWidths(11)).toEqual({ municipalities: 1.2, provinces: 2.2 });
    expect(zoomWidths(9).municipalities).toBeCloseTo(0.8);
  });

  it('draws the zones only when asked, dashed', () => {
    expect(areaShapes(sceneOf()).filter((s) => s.layer === 'elz')).toEqual([]);
    const zones = areaShapes(sceneOf({ elz: true })).filter((s) => s.layer === 'elz');
    // Every border once, one line: dashes drawn twice out of step would look solid.
    expect(zones).toHaveLength(1);
    expect(zones[0]!.geometry).toBe(layers.elzBorders);
    for (const s of zones) expect(s).toMatchObject({ stroke: COLOURS.elz, strokeWidth: LINE_WIDTH.elz, dash: [6, 4] });
  });
});
