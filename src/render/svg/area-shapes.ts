// The SVG map's areas and lines as one list, in drawing order, with how each is
// painted: the paint list (core/map-paint.ts) applied to the scene's features. The
// SVG paths (printouts, images, the page's prerendered map) and the screen's canvas
// (render/svg/canvas-paint.ts) are made from this list, and the WebGL map's style
// from the same paint list, so all of them show one picture.
// areaShapes(scene) → AreaShape[].
import type { GeoPermissibleObjects } from 'd3-geo';
import type { MapScene } from '../../core/map-scene';
import { isDimmed } from '../../core/map-scene';
import {
  MAP_PAINT,
  PAINT_STATES,
  SVG_GROUPS,
  amountAt,
  byState,
  dashPixels,
  type ByState,
  type PaintData,
  type PaintLayer,
  type PaintState,
  type SvgGroup,
} from '../../core/map-paint';

/** The SVG map's groups, bottom to top ('hover' is the pointer's tint, drawn as SVG). */
export const LAYERS = SVG_GROUPS;
export type AreaLayer = Exclude<SvgGroup, 'hover'>;

export interface AreaShape {
  layer: AreaLayer;
  geometry: GeoPermissibleObjects;
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeOpacity?: number;
  /** CSS pixels, whatever the zoom of the paths; none: the layer's width at the zoom (zoomWidths). */
  strokeWidth?: number;
  /** CSS pixels at a whole zoom; times dashScale(zoom) between two (core/map-paint.ts). */
  dash?: [number, number];
  /** A project's area or outline: its id and name. */
  project?: { id: string; name: string };
}

/** The widths of the groups whose lines follow the zoom, as on the WebGL map. */
export function zoomWidths(zoom: number): Partial<Record<AreaLayer, number>> {
  const widths: Partial<Record<AreaLayer, number>> = {};
  for (const p of MAP_PAINT) {
    if (p.group && p.group !== 'hover' && p.line && typeof p.line.width.base !== 'number')
      widths[p.group] = amountAt(p.line.width.base, zoom);
  }
  return widths;
}

interface Painted {
  geometry: GeoPermissibleObjects;
  states?: Partial<Record<PaintState, boolean>>;
  kind?: string;
  project?: { id: string; name: string };
}

/** The scene's features a paint layer's data names, with their states. */
function featuresOf(data: PaintData, scene: MapScene): Painted[] {
  const { layers } = scene;
  switch (data) {
    case 'surroundings':
      return (scene.surroundings?.areas.features ?? []).map((f) => ({ geometry: f.geometry, kind: f.properties.kind }));
    case 'flanders':
      return layers.vlaanderen.features.map((f) => ({ geometry: f }));
    case 'brussels':
      return layers.brussel.features.map((f) => ({ geometry: f }));
    case 'projects':
      return layers.projects.features.map((f) => {
        const project = { id: f.properties.id, name: f.properties.name };
        return {
          geometry: f,
          project,
          states: { dimmed: isDimmed(scene, project.id), selected: project.id === scene.selection.projectId },
        };
      });
    case 'municipalities': {
      const selected = new Set(scene.selection.municipalities);
      return layers.gemeenten.features.map((f) => ({
        geometry: f,
        states: { selected: selected.has(String(f.properties!.code)) },
      }));
    }
    // Every border between two municipalities once: half the lines of each outline.
    case 'municipal-borders':
      return [{ geometry: layers.municipalBorders }];
    case 'provinces':
      return layers.provincies.features.map((f) => ({ geometry: f }));
    // Each zone border once: dashes drawn twice out of step look solid.
    case 'zones':
      return scene.elz ? [{ geometry: layers.elzBorders }] : [];
    default:
      return [];
  }
}

/** An opacity worth writing: one that a state changes, or not 1 (the rest is left out of the markup). */
const varies = (o: ByState<number>) => o.base !== 1 || PAINT_STATES.some((s) => o[s] !== undefined);

/** One feature painted as the layer says, or null where it would paint nothing (a line of width 0, a fill at opacity 0). */
function shapeOf(p: PaintLayer, layer: AreaLayer, f: Painted): AreaShape | null {
  const states = f.states ?? {};
  const shape: AreaShape = { layer, geometry: f.geometry, ...(f.project ? { project: f.project } : {}) };
  if (p.fill) {
    const c = p.fill.colour;
    const colour =
      typeof c === 'string'
        ? c
        : 'property' in c
          ? (f.geometry as { properties?: Record<string, string> }).properties?.[c.property]
          : c.byKind[f.kind ?? ''];
    const opacity = byState(p.fill.opacity, states);
    if (!colour || opacity === 0) return null;
    shape.fill = colour;
    if (varies(p.fill.opacity)) shape.fillOpacity = opacity;
  }
  if (p.line) {
    const width = byState(p.line.width, states);
    if (width === 0) return null;
    shape.stroke = p.line.colour;
    if (varies(p.line.opacity)) shape.strokeOpacity = byState(p.line.opacity, states);
    // A width that follows the zoom is the group's (zoomWidths); a constant one is the shape's.
    if (typeof width === 'number') {
      shape.strokeWidth = width;
      if (p.line.dash) shape.dash = dashPixels(p.line.dash, width);
    }
  }
  return shape;
}

export function areaShapes(scene: MapScene): AreaShape[] {
  const shapes: AreaShape[] = [];
  for (const p of MAP_PAINT) {
    // The pointer's tint is drawn where the pointer is (render/svg/svg-map-view.ts).
    if (!p.group || p.group === 'hover') continue;
    const layer = p.group;
    for (const f of featuresOf(p.data, scene)) {
      if (p.kinds && !p.kinds.includes(f.kind ?? '')) continue;
      const shape = shapeOf(p, layer, f);
      if (shape) shapes.push(shape);
    }
  }
  return shapes;
}
