// Coverage figures for policymakers, computed from the data at load (never typed
// in): municipalities, inhabitants on 1 January 2018 and area (from the
// unsimplified source geometry, km²), for Flanders, per province, per
// eerstelijnszone and per project, for the projects that match a filter.
import type { GeoData } from './geo-data';
import type { Municipality, Project, ProjectsDoc, Text } from './types';
import type { Filter } from './url-state';
import { compareNl } from './collate';

export interface Totals {
  municipalities: number;
  population: number;
  areaKm2: number;
}

export interface ProjectFigures extends Totals {
  project: Project;
  provinces: string[];
}

/** An area (a province, a zone) with what the pilots cover of it. */
export interface AreaFigures {
  code: string;
  name: string;
  covered: Totals;
  total: Totals;
}

export interface Coverage {
  projects: Project[];
  covered: Totals;
  total: Totals;
  perProvince: AreaFigures[];
  /** The eerstelijnszones (today's division) with at least one pilot municipality. */
  zones: { total: number; withPilot: AreaFigures[] };
  /** Then and now: how many of today's municipalities contain a pilot municipality (from the merger table). */
  today: { withPilot: number; total: number };
  perProject: ProjectFigures[];
}

export interface FilterOption {
  value: string;
  label: Text;
}

/** What each filter can be set to, from the data itself. */
export function filterOptions(doc: ProjectsDoc): Record<keyof Filter, FilterOption[]> {
  const usedGroups = new Set(doc.projects.flatMap((p) => p.targetGroups.map((g) => g.type)));
  const used = new Set(doc.projects.flatMap((p) => p.partners.map((q) => q.type)));
  return {
    thema: Object.entries(doc.themes).map(([value, label]) => ({ value, label })),
    doelgroep: Object.entries(doc.targetGroupTypes)
      .filter(([k]) => usedGroups.has(k))
      .map(([value, label]) => ({ value, label })),
    partner: Object.entries(doc.partnerTypes)
      .filter(([k]) => used.has(k))
      .map(([value, label]) => ({ value, label })),
  };
}

export function matchesFilter(p: Project, f: Filter): boolean {
  return (
    (!f.thema || p.themes.some((t) => t.type === f.thema)) &&
    (!f.doelgroep || p.targetGroups.some((g) => g.type === f.doelgroep)) &&
    (!f.partner || p.partners.some((q) => q.type === f.partner))
  );
}

function sum(ms: Municipality[]): Totals {
  return {
    municipalities: ms.length,
    population: ms.reduce((s, m) => s + m.pop, 0),
    // Unrounded (the areas are exact to the m²): only what is shown is rounded.
    areaKm2: ms.reduce((s, m) => s + m.km2, 0),
  };
}

export function computeCoverage(
  doc: ProjectsDoc,
  geo: GeoData,
  filter: Filter,
  provinceName: (code: string) => string,
): Coverage {
  const projects = doc.projects.filter((p) => matchesFilter(p, filter));
  const all = [...geo.municipalities.values()];
  const member = (p: Project) => p.municipalities.map((c) => geo.municipalities.get(c)!);
  const covered = projects.flatMap(member);
  const coveredCodes = new Set(covered.map((m) => m.code));

  const provinces = [...new Set(all.map((m) => m.prov))].sort();
  const elzName = new Map(geo.layers.elz.features.map((f) => [String(f.properties!.code), String(f.properties!.naam)]));
  const area = (code: string, name: string, inArea: (m: Municipality) => boolean): AreaFigures => ({
    code,
    name,
    covered: sum(all.filter((m) => inArea(m) && coveredCodes.has(m.code))),
    total: sum(all.filter(inArea)),
  });
  const zonesWithPilot = [...new Set(covered.map((m) => m.elz))]
    .map((code) => area(code, elzName.get(code) ?? code, (m) => m.elz === code))
    .sort((a, b) => compareNl(a.name, b.name));

  return {
    projects,
    covered: sum(covered),
    total: sum(all),
    perProvince: provinces.map((code) => area(code, provinceName(code), (m) => m.prov === code)),
    zones: { total: elzName.size, withPilot: zonesWithPilot },
    today: { withPilot: new Set(covered.map((m) => m.nu)).size, total: geo.current.size },
    perProject: projects.map((project) => {
      const ms = member(project);
      return { project, ...sum(ms), provinces: [...new Set(ms.map((m) => provinceName(m.prov)))] };
    }),
  };
}

export type SortKey = 'name' | 'municipalities' | 'population' | 'areaKm2' | 'provinces';
export type SortDir = 'ascending' | 'descending';

export function sortFigures(rows: ProjectFigures[], key: SortKey, dir: SortDir): ProjectFigures[] {
  const value = (r: ProjectFigures): string | number =>
    key === 'name' ? r.project.name : key === 'provinces' ? r.provinces.join(', ') : r[key];
  const sign = dir === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a),
      vb = value(b);
    const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : compareNl(String(va), String(vb));
    return sign * c || compareNl(a.project.name, b.project.name);
  });
}
