// Lookups the panels, map and search share: which project a municipality was in,
// by 2017 code or by current code (the map speaks current codes on today's
// boundaries), and a municipality's name by either code.
import type { GeoData } from './geo-data';
import { projectOfMunicipality } from './geo-data';
import type { Project, ProjectsDoc } from './types';

export interface Lookup {
  projectById: Map<string, Project>;
  /** The project of a 2017 municipality. */
  projectOf(code: string): Project | null;
  /** The project of a 2017 or a current municipality. */
  projectOfAny(code: string): Project | null;
  nameOfAny(code: string): string;
}

export function createLookup(doc: ProjectsDoc, geo: GeoData): Lookup {
  const owner = projectOfMunicipality(doc);
  const projectById = new Map(doc.projects.map((p) => [p.id, p]));
  const projectOf = (code: string) => projectById.get(owner.get(code) ?? '') ?? null;
  const partsOf = (code: string) => (geo.municipalities.has(code) ? [code] : (geo.partsOfCurrent.get(code) ?? []));
  return {
    projectById,
    projectOf,
    projectOfAny: (code) =>
      partsOf(code)
        .map(projectOf)
        .find((p) => p) ?? null,
    nameOfAny: (code) => geo.municipalities.get(code)?.naam ?? geo.current.get(code)?.naam ?? code,
  };
}
