import { describe, expect, it } from 'vitest';
import { plannedLabelsAt, sceneMunicipalityAt, sceneProjectAt, sceneSelection } from '../../src/core/scene-inspector';
import type { LabelPlan } from '../../src/core/label-plan';
import { sceneOf } from './support/scene';

describe('what the scene asks the map to show', () => {
  it('says which project and municipalities are selected, and which projects a filter dims', () => {
    const scene = sceneOf({ selection: { projectId: 'gent', municipalities: ['44021'] }, kept: new Set(['gent']) });
    expect(sceneSelection(scene, 'projects', 'gent')).toEqual({ selected: true, dimmed: false });
    expect(sceneSelection(scene, 'projects', 'genk')).toEqual({ selected: false, dimmed: true });
    expect(sceneSelection(scene, 'gemeenten', '44021')).toEqual({ selected: true, dimmed: false });
    expect(sceneSelection(scene, 'gemeenten', '71016')).toEqual({ selected: false, dimmed: false });
    expect(sceneSelection(sceneOf(), 'projects', 'genk')).toEqual({ selected: false, dimmed: false });
  });

  it('finds the project and the municipality whose area holds a position, and none outside', () => {
    const scene = sceneOf();
    expect(sceneProjectAt(scene, [3.725, 51.0536])).toBe('gent');
    expect(sceneMunicipalityAt(scene, [3.725, 51.0536])).toBe('44021');
    expect(sceneProjectAt(scene, [4.4025, 51.2194])).toBeNull(); // Antwerpen: no pilot
    expect(sceneMunicipalityAt(scene, [4.4025, 51.2194])).toBe('11002');
    expect(sceneMunicipalityAt(scene, [5.567, 50.6326])).toBeNull(); // Liège
  });

  it('names the labels whose planned box holds a point, edges included, each on one line', () => {
    const plan = {
      leaders: [],
      labels: [
        {
          kind: 'project',
          id: 'w13',
          text: 'W13',
          at: [3, 50],
          size: 13,
          dimmed: false,
          box: { x0: 10, y0: 10, x1: 50, y1: 30 },
        },
        {
          kind: 'project',
          id: 'wwl',
          text: 'Wetteren, Wichelen\nen Laarne',
          at: [4, 51],
          size: 13,
          dimmed: false,
          box: { x0: 40, y0: 20, x1: 90, y1: 60 },
        },
      ],
    } as unknown as LabelPlan;
    expect(plannedLabelsAt(plan, { x: 10, y: 10 })).toEqual(['W13']);
    expect(plannedLabelsAt(plan, { x: 45, y: 25 })).toEqual(['W13', 'Wetteren, Wichelen en Laarne']);
    expect(plannedLabelsAt(plan, { x: 90, y: 60 })).toEqual(['Wetteren, Wichelen en Laarne']);
    expect(plannedLabelsAt(plan, { x: 9, y: 20 })).toEqual([]);
    expect(plannedLabelsAt(plan, { x: 30, y: 31 })).toEqual([]);
  });
});
