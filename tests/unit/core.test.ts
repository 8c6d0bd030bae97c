import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createStore } from '../../src/core/store';
import { initialState, settleState } from '../../src/core/app-state';
import { resolveRoute } from '../../src/core/resolve';
import { parseOutsideTable } from '../../src/core/outside';
import { parseGeoData, projectAreas, projectOfMunicipality } from '../../src/core/geo-data';
import { bounds, labelPoint, pointInPolygon } from '../../src/core/geometry';
import { buildMapLayers } from '../../src/core/map-layers';
import type { ProjectsDoc } from '../../src/core/types';
import type { Polygon } from 'geojson';

const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
const geo = parseGeoData(JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8')));
const outside = parseOutsideTable(
  (JSON.parse(readFileSync('public/geo/places.json', 'utf8')) as { outside: unknown }).outside,
);

describe('store', () => {
  it('merges patches, notifies with the previous state, and unsubscribes', () => {
    const store = createStore({ a: 1, b: 'x' });
    const seen: [number, number][] = [];
    const off = store.subscribe((s, prev) => seen.push([s.a, prev.a]));
    store.set({ a: 2 });
    off();
    store.set({ a: 3 });
    expect(seen).toEqual([[2, 1]]);
    expect(store.get()).toEqual({ a: 3, b: 'x' });
  });

  it('tells every listener of a change before the next one, when a listener writes while being told', () => {
    const store = createStore({ a: 1 });
    const heard: string[] = [];
    // The first listener reacts to 2 by writing 3; the second must hear 1 → 2, then 2 → 3.
    store.subscribe((s) => {
      if (s.a === 2) store.set({ a: 3 });
    });
    store.subscribe((s, prev) => heard.push(`${prev.a}→${s.a}`));
    store.set({ a: 2 });
    expect(heard).toEqual(['1→2', '2→3']);
    expect(store.get().a).toBe(3);
  });

  it("keeps the state's own rules on every change (settle)", () => {
    const store = createStore({ a: 1, even: false }, (next) => ({ ...next, even: next.a % 2 === 0 }));
    store.set({ a: 4 });
    expect(store.get()).toEqual({ a: 4, even: true });
  });
});

describe("the state's own rules", () => {
  const located = { position: [3.72, 51.05] as [number, number], code: '44021' };
  it("drops the user's position when the view goes anywhere but the answer it gave, and keeps it there", () => {
    const store = createStore(initialState('#/'), settleState);
    store.set({ located });
    store.set({ route: { kind: 'municipality', code: '44021' } });
    expect(store.get().located).toEqual(located);
    store.set({ lang: 'en' }); // not a new view
    expect(store.get().located).toEqual(located);
    store.set({ route: { kind: 'project', id: 'gent' } });
    expect(store.get().located).toBeNull();
    // Another municipality is elsewhere too.
    store.set({ located, route: { kind: 'municipality', code: '44021' } });
    expect(store.get().located).toEqual(located);
    store.set({ route: { kind: 'municipality', code: '11002' } });
    expect(store.get().located).toBeNull();
  });

  it("starts the slide's and the console's link alone whenever the page stops being one or becomes the other", () => {
    const store = createStore(initialState('#/presentatie/1'), settleState);
    store.set({ link: 'linked' });
    store.set({ route: { kind: 'presenter', step: 2 } }); // still the slide
    expect(store.get().link).toBe('linked');
    store.set({ route: { kind: 'console', step: 2 } });
    expect(store.get().link).toBe('alone');
    store.set({ link: 'other-closed' });
    store.set({ route: { kind: 'overview' } });
    expect(store.get().link).toBe('alone');
  });
});

describe('resolveRoute', () => {
  it('finds projects, 2017 municipalities and merged current ones', () => {
    expect(resolveRoute({ kind: 'project', id: 'w13' }, doc, geo)).toMatchObject({
      kind: 'project',
      project: { name: 'W13' },
    });
    expect(resolveRoute({ kind: 'municipality', code: '44021' }, doc, geo)).toMatchObject({
      kind: 'municipality',
      name: 'Gent',
      isCurrentCode: false,
    });
    const aalter = resolveRoute({ kind: 'municipality', code: '44084' }, doc, geo);
    expect(aalter.kind === 'municipality' && aalter.parts.map((m) => m.naam).sort()).toEqual(['Aalter', 'Knesselare']);
  });

  it('falls back to the overview with a "not found" for unknown ids and codes', () => {
    expect(resolveRoute({ kind: 'project', id: 'nope' }, doc, geo)).toEqual({ kind: 'overview', notFound: 'nope' });
    expect(resolveRoute({ kind: 'municipality', code: '00000' }, doc, geo)).toEqual({
      kind: 'overview',
      notFound: '00000',
    });
    // A Walloon-looking code that the place index does not know is not found once the index is in.
    expect(resolveRoute({ kind: 'municipality', code: '99999' }, doc, geo, outside)).toEqual({
      kind: 'overview',
      notFound: '99999',
    });
  });

  it('answers for Brussels and Walloon municipalities by their region, named once the index is in', () => {
    expect(resolveRoute({ kind: 'municipality', code: '21004' }, doc, geo)).toEqual({
      kind: 'outside',
      code: '21004',
      region: 'brussels',
      names: null,
    });
    expect(resolveRoute({ kind: 'municipality', code: '53053' }, doc, geo, outside)).toEqual({
      kind: 'outside',
      code: '53053',
      region: 'wallonia',
      names: { nl: 'Bergen', fr: 'Mons', province: 'Henegouwen' },
    });
    expect(resolveRoute({ kind: 'municipality', code: '21004' }, doc, geo, outside)).toMatchObject({
      region: 'brussels',
      names: { nl: 'Brussel', fr: 'Bruxelles', province: '' },
    });
  });
});

describe('project areas', () => {
  it('merges each project into one area whose outline contains its members', () => {
    const areas = projectAreas(geo, doc);
    expect(areas.features).toHaveLength(11);
    const w13 = areas.features.find((f) => f.properties.id === 'w13')!;
    // One outline: W13's 13 municipalities are contiguous.
    expect(w13.geometry.type === 'Polygon' || w13.geometry.coordinates.length === 1).toBe(true);
    expect(pointInPolygon([3.265, 50.8279], w13.geometry)).toBe(true); // Kortrijk
    expect(pointInPolygon([3.725, 51.0536], w13.geometry)).toBe(false); // Gent
  });

  it('maps every member municipality to its project', () => {
    const owner = projectOfMunicipality(doc);
    expect(owner.size).toBe(26);
    expect(owner.get('34022')).toBe('w13');
    expect(owner.get('11002')).toBeUndefined();
  });

  it('places every project label inside its own area', () => {
    const layers = buildMapLayers(geo, doc, { experiment: 'x', brussels: 'Brussel' });
    for (const label of layers.projectLabels.features) {
      const area = layers.projects.features.find((f) => f.properties.id === label.properties!.id)!;
      expect(pointInPolygon(label.geometry.coordinates, area.geometry), String(label.properties!.id)).toBe(true);
    }
    expect(layers.subAreas.features).toHaveLength(3);
  });
});

describe('geometry', () => {
  const u: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [3, 0],
        [3, 3],
        [2, 3],
        [2, 1],
        [1, 1],
        [1, 3],
        [0, 3],
        [0, 0],
      ],
    ],
  };

  it('puts a label inside a U shape whose centroid falls outside', () => {
    expect(pointInPolygon([1.5, 2], u)).toBe(false);
    expect(pointInPolygon(labelPoint(u), u)).toBe(true);
  });

  it('computes bounds', () => {
    expect(bounds([u])).toEqual([
      [0, 0],
      [3, 3],
    ]);
  });
});

describe('lookup', () => {
  it('finds projects and names by 2017 and by current code', async () => {
    const { createLookup } = await import('../../src/core/lookup');
    const l = createLookup(doc, geo);
    expect(l.projectOf('34022')?.id).toBe('w13');
    expect(l.projectOf('11002')).toBeNull();
    expect(l.projectOfAny('44084')).toBeNull(); // Aalter today = Aalter + Knesselare, no pilot
    expect(l.nameOfAny('44084')).toBe('Aalter');
    expect(l.nameOfAny('44029')).toBe('Knesselare');
    expect(l.projectById.get('gent')?.name).toBe('Gent');
  });
});
