// The hash is the saved form of what the user sees: #/, #/project/<id>,
// #/gemeente/<NIS code>, with the language as ?taal=en. Parsing never throws:
// anything unrecognised becomes a "not found" route that shows the overview.
import type { Lang } from './types';

export type Route =
  | { kind: 'overview' }
  | { kind: 'project'; id: string }
  | { kind: 'municipality'; code: string }
  | { kind: 'notFound'; path: string };

export interface UrlState {
  route: Route;
  lang: Lang;
}

const MAX_HASH = 2000; // longer input is hostile or broken; do not even split it
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NIS = /^\d{5}$/;

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function parseHash(hash: string): UrlState {
  if (hash.length > MAX_HASH) return { route: { kind: 'notFound', path: hash.slice(0, 80) }, lang: 'nl' };
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = q === -1 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q === -1 ? '' : raw.slice(q + 1));
  const lang: Lang = params.get('taal') === 'en' ? 'en' : 'nl';
  const parts = path.split('/').filter(Boolean).map(decode);

  let route: Route;
  if (parts.length === 0) route = { kind: 'overview' };
  else if (parts.length === 2 && parts[0] === 'project' && ID.test(parts[1])) route = { kind: 'project', id: parts[1] };
  else if (parts.length === 2 && parts[0] === 'gemeente' && NIS.test(parts[1])) route = { kind: 'municipality', code: parts[1] };
  else route = { kind: 'notFound', path: decode(path) };
  return { route, lang };
}

export function formatHash({ route, lang }: UrlState): string {
  const query = lang === 'en' ? '?taal=en' : '';
  switch (route.kind) {
    case 'project':
      return `#/project/${encodeURIComponent(route.id)}${query}`;
    case 'municipality':
      return `#/gemeente/${route.code}${query}`;
    case 'overview':
    case 'notFound':
      return `#/${query}`;
  }
}
