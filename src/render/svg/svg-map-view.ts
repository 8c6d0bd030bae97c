// The map as SVG with d3-geo: the first map on screen (it needs no WebGL and no
// worker, so it shows as soon as a plain chart would), the map without WebGL, and
// the map of printouts and images. It draws the scene (core/map-scene.ts) at the
// camera (core/camera.ts) with the names of the plan (core/label-plan.ts), the
// same three inputs as the WebGL map, so both show the same picture. Clicks pick
// a municipality; each pilot area is also a focusable button for the keyboard.
// The picture: render/svg/svg-picture.ts; the pointer: render/svg/svg-pointer.ts.
import type { MapSetup, MapView, MapViewEvents, Padding } from '../map-view';
import { fitCamera, type Size } from '../../core/camera';
import type { Bounds } from '../../core/geometry';
import { SvgPicture } from './svg-picture';
import { watchPointer } from './svg-pointer';
import { snapshotSvg } from './svg-snapshot';
import { svgInspector } from './svg-inspector';

export interface SvgMapView extends MapView {
  /** The map as drawn, at `pixelRatio` × its CSS size (for the PNG export). */
  snapshot(pixelRatio: number): Promise<HTMLCanvasElement>;
}

export interface SvgMapViewOptions extends MapSetup {
  /** Where areas and lines are painted: SVG paths (printouts, images: vector), or a canvas of the CPU's under the SVG (the screen). */
  paint?: 'svg' | 'canvas';
}

export function createSvgMapView(opts: SvgMapViewOptions, events: MapViewEvents): SvgMapView {
  const { container } = opts;
  // The container's size, read once and again only after resize(): each read after
  // a change to the page forces a layout (20 ms a time before the first map).
  let known: Size | null = null;
  const size = () =>
    (known ??= { width: Math.max(container.clientWidth, 200), height: Math.max(container.clientHeight, 200) });
  const picture = new SvgPicture(container, opts.paint === 'canvas');
  let scene = opts.scene;
  let camera = opts.camera;
  let padding: Padding = opts.padding ?? { top: 0, right: 0, bottom: 0, left: 0 };
  const moves: number[] = [];
  // Each answers with an idle: the map has drawn what it was asked.
  const draw = () => {
    picture.draw({ scene, camera, size: size(), padding });
    events.onIdle();
  };
  const place = () => {
    picture.place({ scene, camera, size: size(), padding });
    events.onIdle();
  };
  const stopPointer = watchPointer(container, picture, { scene: () => scene, camera: () => camera, size }, events);

  picture.title.textContent = scene.label;
  draw();

  return {
    kind: 'svg',
    draw(next) {
      const prev = scene;
      if (next === prev) return events.onIdle();
      scene = next;
      picture.title.textContent = next.label;
      if (next.selection !== prev.selection) events.onHover(null, { x: 0, y: 0 });
      // Names and markers alone are cheap to redo; everything else redraws the paths.
      const pathsSame =
        next.layers === prev.layers &&
        next.surroundings === prev.surroundings &&
        next.kept === prev.kept &&
        next.elz === prev.elz &&
        next.selection.projectId === prev.selection.projectId &&
        next.selection.municipalities.join() === prev.selection.municipalities.join();
      if (pathsSame) place();
      else draw();
    },
    fit(bounds: Bounds, options) {
      padding = options.padding;
      camera = fitCamera(bounds, size(), padding);
      moves.push(1);
      if (moves.length > 100) moves.shift();
      place();
    },
    camera: () => camera,
    inspect: () =>
      svgInspector(() => ({ scene, camera, size: size(), plan: picture.plan, overlay: picture.overlay, moves })),
    resize: () => {
      known = null;
      place();
    },
    snapshot: (pixelRatio) => snapshotSvg(picture.svg, size(), pixelRatio, picture.canvas?.canvas),
    destroy() {
      stopPointer();
      picture.remove();
    },
  };
}
