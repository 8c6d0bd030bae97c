// Where the data comes from. The normal build fetches the files next to the app,
// so they stay data (cacheable, replaceable); the single-file build
// (VITE_SINGLE_FILE) bundles them, because a page opened from file:// may not
// fetch anything.
import projectsUrl from '../data/projects.json?url';

async function fetchJson(url: string, what: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status}`);
  try {
    return await res.json();
  } catch {
    throw new Error(`${what}: not valid JSON`);
  }
}

const base = import.meta.env.BASE_URL;

export async function loadProjects(): Promise<unknown> {
  if (import.meta.env.VITE_SINGLE_FILE) return (await import('../data/projects.json')).default;
  return fetchJson(projectsUrl, 'data/projects.json');
}

export async function loadGeometry(): Promise<unknown> {
  if (import.meta.env.VITE_SINGLE_FILE) return (await import('../public/geo/base.topo.json')).default;
  return fetchJson(`${base}geo/base.topo.json`, 'geo/base.topo.json');
}

export async function loadContext(): Promise<unknown> {
  if (import.meta.env.VITE_SINGLE_FILE) return (await import('../public/geo/context.topo.json')).default;
  return fetchJson(`${base}geo/context.topo.json`, 'geo/context.topo.json');
}

export async function loadPlaces(): Promise<unknown> {
  if (import.meta.env.VITE_SINGLE_FILE) return (await import('../public/geo/places.json')).default;
  return fetchJson(`${base}geo/places.json`, 'geo/places.json');
}

/** Where the app's three files come from; the tests give it their own. */
export interface DataSource {
  projects(): Promise<unknown>;
  geometry(): Promise<unknown>;
  places(): Promise<unknown>;
  /** The context around Flanders (sea, neighbours), drawn after the first map. */
  context(): Promise<unknown>;
}

export const browserData: DataSource = { projects: loadProjects, geometry: loadGeometry, places: loadPlaces, context: loadContext };
