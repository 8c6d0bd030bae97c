// What a route means against the data: which project or municipality to show, or
// a "not found" that falls back to the overview. Pure, so panels and tests agree.
import type { GeoData } from './geo-data';
import type { Municipality, Project, ProjectsDoc } from './types';
import type { Route } from './url-state';
import { clampStep, presentationSteps, type Step } from './presentation';
import { regionOfCode, type OutsideRegion, type OutsideTable } from './outside';

export type View =
  | { kind: 'overview'; notFound?: string }
  | { kind: 'coverage' }
  | { kind: 'presenter'; step: number; total: number; current: Step }
  /** The presenter's console: every step, the current one and the next (null on the last). */
  | { kind: 'console'; step: number; total: number; current: Step; next: Step | null; steps: Step[] }
  | { kind: 'project'; project: Project }
  | { kind: 'municipality'; code: string; name: string; parts: Municipality[]; isCurrentCode: boolean }
  /** A municipality of Brussels or Wallonia: no pilot, a plain answer. names: null until the place index is in. */
  | {
      kind: 'outside';
      code: string;
      region: OutsideRegion;
      names: { nl: string; fr: string; province: string } | null;
    };

/**
 * `outside`: the table of Brussels and Walloon municipalities from the place
 * index, or null while it has not loaded (the code's region is known from its
 * digits alone; its name follows).
 */
export function resolveRoute(
  route: Route,
  doc: ProjectsDoc,
  geo: GeoData | null,
  outside: OutsideTable | null = null,
): View {
  switch (route.kind) {
    case 'overview':
      return { kind: 'overview' };
    case 'coverage':
      return { kind: 'coverage' };
    case 'presenter': {
      const steps = presentationSteps(doc);
      const step = clampStep(route.step, steps.length);
      return {
        kind: 'presenter',
        step,
        total: steps.length,
        current: steps[step - 1] ?? { kind: 'overview', position: 'start' },
      };
    }
    case 'console': {
      const steps = presentationSteps(doc);
      const step = clampStep(route.step, steps.length);
      return {
        kind: 'console',
        step,
        total: steps.length,
        current: steps[step - 1] ?? { kind: 'overview', position: 'start' },
        next: steps[step] ?? null,
        steps,
      };
    }
    case 'notFound':
      return { kind: 'overview', notFound: route.path };
    case 'project': {
      const project = doc.projects.find((p) => p.id === route.id);
      return project ? { kind: 'project', project } : { kind: 'overview', notFound: route.id };
    }
    case 'municipality': {
      if (!geo) return { kind: 'overview' };
      const m = geo.municipalities.get(route.code);
      if (m) return { kind: 'municipality', code: m.code, name: m.naam, parts: [m], isCurrentCode: false };
      const now = geo.current.get(route.code);
      const parts = (geo.partsOfCurrent.get(route.code) ?? []).map((c) => geo.municipalities.get(c)!);
      if (now && parts.length)
        return { kind: 'municipality', code: now.code, name: now.naam, parts, isCurrentCode: true };
      const region = regionOfCode(route.code);
      const row = outside?.[route.code];
      if (region && (row || !outside)) {
        return {
          kind: 'outside',
          code: route.code,
          region,
          names: row ? { nl: row[0], fr: row[1], province: row[2] } : null,
        };
      }
      return { kind: 'overview', notFound: route.code };
    }
  }
}
