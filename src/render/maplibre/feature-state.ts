// Selection and dimming on the WebGL map are feature state (no new data for the
// worker): which project is selected or faint, which municipalities are outlined.
// Both are in the land source, keyed by project id and municipality code (./style.ts).
import type { Map as MlMap } from 'maplibre-gl';
import type { MapScene } from '../../core/map-scene';
import { isDimmed } from '../../core/map-scene';

export function syncFeatureState(map: MlMap, scene: () => MapScene): { apply(prev: MapScene | null): void } {
  return {
    /** Sets what differs from `prev`; everything when prev is null (after new data, which drops all state). */
    apply(prev) {
      const next = scene();
      for (const f of next.layers.projects.features) {
        const id = f.properties.id;
        const selected = id === next.selection.projectId,
          dimmed = isDimmed(next, id);
        if (!prev || selected !== (id === prev.selection.projectId) || dimmed !== isDimmed(prev, id)) {
          map.setFeatureState({ source: 'land', id }, { selected, dimmed });
        }
      }
      const was = new Set(prev?.selection.municipalities ?? []);
      const now = new Set(next.selection.municipalities);
      for (const code of was)
        if (!now.has(code)) map.setFeatureState({ source: 'land', id: code }, { selected: false });
      for (const code of now) if (!was.has(code)) map.setFeatureState({ source: 'land', id: code }, { selected: true });
    },
  };
}
