// The hash is the saved form of what the user sees: #/, #/project/<id>,
// #/gemeente/<NIS code>, #/dekking, with options as a query: taal=en,
// grenzen=2025 (today's boundaries), elz=1 (primary-care zones), and on the
// coverage view the filters thema=, doelgroep=, partner=; #/presentatie/<step>
// is presenter mode. Parsing never throws:
// anything unrecognised becomes a "not found" route that shows the overview.
import type { Lang } from './types';

export type Route =
  | { kind: 'overview' }
  | { kind: 'project'; id: string }
  | { kind: 'municipality'; code: string }
  | { kind: 'coverage' }
  | { kind: 'presenter'; step: number }
  | { kind: 'notFound'; path: string };

export type Boundaries = '2017' | '2025';

export interface Filter {
  thema?: string;
  doelgroep?: string;
  partner?: string;
}
export const FILTER_KEYS = ['thema', 'doelgroep', 'partner'] as const;

export interface UrlState {
  route: Route;
  lang: Lang;
  boundaries: Boundaries;
  showElz: boolean;
  filter: Filter;
}

export const DEFAULT_URL_STATE: UrlState = { route: { kind: 'overview' }, lang: 'nl', boundaries: '2017', showElz: false, filter: {} };

const MAX_HASH = 2000; // longer input is hostile or broken; do not even split it
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NIS = /^\d{5}$/;

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function parseHash(hash: string): UrlState {
  if (hash.length > MAX_HASH) return { ...DEFAULT_URL_STATE, route: { kind: 'notFound', path: hash.slice(0, 80) } };
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = q === -1 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q === -1 ? '' : raw.slice(q + 1));
  const parts = path.split('/').filter(Boolean).map(decode);

  let route: Route;
  if (parts.length === 0) route = { kind: 'overview' };
  else if (parts.length === 1 && parts[0] === 'dekking') route = { kind: 'coverage' };
  else if (parts[0] === 'presentatie' && parts.length === 1) route = { kind: 'presenter', step: 1 };
  else if (parts[0] === 'presentatie' && parts.length === 2 && /^\d{1,3}$/.test(parts[1])) route = { kind: 'presenter', step: Number(parts[1]) };
  else if (parts.length === 2 && parts[0] === 'project' && SLUG.test(parts[1])) route = { kind: 'project', id: parts[1] };
  else if (parts.length === 2 && parts[0] === 'gemeente' && NIS.test(parts[1])) route = { kind: 'municipality', code: parts[1] };
  else route = { kind: 'notFound', path: decode(path) };

  const filter: Filter = {};
  if (route.kind === 'coverage') {
    for (const key of FILTER_KEYS) {
      const v = params.get(key);
      if (v && SLUG.test(v)) filter[key] = v;
    }
  }
  return {
    route,
    lang: params.get('taal') === 'en' ? 'en' : 'nl',
    boundaries: params.get('grenzen') === '2025' ? '2025' : '2017',
    showElz: params.get('elz') === '1',
    filter,
  };
}

function routePath(route: Route): string {
  switch (route.kind) {
    case 'project':
      return `/project/${encodeURIComponent(route.id)}`;
    case 'municipality':
      return `/gemeente/${route.code}`;
    case 'coverage':
      return '/dekking';
    case 'presenter':
      return `/presentatie/${route.step}`;
    case 'overview':
    case 'notFound':
      return '/';
  }
}

export function formatHash(state: Pick<UrlState, 'route'> & Partial<UrlState>): string {
  const params = new URLSearchParams();
  if (state.route.kind === 'coverage') {
    for (const key of FILTER_KEYS) if (state.filter?.[key]) params.set(key, state.filter[key]!);
  }
  if (state.boundaries === '2025') params.set('grenzen', '2025');
  if (state.showElz) params.set('elz', '1');
  if (state.lang === 'en') params.set('taal', 'en');
  const query = params.toString();
  return `#${routePath(state.route)}${query ? `?${query}` : ''}`;
}
