// The map inspector's answers that follow from the scene, the camera and the plan
// of names, so both renderers answer alike: they draw exactly these (the WebGL map
// with overlap allowed, the SVG map as text). Where on screen a place is, which
// names are drawn and where, what is selected or dimmed, how large names are.
import type { Camera, Size } from './camera';
import { projectPoint } from './camera';
import type { LabelPlan } from './label-plan';
import type { MapInspector } from './map-seam';
import type { LabelKind, MapScene } from './map-scene';
import { LABEL_STYLE, isDimmed, markerRadius } from './map-scene';
import { pointInPolygon } from './geometry';
import type { MultiPolygon, Polygon } from 'geojson';

/** The label layers a test may name (MapLibre's former layer ids), and the kind of name each shows. */
const LAYER_KINDS: Record<string, { kind: LabelKind; dimmed?: boolean }> = {
  'project-labels': { kind: 'project', dimmed: false },
  'spread-labels': { kind: 'project', dimmed: false },
  'project-labels-dimmed': { kind: 'project', dimmed: true },
  'municipality-labels': { kind: 'municipality' },
  'selection-label': { kind: 'selection' },
  'sub-area-labels': { kind: 'experiment' },
  'context-labels': { kind: 'context' },
  'world-labels': { kind: 'world' },
  'elz-labels': { kind: 'elz' },
};

export interface SceneState {
  scene: MapScene;
  camera: Camera;
  size: Size;
  plan: LabelPlan;
  moving: boolean;
}

export function sceneInspector(state: () => SceneState): MapInspector {
  const named = (kind: LabelKind, id: string, text: string) => (kind === 'project' || kind === 'experiment' ? id : text.replace(/\n/g, ' '));
  return {
    project: (p) => { const s = state(); return projectPoint(s.camera, s.size, p); },
    projectAt: (p) => state().scene.layers.projects.features.find((f) => pointInPolygon(p, f.geometry))?.properties.id ?? null,
    municipalityAt: (p) => {
      const f = state().scene.layers.gemeenten.features.find((g) => pointInPolygon(p, g.geometry as Polygon | MultiPolygon));
      return f ? String(f.properties?.code) : null;
    },
    renderedLabels: (layer) => {
      const which = LAYER_KINDS[layer];
      if (!which) return [];
      return [...new Set(state().plan.labels.filter((l) => l.kind === which.kind && (which.dimmed === undefined || l.dimmed === which.dimmed))
        .map((l) => named(l.kind, l.id, l.text)))];
    },
    isMoving: () => state().moving,
    featureState: (source, id) => {
      const { scene } = state();
      return source === 'projects'
        ? { selected: scene.selection.projectId === id, dimmed: isDimmed(scene, id) }
        : { selected: scene.selection.municipalities.includes(id) };
    },
    layoutProperty: (layer, key) => {
      const { scene, camera } = state();
      if (key === 'visibility') return layer.startsWith('elz') ? (scene.elz ? 'visible' : 'none') : 'visible';
      // As a MapLibre size: a number, or an interpolation over the zoom (its stops do not scale).
      if (key === 'text-size' && LAYER_KINDS[layer]) {
        const size = LABEL_STYLE[LAYER_KINDS[layer].kind].size;
        const k = scene.labelScale;
        return typeof size === 'number' ? size * k : ['interpolate', ['linear'], ['zoom'], size[0][0], size[0][1] * k, size[1][0], size[1][1] * k];
      }
      if (key === 'circle-radius' && layer === 'sub-areas') return markerRadius(camera.zoom, scene.labelScale);
      return undefined;
    },
    markers: () => { const s = state(); return s.scene.layers.subAreas.features.map((f) => projectPoint(s.camera, s.size, f.geometry.coordinates as [number, number])); },
    labelsAt: (p) => state().plan.labels
      .filter((l) => p.x >= l.box.x0 && p.x <= l.box.x1 && p.y >= l.box.y0 && p.y <= l.box.y1)
      .map((l) => l.text.replace(/\n/g, ' ')),
  };
}
