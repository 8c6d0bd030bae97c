// The SVG map's areas and lines as one list, in drawing order, with how each is
// painted: the SVG paths (printouts, images) and the screen's canvas
// (fallback/canvas-paint.ts) are made from the same list, so both show one picture.
// areaShapes(scene) → AreaShape[].
import type { GeoPermissibleObjects } from 'd3-geo';
import type { MapScene } from '../core/map-scene';
import { DIMMED, LINE_WIDTH, byZoom, isDimmed } from '../core/map-scene';
import { COLOURS } from '../core/colours';

/** The SVG map's groups, bottom to top ('hover' is the pointer's tint, drawn as SVG). */
export const LAYERS = ['world', 'base', 'project-fills', 'hover', 'municipalities', 'provinces', 'elz', 'project-outlines', 'selected'] as const;
export type AreaLayer = Exclude<(typeof LAYERS)[number], 'hover'>;

export interface AreaShape {
  layer: AreaLayer;
  geometry: GeoPermissibleObjects;
  fill?: string;
  fillOpacity?: number;
  stroke?: string;
  strokeOpacity?: number;
  /** CSS pixels, whatever the zoom of the paths; none: the layer's width at the zoom (zoomWidths). */
  strokeWidth?: number;
  dash?: [number, number];
  /** A project's area or outline: its id and name. */
  project?: { id: string; name: string };
}

/** The widths of the layers whose lines follow the zoom, as on the WebGL map. */
export function zoomWidths(zoom: number): Partial<Record<AreaLayer, number>> {
  return {
    municipalities: byZoom(zoom, ...(LINE_WIDTH.municipality as [[number, number], [number, number]])),
    provinces: byZoom(zoom, ...(LINE_WIDTH.province as [[number, number], [number, number]])),
  };
}

export function areaShapes(scene: MapScene): AreaShape[] {
  const { layers, context } = scene;
  const shapes: AreaShape[] = [];
  for (const f of context?.areas.features ?? []) {
    const kind = f.properties.kind;
    shapes.push({
      layer: 'world', geometry: f.geometry,
      fill: kind === 'sea' ? COLOURS.sea : kind === 'wallonia' ? COLOURS.wallonia : undefined,
      ...(kind === 'land' ? { stroke: COLOURS.countryLine, strokeWidth: LINE_WIDTH.country } : {}),
    });
  }
  for (const f of layers.vlaanderen.features) shapes.push({ layer: 'base', geometry: f, fill: COLOURS.flanders });
  for (const f of layers.brussel.features) shapes.push({ layer: 'base', geometry: f, fill: COLOURS.brussels });
  for (const f of layers.projects.features) {
    const project = { id: f.properties.id, name: f.properties.name };
    shapes.push({ layer: 'project-fills', geometry: f, fill: f.properties.colour, fillOpacity: isDimmed(scene, project.id) ? DIMMED.fill : 1, project });
  }
  shapes.push({ layer: 'municipalities', geometry: layers.municipalBorders, stroke: COLOURS.municipalityLine });
  for (const f of layers.provincies.features) shapes.push({ layer: 'provinces', geometry: f, stroke: COLOURS.provinceLine });
  if (scene.elz) for (const f of layers.elz.features) shapes.push({ layer: 'elz', geometry: f, stroke: COLOURS.elz, strokeWidth: LINE_WIDTH.elz, dash: [6, 4] });
  for (const f of layers.projects.features) {
    const project = { id: f.properties.id, name: f.properties.name };
    shapes.push({
      layer: 'project-outlines', geometry: f, stroke: COLOURS.projectOutline, strokeOpacity: isDimmed(scene, project.id) ? DIMMED.outline : 1,
      strokeWidth: project.id === scene.selection.projectId ? LINE_WIDTH.projectOutlineSelected : LINE_WIDTH.projectOutline, project,
    });
  }
  const selected = new Set(scene.selection.municipalities);
  for (const f of layers.gemeenten.features) {
    if (selected.has(String(f.properties!.code))) shapes.push({ layer: 'selected', geometry: f, stroke: COLOURS.selected, strokeWidth: LINE_WIDTH.municipalitySelected });
  }
  return shapes;
}
