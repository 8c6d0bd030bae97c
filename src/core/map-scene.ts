// The one picture of a view that both renderers draw: which data, what is
// selected and dimmed, which extras are on, and how large lines, markers and names
// are at a zoom. The WebGL map and the SVG map read these numbers from here, so a
// hand-over from one to the other changes nothing on screen.
import type { MapLayers } from './map-layers';
import type { Surroundings } from './surroundings';
import type { Selection } from './map-seam';
import { COLOURS } from './colours';

export interface MapScene {
  layers: MapLayers;
  /** The surroundings (sea, Wallonia, neighbours), once loaded. */
  surroundings: Surroundings | null;
  selection: Selection;
  /** The projects a filter keeps; the others are drawn faint. null: no filter. */
  kept: ReadonlySet<string> | null;
  /** Every project named, none dropped (rows with leader lines where needed). */
  everyName: boolean;
  /** The eerstelijnszones' outlines and names. */
  elz: boolean;
  /** The user's own position, marked by a dot. */
  position: [number, number] | null;
  /** Label, halo and marker size factor: 1 on screen, larger on a projector. */
  labelScale: number;
  /** The accessible name of the map picture. */
  label: string;
}

export const EMPTY_SELECTION = { projectId: null, municipalities: [] };

export const isDimmed = (scene: Pick<MapScene, 'kept'>, projectId: string): boolean =>
  scene.kept !== null && !scene.kept.has(projectId);

/** A value that grows linearly with the zoom between two stops, constant outside them. */
export function byZoom(zoom: number, [z0, v0]: [number, number], [z1, v1]: [number, number]): number {
  const t = Math.min(Math.max((zoom - z0) / (z1 - z0), 0), 1);
  return v0 + t * (v1 - v0);
}

export type LabelKind = 'project' | 'municipality' | 'experiment' | 'selection' | 'brussels' | 'world' | 'elz';

/** How each kind of name is drawn: size at label scale 1, colours, halo. */
export const LABEL_STYLE: Record<
  LabelKind,
  {
    size: number | [[number, number], [number, number]];
    colour: string;
    halo: string;
    haloWidth: number;
    letterSpacing: number;
  }
> = {
  project: {
    size: [
      [7, 13],
      [10, 18],
    ],
    colour: '#111111',
    halo: '#ffffff',
    haloWidth: 2.2,
    letterSpacing: 0,
  },
  municipality: { size: 12, colour: '#2d332d', halo: '#ffffff', haloWidth: 1.5, letterSpacing: 0 },
  experiment: { size: 12, colour: '#111111', halo: '#ffffff', haloWidth: 2, letterSpacing: 0 },
  selection: { size: 15, colour: COLOURS.selected, halo: '#ffffff', haloWidth: 2.5, letterSpacing: 0 },
  brussels: { size: 12, colour: '#4f574f', halo: '#ffffff', haloWidth: 1, letterSpacing: 0.05 },
  world: { size: 13, colour: COLOURS.surroundingsLabel, halo: COLOURS.background, haloWidth: 1, letterSpacing: 0.12 },
  elz: { size: 11, colour: COLOURS.elz, halo: '#ffffff', haloWidth: 1.5, letterSpacing: 0 },
};

/** A name's text size in CSS pixels at a zoom and label scale. */
export function labelSize(kind: LabelKind, zoom: number, scale: number): number {
  const size = LABEL_STYLE[kind].size;
  return (typeof size === 'number' ? size : byZoom(zoom, size[0], size[1])) * scale;
}

/** The font both maps draw names in: MapLibre's local glyphs use this family when the style has no glyph server. */
export const LABEL_FONT = '"Open Sans", "Arial Unicode MS", sans-serif';
/** Line height of a wrapped name, in ems (MapLibre's text-line-height default). */
export const LINE_HEIGHT = 1.2;
/** Municipality names, experiment labels and zone names show from this zoom on. */
export const DETAIL_ZOOM = 9;
