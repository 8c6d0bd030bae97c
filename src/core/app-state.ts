import { parseHash, type UrlState } from './url-state';
import type { SortKey } from './coverage';
import type { OutsideTable } from './outside';
import type { LinkStatus, Role } from './presenter-sync';

export interface AppState extends UrlState {
  /** Whether a route change should move keyboard focus into the panel. */
  focus: 'panel' | 'none';
  /** The village or place name the user searched for, shown in the answer. */
  placeName: string | null;
  /**
   * The user's position after "Gebruik mijn locatie" ([longitude, latitude]) and
   * the municipality it lies in: the answer shown comes from it. Null once the
   * user goes elsewhere.
   */
  located: { position: [number, number]; code: string } | null;
  /** Brussels and Walloon municipalities, from the place index once it has loaded. */
  outside: OutsideTable | null;
  /** Why the place index could not be loaded (it names the file), or null. */
  placesFailed: string | null;
  /**
   * Presenter mode's black screen (not in the URL: a reload should not come back
   * to a black screen). Shared with the presenter's console.
   */
  blank: boolean;
  /** Whether the slide and the presenter's console reach each other. */
  link: LinkStatus;
  /** Sort order of the coverage table (not in the URL: a view preference). */
  sort: { key: SortKey; dir: 'ascending' | 'descending' };
}

/** Which presentation window this page is, if one: the slide or the presenter's console. */
export const presenterRole = (s: Pick<AppState, 'route'>): Role | null =>
  s.route.kind === 'presenter' ? 'slide' : s.route.kind === 'console' ? 'console' : null;

/**
 * The state's own rules, kept on every change (the store's `settle`):
 * - the user's position belongs to the answer it gave, so going anywhere else drops it;
 * - the link between the slide and the console is that window's: a page that stops
 *   being one, or becomes the other, starts alone (app/present/presenter-link.ts says the rest).
 */
export function settleState(next: AppState, previous: AppState): AppState {
  let settled = next;
  const stillThere = next.route.kind === 'municipality' && next.route.code === next.located?.code;
  if (next.located && next.route !== previous.route && !stillThere) settled = { ...settled, located: null };
  if (next.link !== 'alone' && presenterRole(next) !== presenterRole(previous)) settled = { ...settled, link: 'alone' };
  return settled;
}

/** The state a page starts in: the view its hash names, nothing searched or located yet. */
export function initialState(hash: string): AppState {
  return {
    ...parseHash(hash),
    focus: 'none',
    placeName: null,
    located: null,
    outside: null,
    placesFailed: null,
    blank: false,
    link: 'alone',
    sort: { key: 'name', dir: 'ascending' },
  };
}
