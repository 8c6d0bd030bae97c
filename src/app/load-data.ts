// The first load: the projects file and the geometry, fetched together, parsed and
// validated. Throws with a message that names the file (and, for the projects
// file, every problem with its project and field).
import { validateProjects } from '../core/validate-projects';
import { parseGeoData, type GeoData } from '../core/geo-data';
import type { ProjectsDoc } from '../core/types';
import type { DataSource } from '../data-source';
import { warmUpGlyphCanvas } from '../map/warm-up';

export async function loadAppData(data: DataSource): Promise<{ doc: ProjectsDoc; geo: GeoData }> {
  const both = Promise.all([data.projects(), data.geometry()]);
  warmUpGlyphCanvas(); // while the files download
  const [rawProjects, rawGeo] = await both;
  performance.mark('gbo:data-fetched');
  const geo = parseGeoData(rawGeo);
  const doc = validateProjects(rawProjects, new Set(geo.municipalities.keys()));
  performance.mark('gbo:data-parsed');
  return { doc, geo };
}
