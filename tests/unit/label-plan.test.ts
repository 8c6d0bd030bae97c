import { describe, expect, it } from 'vitest';
import { NAME_GAP, planLabels, planKey, type PlannedLabel } from '../../src/core/label-plan';
import { fitCamera, projectPoint } from '../../src/core/camera';
import { PRESENTER_LABEL_SCALE } from '../../src/core/presentation';
import { crosses, overlap, type Box } from '../../src/core/screen-box';
import { layers, measure, sceneOf } from './support/scene';

const size = { width: 1280, height: 800 };
const padding = { top: 24, right: 24, bottom: 24, left: 24 };
const overview = { camera: fitCamera(layers.flandersBounds, size, padding), size, padding };
const w13 = { camera: fitCamera(layers.projectBounds.get('w13')!, size, padding), size, padding };
const ids = layers.projectLabels.features.map((f) => String(f.properties!.id)).sort();

describe('label plan', () => {
  it('names every project on a view of all of Flanders, no two names overlapping and none over a marker', () => {
    const plan = planLabels(sceneOf(), overview, measure);
    const projects = plan.labels.filter((l) => l.kind === 'project');
    expect(projects.map((l) => l.id).sort()).toEqual(ids);
    for (const [i, a] of plan.labels.entries())
      for (const b of plan.labels.slice(i + 1)) expect(overlap(a.box, b.box), `${a.text} / ${b.text}`).toBe(0);
    for (const f of layers.subAreas.features) {
      const p = projectPoint(overview.camera, size, f.geometry.coordinates as [number, number]);
      for (const l of plan.labels)
        expect(p.x >= l.box.x0 && p.x <= l.box.x1 && p.y >= l.box.y0 && p.y <= l.box.y1, l.text).toBe(false);
    }
    // Each name's position is the centre of its box, at this camera.
    for (const l of plan.labels) {
      const c = projectPoint(overview.camera, size, l.at);
      expect(c.x).toBeCloseTo((l.box.x0 + l.box.x1) / 2, 6);
      expect(c.y).toBeCloseTo((l.box.y0 + l.box.y1) / 2, 6);
    }
  });

  it('shows municipality and experiment names only from the detail zoom on', () => {
    expect(
      planLabels(sceneOf(), overview, measure).labels.some((l) => l.kind === 'municipality' || l.kind === 'experiment'),
    ).toBe(false);
    const plan = planLabels(sceneOf({ selection: { projectId: 'w13', municipalities: [] } }), w13, measure);
    expect(plan.labels.filter((l) => l.kind === 'experiment')).toHaveLength(3);
    expect(plan.labels.filter((l) => l.kind === 'municipality').map((l) => l.text)).toEqual(
      expect.arrayContaining(['Kortrijk', 'Anzegem', 'Avelgem']),
    );
    expect(plan.labels.find((l) => l.kind === 'project' && l.id === 'w13')).toBeDefined();
  });

  it('always names the selected municipality, and not a second time as an ordinary name', () => {
    const scene = sceneOf({ selection: { projectId: 'w13', municipalities: ['34022'] } });
    const plan = planLabels(scene, w13, measure);
    expect(plan.labels.filter((l) => l.kind === 'selection').map((l) => l.text)).toEqual(['Kortrijk']);
    expect(plan.labels.filter((l) => l.kind === 'municipality' && l.id === '34022')).toEqual([]);
  });

  it('names a pilot of one municipality once: Gent selected, and Roeselare among the names of its neighbours', () => {
    const gent = { camera: fitCamera(layers.projectBounds.get('gent')!, size, padding), size, padding };
    const plan = planLabels(sceneOf({ selection: { projectId: 'gent', municipalities: ['44021'] } }), gent, measure);
    expect(plan.labels.filter((l) => l.text === 'Gent').map((l) => `${l.kind}:${l.id}`)).toEqual(['project:gent']);
    // Its neighbours are still named, and a selected municipality of another name still is.
    expect(plan.labels.some((l) => l.kind === 'municipality')).toBe(true);
    const kortrijk = planLabels(sceneOf({ selection: { projectId: 'w13', municipalities: ['34022'] } }), w13, measure);
    expect(kortrijk.labels.filter((l) => l.text === 'Kortrijk').map((l) => l.kind)).toEqual(['selection']);
    // Closer in, where municipalities are named too: the pilot's name, not the municipality's again.
    const atRoeselare = { camera: fitCamera(layers.projectBounds.get('roeselare')!, size, padding), size, padding };
    const roeselare = planLabels(
      sceneOf({ selection: { projectId: 'roeselare', municipalities: [] } }),
      atRoeselare,
      measure,
    );
    expect(roeselare.labels.filter((l) => l.text === 'Roeselare').map((l) => l.kind)).toEqual(['project']);
    expect(roeselare.labels.filter((l) => l.kind === 'municipality').length).toBeGreaterThan(3);
  });

  it('keeps each name placed where it fits clear of every name before it by a gap, not just off it, on screens and on the printout', () => {
    // How far apart two boxes are: the larger of their gaps across and down (negative when they overlap).
    const apart = (a: Box, b: Box) => Math.max(a.x0 - b.x1, b.x0 - a.x1, a.y0 - b.y1, b.y0 - a.y1);
    const fitted = new Set<PlannedLabel['kind']>(['municipality', 'experiment', 'brussels', 'world', 'elz']);
    let checked = 0;
    // W13 (where "Lendelede" and "Harelbeke" met on the printed page), Gent with a municipality selected, and Roeselare with the zones; the screen and a printout's map box.
    const cases: [string, { projectId: string; municipalities: string[] }, { elz?: boolean }][] = [
      ['w13', { projectId: 'w13', municipalities: [] }, {}],
      ['gent', { projectId: 'gent', municipalities: ['44021'] }, {}],
      ['roeselare', { projectId: 'roeselare', municipalities: [] }, { elz: true }],
    ];
    for (const [id, selection, extra] of cases)
      for (const box of [size, { width: 690, height: 470 }]) {
        const view = { camera: fitCamera(layers.projectBounds.get(id)!, box, padding), size: box, padding };
        const labels = planLabels(sceneOf({ selection, ...extra }), view, measure).labels;
        labels.forEach((l, j) => {
          if (!fitted.has(l.kind)) return;
          for (const before of labels.slice(0, j)) {
            expect(apart(l.box, before.box), `${id} ${box.width}: ${l.text} / ${before.text}`).toBeGreaterThanOrEqual(
              NAME_GAP * l.size - 1e-9,
            );
            checked++;
          }
        });
      }
    expect(checked).toBeGreaterThan(500);
    expect(NAME_GAP * 11).toBeGreaterThanOrEqual(3); // about a space at the municipalities' size
  });

  it("runs no leader through another name on the presenter's opening slide, at any of the projector sizes", () => {
    // The slide's map fills the screen beside the card (its width as Chromium lays it out), padded by 48 px.
    const through = (width: number, height: number, card: number) => {
      const size = { width, height };
      const padding = { top: 48, right: 48, bottom: 48, left: card + 48 };
      const view = { camera: fitCamera(layers.flandersBounds, size, padding), size, padding };
      const plan = planLabels(sceneOf({ labelScale: PRESENTER_LABEL_SCALE, everyName: true }), view, measure);
      expect(plan.leaders.length, `${width} × ${height}`).toBeGreaterThan(0);
      return plan.leaders.flatMap((l) => {
        const [a, b] = [projectPoint(view.camera, size, l.from), projectPoint(view.camera, size, l.to)];
        return plan.labels
          .filter((o) => !(o.kind === 'project' && o.id === l.id) && crosses(a, b, o.box))
          .map((o) => `${l.id} > ${o.text}`);
      });
    };
    // Before, Zoersel's leader ran through "Turnhout" at 1024, 1280 and 1366 px, and W13's through "Roeselare" at 1280.
    expect(through(1280, 720, 537)).toEqual([]);
    expect(through(1366, 768, 573)).toEqual([]);
    expect(through(1600, 900, 670)).toEqual([]);
    expect(through(1920, 1080, 805)).toEqual([]);
    // Wetteren's ran through "Gent", in the row above its name, until "Gent" stepped aside; Roeselare's
    // through "Diksmuide" until "Diksmuide" could step 40 px west, into the camera's padding.
    expect(through(1024, 768, 460)).toEqual([]);
  });

  it("places the selected project's name first: on its own point, every other name clear of it, at every width", () => {
    // Wetteren's area lies next to Gent's: on a narrow map of Flanders the two names compete for the same room.
    const selection = { projectId: 'wetteren-wichelen-laarne', municipalities: [] };
    let competed = 0;
    for (let width = 300; width <= 900; width += 20) {
      const size = { width, height: 0.6 * width };
      const view = { camera: fitCamera(layers.flandersBounds, size, padding), size, padding };
      const labels = planLabels(sceneOf({ selection }), view, measure).labels;
      const chosen = labels.find((l) => l.kind === 'project' && l.id === selection.projectId)!;
      const p = projectPoint(view.camera, size, chosen.at);
      expect([(chosen.box.x0 + chosen.box.x1) / 2, (chosen.box.y0 + chosen.box.y1) / 2], `${width}`).toEqual([
        expect.closeTo(p.x, 6),
        expect.closeTo(p.y, 6),
      ]);
      for (const l of labels.filter((l) => l !== chosen))
        expect(overlap(l.box, chosen.box), `${width}: ${l.text}`).toBe(0);
      if (!labels.some((l) => l.id === 'gent')) competed++;
    }
    expect(competed, 'widths at which Gent gives way').toBeGreaterThan(0);
  });

  it("keeps every name off the user's position, Gent's own included when the position is at its centre", () => {
    const gent = {
      camera: fitCamera(layers.projectBounds.get('gent')!, { width: 360, height: 606 }, padding),
      size: { width: 360, height: 606 },
      padding,
    };
    const selection = { projectId: 'gent', municipalities: ['44021'] };
    const centre = planLabels(sceneOf({ selection }), gent, measure).labels.find((l) => l.id === 'gent')!.at;
    const plan = planLabels(sceneOf({ selection, position: centre }), gent, measure);
    const p = projectPoint(gent.camera, gent.size, centre);
    const dot = { x0: p.x - 9.5, y0: p.y - 9.5, x1: p.x + 9.5, y1: p.y + 9.5 };
    expect(plan.labels.map((l) => l.id)).toContain('gent');
    expect(plan.labels.filter((l) => overlap(l.box, dot) > 0).map((l) => l.text)).toEqual([]);
  });

  it('keeps the names a filter keeps and draws the others faint, only where they fit', () => {
    const kept = new Set(['gent', 'genk']);
    const plan = planLabels(sceneOf({ kept }), overview, measure);
    const projects = plan.labels.filter((l) => l.kind === 'project');
    expect(
      projects
        .filter((l) => !l.dimmed)
        .map((l) => l.id)
        .sort(),
    ).toEqual(['genk', 'gent']);
    expect(projects.filter((l) => l.dimmed).every((l) => !kept.has(l.id))).toBe(true);
  });

  it('names the surroundings and the zones only when they are drawn, and scales every name with the label scale', () => {
    expect(planLabels(sceneOf(), overview, measure).labels.some((l) => l.kind === 'elz')).toBe(false);
    expect(planLabels(sceneOf({ elz: true }), w13, measure).labels.some((l) => l.kind === 'elz')).toBe(true);
    const one = planLabels(sceneOf(), overview, measure).labels.find((l) => l.id === 'gent')!;
    const big = planLabels(sceneOf({ labelScale: 1.6 }), overview, measure).labels.find((l) => l.id === 'gent')!;
    expect(big.size).toBeCloseTo(one.size * 1.6, 6);
  });

  it('gives the same key for the same plan and another one when a name moves', () => {
    const a = planLabels(sceneOf(), overview, measure);
    expect(planKey(planLabels(sceneOf(), overview, measure))).toBe(planKey(a));
    const moved = { ...overview, camera: { ...overview.camera, zoom: overview.camera.zoom + 0.5 } };
    expect(planKey(planLabels(sceneOf(), moved, measure))).not.toBe(planKey(a));
  });
});
