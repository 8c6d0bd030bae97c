// The inspector's answers that follow from the scene and the plan of names alone,
// for the renderer that draws exactly these (the SVG map) and for the one answer
// that is about the app's state rather than the drawing (`sceneSelection`).
// What MapLibre drew is asked of MapLibre (src/render/maplibre/inspector.ts).
import type { LabelPlan } from './label-plan';
import type { ScreenPoint } from './map-seam';
import type { MapScene } from './map-scene';
import { isDimmed } from './map-scene';
import { pointInPolygon } from './geometry';
import type { MultiPolygon, Polygon } from 'geojson';

/** What the scene asks the map to show selected and dimmed: the app's state, not the drawing. */
export function sceneSelection(
  scene: MapScene,
  source: 'projects' | 'gemeenten',
  id: string,
): { selected: boolean; dimmed: boolean } {
  return source === 'projects'
    ? { selected: scene.selection.projectId === id, dimmed: isDimmed(scene, id) }
    : { selected: scene.selection.municipalities.includes(id), dimmed: false };
}

/** The project whose area in the scene holds (lon, lat), or null. */
export const sceneProjectAt = (scene: MapScene, p: [number, number]): string | null =>
  scene.layers.projects.features.find((f) => pointInPolygon(p, f.geometry))?.properties.id ?? null;

/** The municipality whose area in the scene holds (lon, lat), or null. */
export function sceneMunicipalityAt(scene: MapScene, p: [number, number]): string | null {
  const f = scene.layers.gemeenten.features.find((g) => pointInPolygon(p, g.geometry as Polygon | MultiPolygon));
  return f ? String(f.properties?.code) : null;
}

/** The names whose planned box holds a screen point (the SVG map draws each name centred in its box). */
export const plannedLabelsAt = (plan: LabelPlan, p: ScreenPoint): string[] =>
  plan.labels
    .filter((l) => p.x >= l.box.x0 && p.x <= l.box.x1 && p.y >= l.box.y0 && p.y <= l.box.y1)
    .map((l) => l.text.replace(/\n/g, ' '));
