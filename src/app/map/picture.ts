// The picture of a state: the scene both renderers draw and where the camera goes.
// One function for the screen, the printout and the image, so all three agree.
// Layers are built once per boundaries and language, the surroundings once per
// language.
import type { AppState } from '../../core/app-state';
import type { GeoData } from '../../core/geo-data';
import type { Lookup } from '../../core/lookup';
import type { View } from '../../core/resolve';
import type { ProjectsDoc } from '../../core/types';
import type { MapScene } from '../../core/map-scene';
import { buildMapLayers, mapCodes, municipalityBounds, type MapLayers } from '../../core/map-layers';
import type { StoredShapes } from '../../core/map-shapes';
import { matchesFilter } from '../../core/coverage';
import { cameraTarget, labelScaleOf, showsEveryName, type CameraTarget } from '../../core/view-effects';
import { parseSurroundings, type Surroundings } from '../../core/surroundings';
import { strings } from '../../i18n';

export interface MapPicture {
  scene: MapScene;
  target: CameraTarget;
}

export interface PictureDeps {
  doc: ProjectsDoc;
  geo: GeoData;
  lookup: Lookup;
  view(state: AppState): View;
  /** The shapes the build computed (core/map-shapes.ts); the page's own by default. The build's prerender passes its own. */
  shapes?: StoredShapes | null;
}

export interface Pictures {
  of(state: AppState): MapPicture;
  /** The surroundings' topology, once loaded: every later picture includes them. */
  setSurroundings(raw: unknown): void;
  bounds(state: AppState, projectId: string): CameraTarget['bounds'];
}

export function createPictures({ doc, geo, lookup, view, shapes }: PictureDeps): Pictures {
  const layerCache = new Map<string, MapLayers>();
  const layersFor = (s: AppState) => {
    const key = `${s.boundaries}|${s.lang}`; // labels are worded per language
    let layers = layerCache.get(key);
    if (!layers) {
      layers = buildMapLayers(
        geo,
        doc,
        { experiment: strings[s.lang].experimentLabel, brussels: strings[s.lang].brussels },
        s.boundaries,
        shapes !== undefined ? shapes : __MAP_SHAPES__,
      );
      layerCache.set(key, layers);
    }
    return layers;
  };
  const bounds = (s: AppState, id: string) => {
    const b = layersFor(s).projectBounds.get(id);
    if (!b) throw new Error(`no area for project "${id}"`);
    return b;
  };
  let raw: unknown = null;
  const surroundingsCache = new Map<string, Surroundings>();
  const surroundingsFor = (s: AppState): Surroundings | null => {
    if (raw === null) return null;
    let surroundings = surroundingsCache.get(s.lang);
    if (!surroundings)
      surroundingsCache.set(s.lang, (surroundings = parseSurroundings(raw, strings[s.lang].surroundingsNames)));
    return surroundings;
  };
  const keptFor = keptProjects(doc);
  let lastSelection: MapScene['selection'] | null = null;

  return {
    of(s) {
      const v = view(s);
      const target = cameraTarget(v, {
        flandersBounds: layersFor(s).flandersBounds,
        projectBounds: (id) => bounds(s, id),
        municipalityBounds: (codes) => municipalityBounds(geo, codes),
        projectIdOf: (code) => lookup.projectOf(code)?.id ?? null,
        mapCodes: (codes) => mapCodes(geo, codes, s.boundaries),
      });
      // The same selection by value is the same object: nothing to redraw.
      const sel = target.selection;
      if (
        !lastSelection ||
        lastSelection.projectId !== sel.projectId ||
        lastSelection.municipalities.join() !== sel.municipalities.join()
      )
        lastSelection = sel;
      return {
        target: { ...target, selection: lastSelection },
        scene: {
          layers: layersFor(s),
          surroundings: surroundingsFor(s),
          selection: lastSelection,
          kept: keptFor(s),
          everyName: showsEveryName(v),
          elz: s.showElz,
          position: s.located?.position ?? null,
          labelScale: labelScaleOf(s.route),
          label: strings[s.lang].mapLabel(doc.projects.length),
        },
      };
    },
    setSurroundings(next) {
      raw = next;
      surroundingsCache.clear();
    },
    bounds,
  };
}

/** The projects a state's filter keeps, or null: equal sets are the same object, so a renderer sees "unchanged". */
function keptProjects(doc: ProjectsDoc): (s: AppState) => ReadonlySet<string> | null {
  let kept: { key: string; set: ReadonlySet<string> | null } = { key: '', set: null };
  return (s) => {
    const filtered = s.route.kind === 'coverage' && Object.keys(s.filter).length > 0;
    const ids = filtered ? doc.projects.filter((p) => matchesFilter(p, s.filter)).map((p) => p.id) : null;
    const key = ids ? ids.join() : '';
    if (key !== kept.key) kept = { key, set: ids ? new Set(ids) : null };
    return kept.set;
  };
}
