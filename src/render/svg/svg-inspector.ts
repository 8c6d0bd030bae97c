// The SVG map's answers to the inspector (core/map-seam.ts), read from the
// elements it drew where it drew them (names, markers), and from the scene for
// hit-testing, since its areas are the scene's polygons at its own camera.
import type { MapInspector } from '../../core/map-seam';
import type { MapScene } from '../../core/map-scene';
import type { LabelPlan } from '../../core/label-plan';
import { projectPoint, type Camera, type Size } from '../../core/camera';
import { plannedLabelsAt, sceneMunicipalityAt, sceneProjectAt, sceneSelection } from '../../core/scene-inspector';
import { drawnLabels } from './svg-draw';

export interface SvgDrawing {
  scene: MapScene;
  camera: Camera;
  size: Size;
  plan: LabelPlan;
  /** The group that holds the names and markers it drew. */
  overlay: Element;
  /** One entry a camera change: the SVG map never animates, every move is a jump. */
  moves: number[];
}

export function svgInspector(drawing: () => SvgDrawing): MapInspector {
  return {
    project: (p) => {
      const d = drawing();
      return projectPoint(d.camera, d.size, p);
    },
    zoom: () => drawing().camera.zoom,
    projectAt: (p) => sceneProjectAt(drawing().scene, p),
    municipalityAt: (p) => sceneMunicipalityAt(drawing().scene, p),
    drawnLabels: () => drawnLabels(drawing().overlay),
    labelsAt: (p) => plannedLabelsAt(drawing().plan, p),
    markers: () =>
      [...drawing().overlay.querySelectorAll('.marks circle.experiment-marker')].map((c) => ({
        x: Number(c.getAttribute('cx')),
        y: Number(c.getAttribute('cy')),
      })),
    drawnFeature: () => null,
    drawnCount: () => null,
    isMoving: () => false,
    cameraMoves: () => [...drawing().moves],
    sceneSelection: (source, id) => sceneSelection(drawing().scene, source, id),
  };
}
