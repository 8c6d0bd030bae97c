// The first load: the projects file and the geometry, fetched together, parsed and
// validated. Throws with a message that names the file (and, for the projects
// file, every problem with its project and field).
import { ProjectsValidationError, validateProjects } from '../core/validate-projects';
import { parseGeoData, type GeoData } from '../core/geo-data';
import type { ProjectsDoc } from '../core/types';
import { DataVersionError, type DataSource } from '../data-source';
import { showLoadError, type LoadErrorText } from '../ui/load-error';

export async function loadAppData(data: DataSource): Promise<{ doc: ProjectsDoc; geo: GeoData }> {
  const both = Promise.all([data.projects(), data.geometry()]);
  const [rawProjects, rawGeo] = await both;
  performance.mark('gbo:data-fetched');
  const geo = parseGeoData(rawGeo);
  const doc = validateProjects(rawProjects, new Set(geo.municipalities.keys()));
  performance.mark('gbo:data-parsed');
  return { doc, geo };
}

/**
 * The first load, and what the page says when it fails: the problems, named, and a
 * retry that loads again. Resolves with the data once it is in; never, while the
 * page shows the error (the retry starts over), or when the page went away.
 */
export interface LoadWords extends LoadErrorText {
  dataError: string;
  /** A data file of another version than the code: the page itself must be loaded again. */
  staleData(file: string): string;
  reloadPage: string;
}

export function loadOrExplain(data: DataSource, panel: HTMLElement, words: () => LoadWords, gone: () => boolean, reloadPage = () => location.reload()): Promise<{ doc: ProjectsDoc; geo: GeoData }> {
  return new Promise((resolve) => {
    const attempt = () => loadAppData(data).then((loaded) => { if (!gone()) resolve(loaded); }, (e: unknown) => {
      if (gone()) return;
      const w = words();
      // Fetching again would get the same file: only a reload brings code and data of one version.
      if (e instanceof DataVersionError) return showLoadError(panel, { ...w, retry: w.reloadPage }, [w.staleData(e.file)], reloadPage);
      const invalid = e instanceof ProjectsValidationError;
      showLoadError(panel, { ...w, title: invalid ? w.dataError : w.title }, invalid ? e.problems : [e instanceof Error ? e.message : String(e)], attempt);
    });
    attempt();
  });
}

/**
 * The page could not be put together once its data was in (a part failed to
 * mount): say so on the page, with the error, and offer a reload rather than
 * leave a page that looks ready and does nothing.
 */
export function explainStartFailure(panel: HTMLElement, words: LoadErrorText, e: unknown, reloadPage = () => location.reload()): void {
  console.error(e);
  showLoadError(panel, words, [e instanceof Error ? e.message : String(e)], reloadPage);
}
