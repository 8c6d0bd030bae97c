// The hash is the saved form of what the user sees: #/, #/project/<id>,
// #/gemeente/<NIS code>, #/dekking, with options as a query: taal=en,
// grenzen=2025 (today's boundaries), elz=1 (primary-care zones), and on the
// coverage view the filters thema=, doelgroep=, partner=; #/presentatie/<step>
// is presenter mode, and #/presentatie/<step>?scherm=console the presenter's own
// screen beside it (notes, next step, time). Parsing never throws:
// anything unrecognised becomes a "not found" route that shows the overview.
import { DEFAULT_LANG, isLang, type Lang } from './languages';

export type Route =
  | { kind: 'overview' }
  | { kind: 'project'; id: string }
  | { kind: 'municipality'; code: string }
  | { kind: 'coverage' }
  | { kind: 'presenter'; step: number }
  /** The presenter's console: a second window that follows and drives the slide. */
  | { kind: 'console'; step: number }
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

export const DEFAULT_URL_STATE: UrlState = {
  route: { kind: 'overview' },
  lang: DEFAULT_LANG,
  boundaries: '2017',
  showElz: false,
  filter: {},
};

export const MAX_HASH = 2000; // longer input is hostile or broken; do not even split it
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NIS = /^\d{5}$/;

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * The query of a hash as name → first value. Our own few lines rather than
 * URLSearchParams, which is a DOM API: the core compiles without the DOM.
 */
function parseQuery(query: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const [k, v] = eq === -1 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
    const key = decode(k.replace(/\+/g, ' '));
    if (!params.has(key)) params.set(key, decode(v.replace(/\+/g, ' ')));
  }
  return params;
}

export function parseHash(hash: string): UrlState {
  if (hash.length > MAX_HASH) return { ...DEFAULT_URL_STATE, route: { kind: 'notFound', path: hash.slice(0, 80) } };
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = q === -1 ? raw : raw.slice(0, q);
  const params = parseQuery(q === -1 ? '' : raw.slice(q + 1));
  const parts = path.split('/').filter(Boolean).map(decode);

  const [first, second = '', ...more] = parts;
  const two = second !== '' && more.length === 0;
  let route: Route;
  if (first === undefined) route = { kind: 'overview' };
  else if (first === 'dekking' && parts.length === 1) route = { kind: 'coverage' };
  else if (first === 'presentatie' && (parts.length === 1 || (two && /^\d{1,3}$/.test(second)))) {
    const step = parts.length === 1 ? 1 : Number(second);
    route = params.get('scherm') === 'console' ? { kind: 'console', step } : { kind: 'presenter', step };
  } else if (first === 'project' && two && SLUG.test(second)) route = { kind: 'project', id: second };
  else if (first === 'gemeente' && two && NIS.test(second)) route = { kind: 'municipality', code: second };
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
    lang: isLang(params.get('taal')) ? (params.get('taal') as Lang) : DEFAULT_LANG,
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
    case 'console':
      return `/presentatie/${route.step}`;
    case 'overview':
    case 'notFound':
      return '/';
  }
}

export function formatHash(state: Pick<UrlState, 'route'> & Partial<UrlState>): string {
  const params = new Map<string, string>();
  if (state.route.kind === 'console') params.set('scherm', 'console');
  if (state.route.kind === 'coverage') {
    for (const key of FILTER_KEYS) if (state.filter?.[key]) params.set(key, state.filter[key]!);
  }
  if (state.boundaries === '2025') params.set('grenzen', '2025');
  if (state.showElz) params.set('elz', '1');
  if (state.lang && state.lang !== DEFAULT_LANG) params.set('taal', state.lang);
  const query = [...params].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
  return `#${routePath(state.route)}${query ? `?${query}` : ''}`;
}

/** Two routes are the same place when they have the same kind and fields. */
export function sameRoute(a: Route, b: Route): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'project':
      return a.id === (b as typeof a).id;
    case 'municipality':
      return a.code === (b as typeof a).code;
    case 'presenter':
    case 'console':
      return a.step === (b as typeof a).step;
    case 'notFound':
      return a.path === (b as typeof a).path;
    case 'overview':
    case 'coverage':
      return true;
  }
}

export function sameFilter(a: Filter, b: Filter): boolean {
  return FILTER_KEYS.every((k) => a[k] === b[k]);
}

/**
 * The fields of `next` that differ by value from `current`, keeping out the rest:
 * a hash parsed anew must not look like a new route or filter to the views (a
 * camera that flies back, a selection announced again).
 */
export function urlChanges(current: UrlState, next: UrlState): Partial<UrlState> {
  const patch: Partial<UrlState> = {};
  if (!sameRoute(current.route, next.route)) patch.route = next.route;
  if (!sameFilter(current.filter, next.filter)) patch.filter = next.filter;
  if (current.lang !== next.lang) patch.lang = next.lang;
  if (current.boundaries !== next.boundaries) patch.boundaries = next.boundaries;
  if (current.showElz !== next.showElz) patch.showElz = next.showElz;
  return patch;
}
