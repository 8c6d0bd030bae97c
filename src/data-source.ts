// Where the data comes from. The normal build fetches the files next to the app,
// so they stay data (cacheable, replaceable), each at its version (see
// geoVersions in vite.config.ts; projects.json has a hashed name); the single-file build
// (VITE_SINGLE_FILE) bundles them, because a page opened from file:// may not
// fetch anything.
import projectsUrl from '../data/projects.json?url';

/** A data file that is not the one this version of the app was built with. */
export class DataVersionError extends Error {
  constructor(readonly file: string) {
    super(`${file}: belongs to another version of the app (reload the page)`);
  }
}

const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The JSON in `bytes`, once its SHA-256 is `sha256` (hex). Without SubtleCrypto
 * (a page over plain http on another host) the digest cannot be checked; the
 * versioned URL still keeps caches apart.
 */
export async function checkedJson(bytes: ArrayBuffer, sha256: string | null, what: string): Promise<unknown> {
  if (sha256 && globalThis.crypto?.subtle && hex(await crypto.subtle.digest('SHA-256', bytes)) !== sha256)
    throw new DataVersionError(what);
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new Error(`${what}: not valid JSON`);
  }
}

async function fetchJson(url: string, what: string, sha256: string | null = null): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status}`);
  return checkedJson(await res.arrayBuffer(), sha256, what);
}

type GeoFile = keyof typeof __GEO_VERSIONS__;
/** A file of public/geo/ at its version: the preload in index.html asks for the same URL. */
const geoFile = (file: GeoFile) =>
  fetchJson(
    `${import.meta.env.BASE_URL}geo/${file}?v=${__GEO_VERSIONS__[file].slice(0, 16)}`,
    `geo/${file}`,
    __GEO_VERSIONS__[file],
  );

export async function loadProjects(): Promise<unknown> {
  if (import.meta.env.VITE_SINGLE_FILE) return (await import('../data/projects.json')).default;
  return fetchJson(projectsUrl, 'data/projects.json');
}

export async function loadGeometry(): Promise<unknown> {
  if (import.meta.env.VITE_SINGLE_FILE) return (await import('../public/geo/base.topo.json')).default;
  return geoFile('base.topo.json');
}

export async function loadSurroundings(): Promise<unknown> {
  if (import.meta.env.VITE_SINGLE_FILE) return (await import('../public/geo/context.topo.json')).default;
  return geoFile('context.topo.json');
}

export async function loadPlaces(): Promise<unknown> {
  if (import.meta.env.VITE_SINGLE_FILE) return (await import('../public/geo/places.json')).default;
  return geoFile('places.json');
}

/** Where the app's three files come from; the tests give it their own. */
export interface DataSource {
  projects(): Promise<unknown>;
  geometry(): Promise<unknown>;
  places(): Promise<unknown>;
  /** The surroundings of Flanders (the sea, Wallonia, the neighbouring countries), drawn after the first map. */
  surroundings(): Promise<unknown>;
}

export const browserData: DataSource = {
  projects: loadProjects,
  geometry: loadGeometry,
  places: loadPlaces,
  surroundings: loadSurroundings,
};
