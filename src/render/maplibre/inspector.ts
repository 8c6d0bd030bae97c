// The WebGL map's answers to the inspector (core/map-seam.ts), asked of MapLibre
// itself: what it rendered (queryRenderedFeatures), with the paint and layout it
// evaluated for each feature (its feature state, the camera's zoom), and its
// camera. Never the app's plan: a test that reads these fails when MapLibre draws
// something else than the app meant, which is what such a test is for.
import type { Map as MlMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { DrawnLabel, MapInspector } from '../../core/map-seam';
import type { MapScene } from '../../core/map-scene';
import { sceneSelection } from '../../core/scene-inspector';

/** The style's layer of names (style.ts): every name of the plan, as one symbol layer. */
const LABELS = 'plan-labels';

// The paint and layout MapLibre evaluated for this feature (feature_index.ts).
const evaluated = (f: MapGeoJSONFeature) => ({
  paint: { ...(f.layer.paint as Record<string, unknown> | undefined) },
  layout: { ...(f.layer.layout as Record<string, unknown> | undefined) },
});

const asLabel = (f: MapGeoJSONFeature): DrawnLabel => ({
  kind: String(f.properties.labelKind),
  id: String(f.properties.labelId),
  text: String(f.properties.text).replace(/\n/g, ' '),
  size: Number(evaluated(f).layout['text-size']),
  opacity: Number(evaluated(f).paint['text-opacity'] ?? 1),
});

export function maplibreInspector(map: MlMap, scene: () => MapScene, moves: readonly number[]): MapInspector {
  /** What a layer draws on screen now: nothing when it is hidden at this zoom. */
  const drawn = (layer: string): MapGeoJSONFeature[] => {
    const style = map.getLayer(layer);
    if (!style || style.isHidden(map.getZoom())) return [];
    return map.queryRenderedFeatures({ layers: [layer] });
  };
  // A feature that crosses tile edges comes once a tile: one answer for each.
  const unique = <T>(items: T[], key: (t: T) => string) => [...new Map(items.map((t) => [key(t), t])).values()];
  return {
    project: (p) => map.project(p),
    zoom: () => map.getZoom(),
    projectAt: (p) => {
      const id: unknown = map.queryRenderedFeatures(map.project(p), { layers: ['project-fill'] })[0]?.properties.id;
      return typeof id === 'string' ? id : null;
    },
    municipalityAt: (p) => {
      const code: unknown = map.queryRenderedFeatures(map.project(p), { layers: ['gemeenten-fill'] })[0]?.properties
        .code;
      return code === undefined ? null : String(code);
    },
    drawnLabels: () => unique(drawn(LABELS).map(asLabel), (l) => `${l.kind}|${l.id}|${l.text}`),
    labelsAt: (p) => map.queryRenderedFeatures([p.x, p.y], { layers: [LABELS] }).map((f) => asLabel(f).text),
    markers: () =>
      unique(drawn('sub-areas'), (f) => JSON.stringify((f.geometry as GeoJSON.Point).coordinates)).map((f) =>
        map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]),
      ),
    drawnFeature: (layer, id) => {
      const f = drawn(layer).find((g) => String(g.id) === id);
      return f ? evaluated(f) : null;
    },
    drawnCount: (layer) => (map.getLayer(layer) ? drawn(layer).length : null),
    isMoving: () => map.isMoving(),
    cameraMoves: () => [...moves],
    sceneSelection: (source, id) => sceneSelection(scene(), source, id),
  };
}
