// What a view asks of the page around the panel, decided without the DOM or a map:
// the page layout, the camera target and selection, which projects a filter dims,
// the document title and the screen-reader announcement.
import type { Bounds } from './geometry';
import type { Selection } from './map-seam';
import type { View } from './resolve';
import type { Route } from './url-state';
import { PRESENTER_LABEL_SCALE } from './presentation';

export type Layout = 'map' | 'coverage' | 'presenter' | 'console';

/** Which page layout a route uses: the map with its panel, a wider panel, presenter mode or the presenter's console. */
export function layoutOf(route: Route): Layout {
  return route.kind === 'coverage' || route.kind === 'presenter' || route.kind === 'console' ? route.kind : 'map';
}

/** Map label size relative to the screen: larger for a projector. */
export function labelScaleOf(route: Route): number {
  return route.kind === 'presenter' ? PRESENTER_LABEL_SCALE : 1;
}

export interface CameraContext {
  flandersBounds: Bounds;
  projectBounds(id: string): Bounds;
  municipalityBounds(codes2017: string[]): Bounds;
  /** The project id of a 2017 municipality, or null. */
  projectIdOf(code2017: string): string | null;
  /** The codes the map's municipality layer uses for some 2017 municipalities. */
  mapCodes(codes2017: string[]): string[];
}

/**
 * Whether the map must show every project's name, none dropped: the presenter's
 * opening and closing steps, which a room reads from afar at whatever size the
 * projector has.
 */
export function showsEveryName(view: View): boolean {
  return view.kind === 'presenter' && view.current.kind === 'overview';
}

export interface CameraTarget {
  selection: Selection;
  bounds: Bounds;
  /** Extra room above the area, in CSS pixels (a municipality's name label). */
  extraTop: number;
}

/** Where the camera goes and what is drawn selected for a view. */
export function cameraTarget(view: View, ctx: CameraContext): CameraTarget {
  const project =
    view.kind === 'project'
      ? view.project
      : view.kind === 'presenter' && view.current.kind === 'project'
        ? view.current.project
        : null;
  if (project) {
    return {
      selection: { projectId: project.id, municipalities: [] },
      bounds: ctx.projectBounds(project.id),
      extraTop: 0,
    };
  }
  if (view.kind === 'municipality') {
    const codes = view.parts.map((m) => m.code);
    return {
      selection: {
        projectId: codes[0] === undefined ? null : ctx.projectIdOf(codes[0]),
        municipalities: ctx.mapCodes(codes),
      },
      bounds: ctx.municipalityBounds(codes),
      extraTop: 60,
    };
  }
  return { selection: { projectId: null, municipalities: [] }, bounds: ctx.flandersBounds, extraTop: 0 };
}

export interface AnnounceWords {
  appTitle: string;
  coverageHeading: string;
  consoleTitle: string;
  overviewAnnounced: string;
  selected(name: string): string;
  outsideName(nl: string, fr: string): string;
}

/**
 * What a view is called, where it has a name of its own: a project, a municipality,
 * a place outside Flanders, the coverage view, the presentation's project on screen.
 * The one rule for the document's title, the announcement, the printout and the image.
 */
export function viewName(view: View, words: Pick<AnnounceWords, 'coverageHeading' | 'outsideName'>): string | null {
  return view.kind === 'project'
    ? view.project.name
    : view.kind === 'municipality'
      ? view.name
      : view.kind === 'outside'
        ? view.names
          ? words.outsideName(view.names.nl, view.names.fr)
          : null
        : view.kind === 'coverage'
          ? words.coverageHeading
          : view.kind === 'presenter' && view.current.kind === 'project'
            ? view.current.project.name
            : null;
}

/** A view's title: its name before the app's, or the app's alone (the console says it is the console). */
export function viewTitle(
  view: View,
  words: Pick<AnnounceWords, 'appTitle' | 'consoleTitle' | 'coverageHeading' | 'outsideName'>,
): string {
  if (view.kind === 'console') return `${words.consoleTitle} — ${words.appTitle}`;
  const name = viewName(view, words);
  return name ? `${name} — ${words.appTitle}` : words.appTitle;
}

/** The document title and the live-region text after the view changed. */
export function announcement(view: View, words: AnnounceWords): { title: string; live: string } {
  // The console announces its steps in its own live region, once: not here too.
  if (view.kind === 'console') return { title: viewTitle(view, words), live: '' };
  const name = viewName(view, words);
  return { title: viewTitle(view, words), live: name ? words.selected(name) : words.overviewAnnounced };
}
