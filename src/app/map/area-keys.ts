// The pilot areas as buttons for the keyboard, over whichever map is shown: one
// SVG path a project, in the list's order, unpainted until it has the focus, when
// its outline shows the focus ring; Enter or Space opens the project. The map host
// owns them, not a renderer, so the tab order, and the focus, stay as they were
// when the WebGL map takes over from the SVG map. They are redrawn at the shown
// map's camera each time it is idle; while it moves, the ring is hidden rather
// than left behind.
import type { MapScene } from '../../core/map-scene';
import type { Camera, Size } from '../../core/camera';
import { screenPath } from '../../core/screen-path';
import { svg } from '../../ui/dom';

export interface AreaKeys {
  readonly element: SVGSVGElement;
  /** The buttons for this scene at this camera; the one with the focus keeps it. */
  draw(scene: MapScene, camera: Camera, size: Size): void;
  /** The map is moving: the ring would no longer lie on its area. */
  moving(): void;
  dispose(): void;
}

export function mountAreaKeys(onActivate: (projectId: string) => void): AreaKeys {
  const root = svg('svg', { class: 'area-keys moving', role: 'group' });
  const buttons = new Map<string, SVGPathElement>();
  // What the buttons were last drawn for: the map is idle after every repaint
  // (a hover too), and the same scene at the same camera needs no new paths.
  let drawnFor = '';
  let drawnLayers: MapScene['layers'] | null = null;
  const onKey = (e: KeyboardEvent) => {
    const id = (e.target as Element).getAttribute('data-project');
    if (!id || (e.key !== 'Enter' && e.key !== ' ')) return;
    e.preventDefault();
    onActivate(id);
  };
  root.addEventListener('keydown', onKey);
  return {
    element: root,
    draw(scene, camera, size) {
      root.classList.remove('moving');
      // The buttons hang on the areas (the layers, kept while the boundaries are), the map's name, the camera and the size.
      const key = `${scene.label}|${camera.center.join()}|${camera.zoom}|${size.width}x${size.height}`;
      if (scene.layers === drawnLayers && key === drawnFor) return;
      drawnLayers = scene.layers;
      drawnFor = key;
      root.setAttribute('viewBox', `0 0 ${size.width} ${size.height}`);
      root.setAttribute('aria-label', scene.label);
      const ids = new Set<string>();
      for (const f of scene.layers.projects.features) {
        const { id, name } = f.properties;
        ids.add(id);
        let p = buttons.get(id);
        if (!p) {
          p = svg('path', { tabindex: '0', role: 'button', 'data-project': id, class: 'area-key' });
          buttons.set(id, p);
        }
        p.setAttribute('aria-label', name);
        p.setAttribute('d', screenPath(f.geometry, camera, size));
        // In the scene's order (the list's), once: a button moved in the page would lose its focus.
        if (p.parentNode !== root) root.append(p);
      }
      for (const [id, p] of buttons)
        if (!ids.has(id)) {
          p.remove();
          buttons.delete(id);
        }
    },
    moving: () => root.classList.add('moving'),
    dispose() {
      root.removeEventListener('keydown', onKey);
      root.remove();
    },
  };
}
