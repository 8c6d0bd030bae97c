// Where the plan puts each kind of name relative to its point: the selected
// municipality's above it, an experiment's under its marker, a municipality's on
// one of four sides, a project's on it or just beside it. Measured with the same
// text measure as tests/unit/label-plan.test.ts.
import { describe, expect, it } from 'vitest';
import { planKey, planLabels, type LabelPlan } from '../../src/core/label-plan';
import { fitCamera, projectPoint } from '../../src/core/camera';
import { labelSize } from '../../src/core/map-scene';
import { markerReach } from '../../src/core/map-paint';
import { layers, measure, sceneOf } from './support/scene';

const size = { width: 1280, height: 800 };
const padding = { top: 24, right: 24, bottom: 24, left: 24 };
const view = (bounds: Parameters<typeof fitCamera>[0]) => ({ camera: fitCamera(bounds, size, padding), size, padding });
const pointOf = (
  features: { properties: unknown; geometry: { coordinates: number[] } }[],
  key: string,
  value: string,
) =>
  features.find((f) => String((f.properties as Record<string, unknown>)[key]) === value)!.geometry.coordinates as [
    number,
    number,
  ];
const centre = (b: { x0: number; y0: number; x1: number; y1: number }) => ({
  x: (b.x0 + b.x1) / 2,
  y: (b.y0 + b.y1) / 2,
});

describe('where the plan puts a name', () => {
  it("puts the selected municipality's name just above its point, 0.7 of its size away", () => {
    const overview = view(layers.flandersBounds);
    const plan = planLabels(sceneOf({ selection: { projectId: null, municipalities: ['11002'] } }), overview, measure);
    const label = plan.labels.find((l) => l.kind === 'selection')!;
    const p = projectPoint(overview.camera, size, pointOf(layers.municipalityLabels.features, 'code', '11002'));
    expect(label.text).toBe('Antwerpen');
    expect(centre(label.box).x).toBeCloseTo(p.x, 6);
    expect(label.box.y1).toBeCloseTo(p.y - 0.7 * label.size, 6);
  });

  it("puts each experiment's name just under its marker, and a municipality's on one side of its point, 1.1 of its size away", () => {
    const w13 = view(layers.projectBounds.get('w13')!);
    const zoom = w13.camera.zoom;
    const plan = planLabels(sceneOf({ selection: { projectId: 'w13', municipalities: [] } }), w13, measure);
    const r = markerReach('sub-areas', zoom, 1);
    const experiments = plan.labels.filter((l) => l.kind === 'experiment');
    expect(experiments).toHaveLength(3);
    for (const l of experiments) {
      const p = projectPoint(w13.camera, size, pointOf(layers.subAreas.features as never, 'code', l.id));
      expect(centre(l.box).x, l.text).toBeCloseTo(p.x, 6);
      expect(l.box.y0, l.text).toBeCloseTo(p.y + r + 2, 6);
    }
    const municipalities = plan.labels.filter((l) => l.kind === 'municipality');
    expect(municipalities.length).toBeGreaterThan(5);
    for (const l of municipalities) {
      const p = projectPoint(w13.camera, size, pointOf(layers.municipalityLabels.features, 'code', l.id));
      const d = 1.1 * l.size,
        c = centre(l.box);
      const sides = [
        Math.abs(c.x - p.x) < 1e-6 && Math.abs(l.box.y1 - (p.y - d)) < 1e-6,
        Math.abs(c.x - p.x) < 1e-6 && Math.abs(l.box.y0 - (p.y + d)) < 1e-6,
        Math.abs(c.y - p.y) < 1e-6 && Math.abs(l.box.x0 - (p.x + d)) < 1e-6,
        Math.abs(c.y - p.y) < 1e-6 && Math.abs(l.box.x1 - (p.x - d)) < 1e-6,
      ];
      expect(sides.filter(Boolean), l.text).toHaveLength(1);
      expect(l.size).toBeCloseTo(labelSize('municipality', zoom, 1), 6);
    }
  });

  it("puts a project's name on its point, or 4 px beside it, never further, and its size from the zoom", () => {
    const gent = view(layers.projectBounds.get('gent')!);
    const plan = planLabels(sceneOf({ selection: { projectId: 'gent', municipalities: ['44021'] } }), gent, measure);
    const projects = plan.labels.filter((l) => l.kind === 'project');
    expect(projects.map((l) => l.id)).toContain('gent');
    for (const l of projects) {
      const p = projectPoint(gent.camera, size, pointOf(layers.projectLabels.features, 'id', l.id));
      const c = centre(l.box),
        w = l.box.x1 - l.box.x0,
        h = l.box.y1 - l.box.y0;
      const spots = [
        [p.x, p.y],
        [p.x, p.y - h / 2 - 4],
        [p.x, p.y + h / 2 + 4],
        [p.x + w / 2 + 4, p.y],
        [p.x - w / 2 - 4, p.y],
      ];
      expect(
        spots.some(([x, y]) => Math.abs(c.x - x!) < 1e-6 && Math.abs(c.y - y!) < 1e-6),
        l.id,
      ).toBe(true);
      expect(l.size).toBeCloseTo(labelSize('project', gent.camera.zoom, 1), 6);
    }
  });

  it('gives a plan whose names differ in place, size or dimming another key', () => {
    const plan = planLabels(sceneOf(), view(layers.flandersBounds), measure);
    const moved: LabelPlan = {
      ...plan,
      labels: plan.labels.map((l, i) => (i ? l : { ...l, box: { ...l.box, x0: l.box.x0 + 3 } })),
    };
    const dimmed: LabelPlan = { ...plan, labels: plan.labels.map((l, i) => (i ? l : { ...l, dimmed: true })) };
    const larger: LabelPlan = { ...plan, labels: plan.labels.map((l, i) => (i ? l : { ...l, size: l.size + 1 })) };
    const led: LabelPlan = { ...plan, leaders: [...plan.leaders, { id: 'x', from: [0, 0], to: [1, 1] }] };
    const keys = [plan, moved, dimmed, larger, led].map(planKey);
    expect(new Set(keys).size).toBe(5);
    expect(planKey({ ...plan })).toBe(keys[0]);
    expect(keys[0]).toContain(`project:${plan.labels[0]!.id}:0:`);
  });
});
