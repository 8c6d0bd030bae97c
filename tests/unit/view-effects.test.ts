// What each view asks of the page: layout, camera, selection, title and announcement.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseGeoData } from '../../src/core/geo-data';
import { resolveRoute } from '../../src/core/resolve';
import { createLookup } from '../../src/core/lookup';
import { buildMapLayers, mapCodes, municipalityBounds } from '../../src/core/map-layers';
import {
  announcement,
  cameraTarget,
  labelScaleOf,
  layoutOf,
  viewName,
  viewTitle,
  type CameraContext,
} from '../../src/core/view-effects';
import { PRESENTER_LABEL_SCALE } from '../../src/core/presentation';
import type { ProjectsDoc } from '../../src/core/types';
import type { Route } from '../../src/core/url-state';

const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
const geo = parseGeoData(JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8')));
const lookup = createLookup(doc, geo);
const layers = buildMapLayers(geo, doc, { experiment: 'x', brussels: 'Brussel' });
const ctx = (boundaries: '2017' | '2025' = '2017'): CameraContext => ({
  flandersBounds: layers.flandersBounds,
  projectBounds: (id) => layers.projectBounds.get(id)!,
  municipalityBounds: (codes) => municipalityBounds(geo, codes),
  projectIdOf: (code) => lookup.projectOf(code)?.id ?? null,
  mapCodes: (codes) => mapCodes(geo, codes, boundaries),
});
const view = (route: Route) => resolveRoute(route, doc, geo);
const words = {
  appTitle: 'App',
  coverageHeading: 'Dekking',
  consoleTitle: 'Console',
  overviewAnnounced: 'Overzicht',
  selected: (n: string) => `Geselecteerd: ${n}`,
  outsideName: (nl: string, fr: string) => `${nl} (${fr})`,
};

describe('layout and label scale', () => {
  it('gives the coverage view and presenter mode their own layout; presenter labels larger', () => {
    expect(layoutOf({ kind: 'coverage' })).toBe('coverage');
    expect(layoutOf({ kind: 'presenter', step: 2 })).toBe('presenter');
    expect(layoutOf({ kind: 'project', id: 'gent' })).toBe('map');
    expect(labelScaleOf({ kind: 'presenter', step: 1 })).toBe(PRESENTER_LABEL_SCALE);
    expect(labelScaleOf({ kind: 'overview' })).toBe(1);
  });
});

describe('cameraTarget', () => {
  it('frames and selects a project, also on its presenter step', () => {
    const t = cameraTarget(view({ kind: 'project', id: 'w13' }), ctx());
    expect(t).toEqual({
      selection: { projectId: 'w13', municipalities: [] },
      bounds: layers.projectBounds.get('w13'),
      extraTop: 0,
    });
    const step = doc.projects.findIndex((p) => p.id === 'w13') + 2;
    expect(cameraTarget(view({ kind: 'presenter', step }), ctx())).toEqual(t);
  });

  it('marks a municipality, with its project, and leaves room for its name', () => {
    const t = cameraTarget(view({ kind: 'municipality', code: '34022' }), ctx());
    expect(t.selection).toEqual({ projectId: 'w13', municipalities: ['34022'] });
    // Kortrijk, checked against the map rather than the function that computes it:
    // its town hall (3.2650 E, 50.8279 N) inside, the frame a municipality's size
    // (under 0.3° a side) and inside W13's.
    const [[w, s], [e, n]] = t.bounds;
    expect(w < 3.265 && 3.265 < e && s < 50.8279 && 50.8279 < n).toBe(true);
    expect(e - w).toBeLessThan(0.3);
    expect(n - s).toBeLessThan(0.3);
    const [[ww, ws], [we, wn]] = layers.projectBounds.get('w13')!;
    expect(w >= ww && s >= ws && e <= we && n <= wn).toBe(true);
    expect(t.extraTop).toBeGreaterThan(0);
  });

  it("marks a merged municipality in the codes of today's map", () => {
    const t = cameraTarget(view({ kind: 'municipality', code: '44029' }), ctx('2025')); // Knesselare → Aalter
    expect(t.selection).toEqual({ projectId: null, municipalities: ['44084'] });
  });

  it('frames Flanders with nothing selected on the overview, the coverage view and a "not found"', () => {
    for (const route of [{ kind: 'overview' }, { kind: 'coverage' }, { kind: 'project', id: 'nope' }] as Route[]) {
      expect(cameraTarget(view(route), ctx())).toEqual({
        selection: { projectId: null, municipalities: [] },
        bounds: layers.flandersBounds,
        extraTop: 0,
      });
    }
  });
});

describe('announcement', () => {
  it('names what was selected, in the title too', () => {
    expect(announcement(view({ kind: 'project', id: 'gent' }), words)).toEqual({
      title: 'Gent — App',
      live: 'Geselecteerd: Gent',
    });
    expect(announcement(view({ kind: 'municipality', code: '11002' }), words)).toEqual({
      title: 'Antwerpen — App',
      live: 'Geselecteerd: Antwerpen',
    });
    expect(announcement(view({ kind: 'coverage' }), words)).toEqual({
      title: 'Dekking — App',
      live: 'Geselecteerd: Dekking',
    });
  });

  it('says "overview" for the overview and the presentation\'s opening step', () => {
    expect(announcement(view({ kind: 'overview' }), words)).toEqual({ title: 'App', live: 'Overzicht' });
    expect(announcement(view({ kind: 'presenter', step: 1 }), words)).toEqual({ title: 'App', live: 'Overzicht' });
  });

  it("leaves the console's steps to the console's own live region: announced once, not twice", () => {
    expect(announcement(view({ kind: 'console', step: 3 }), words)).toEqual({ title: 'Console — App', live: '' });
  });

  it('takes its title from the one rule the printout and the image use too', () => {
    for (const route of [
      { kind: 'overview' },
      { kind: 'coverage' },
      { kind: 'project', id: 'w13' },
      { kind: 'municipality', code: '44021' },
      { kind: 'console', step: 2 },
    ] as Route[]) {
      expect(announcement(view(route), words).title).toBe(viewTitle(view(route), words));
    }
    expect(viewName(view({ kind: 'overview' }), words)).toBeNull();
    expect(viewName(view({ kind: 'project', id: 'w13' }), words)).toBe('W13');
  });
});
