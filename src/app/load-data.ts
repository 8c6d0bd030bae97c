// The first load: the projects file and the geometry, fetched together, parsed and
// validated. Throws with a message that names the file (and, for the projects
// file, every problem with its project and field).
import { ProjectsValidationError, validateProjects } from '../core/validate-projects';
import { parseGeoData, type GeoData } from '../core/geo-data';
import type { ProjectsDoc } from '../core/types';
import { DataVersionError, type DataSource } from '../data-source';
import { showLoadError } from '../ui/load-error';
import type { Strings } from '../i18n';

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
 * `words`: the page's strings in its language now.
 */
export function loadOrExplain(
  data: DataSource,
  panel: HTMLElement,
  words: () => Strings,
  gone: () => boolean,
  reloadPage = () => location.reload(),
): Promise<{ doc: ProjectsDoc; geo: GeoData }> {
  return new Promise((resolve) => {
    const attempt = () =>
      loadAppData(data).then(
        (loaded) => {
          if (!gone()) resolve(loaded);
        },
        (e: unknown) => {
          if (gone()) return;
          const t = words();
          // Fetching again would get the same file: only a reload brings code and data of one version.
          if (e instanceof DataVersionError)
            return showLoadError(
              panel,
              { title: t.loadError, retry: t.reloadPage, loading: t.loading },
              [t.staleData(e.file)],
              reloadPage,
            );
          const invalid = e instanceof ProjectsValidationError;
          showLoadError(
            panel,
            { title: invalid ? t.dataError : t.loadError, retry: t.retry, loading: t.loading },
            invalid ? e.problems : [e instanceof Error ? e.message : String(e)],
            attempt,
          );
        },
      );
    attempt();
  });
}

/**
 * The page could not be put together once its data was in (a part failed to
 * mount): say so on the page, with the error, and offer a reload rather than
 * leave a page that looks ready and does nothing.
 */
export function explainStartFailure(
  panel: HTMLElement,
  t: Strings,
  e: unknown,
  reloadPage = () => location.reload(),
): void {
  console.error(e);
  showLoadError(
    panel,
    { title: t.startError, retry: t.reloadPage, loading: t.loading },
    [e instanceof Error ? e.message : String(e)],
    reloadPage,
  );
}
