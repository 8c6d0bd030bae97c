// The MapLibre implementation of MapView: the only module that touches maplibre-gl.
// It draws the scene at the camera with the plan's names, exactly as the SVG map
// does (see src/render/map-view.ts); what it adds is WebGL speed for panning and zooming.
import {
  Map as MlMap,
  NavigationControl,
  setWorkerUrl,
  type MapMouseEvent,
  type GeoJSONSource,
  type StyleSpecification,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import type { MapSetup, MapView, MapViewEvents, Padding } from '../map-view';
import type { Bounds } from '../../core/geometry';
import type { MapScene } from '../../core/map-scene';
import { fitCamera, FIT_MAX_ZOOM, ZOOM_RANGE, type Camera } from '../../core/camera';
import { planKey, planLabels, type LabelPlan } from '../../core/label-plan';
import { measureText } from '../../core/text-widths';
import { buildSurroundingsLayers, buildStyle, landSource, elzSource, planSource } from './style';
import { syncFeatureState } from './feature-state';
import { maplibreInspector } from './inspector';
import { holdFrames } from './held-frames';
import { gateRepaints } from './click-repaint';
import { afterNextPaint } from '../after-paint';

// MapLibre 6 ships ES modules only; its worker must be pointed at explicitly. The
// single-file build carries the worker's code inline and starts it from a blob.
setWorkerUrl(
  import.meta.env.VITE_SINGLE_FILE
    ? URL.createObjectURL(
        new Blob([(await import('maplibre-gl/dist/maplibre-gl-worker.mjs?raw')).default], { type: 'text/javascript' }),
      )
    : (await import('maplibre-gl/dist/maplibre-gl-worker.mjs?url')).default,
);

export interface MapViewOptions extends MapSetup {
  maxBounds: Bounds;
  basemapTiles?: string;
}

export function createMapView(opts: MapViewOptions, events: MapViewEvents): MapView {
  const { container } = opts;
  const size = () => ({ width: container.clientWidth, height: container.clientHeight });
  let scene = opts.scene;
  let padding: Padding = opts.padding ?? { top: 0, right: 0, bottom: 0, left: 0 };
  let plan: LabelPlan = planLabels(scene, { camera: opts.camera, size: size(), padding }, measureText);
  const map = newMap(opts, buildStyle(scene, plan, opts.basemapTiles));
  const canvas = map.getCanvas();
  // Out of sight, the map does all of its frames but the drawing until its first
  // idle; then it draws one, and the host hears its idle once the GPU has done it (./held-frames.ts).
  const frames = opts.outOfSight ? holdFrames(canvas, map) : null;
  // A click's panel reaches the screen before the map's repaint after the click (./click-repaint.ts).
  const repaints = gateRepaints(map, afterNextPaint);
  const onRelease = () => {
    if (!map.isMoving()) repaints.holdThroughNextPaint();
  };
  canvas.addEventListener('pointerup', onRelease);
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', scene.label);
  const camera = (): Camera => ({ center: map.getCenter().toArray() as [number, number], zoom: map.getZoom() });

  // setData answers with a promise; a failure is a map error like any other.
  const setSource = (id: string, data: FeatureCollection) => {
    (map.getSource(id) as GeoJSONSource | undefined)
      ?.setData(data)
      .catch((e: unknown) => events.onError(`source ${id}: ${e instanceof Error ? e.message : String(e)}`));
  };
  /** Names for a camera (the one flown to, or where the user left it): new data only when they move. */
  const replan = (at: Camera = camera()) => {
    const next = planLabels(scene, { camera: at, size: size(), padding }, measureText);
    if (planKey(next) === planKey(plan) && next.labels.length === plan.labels.length) return;
    plan = next;
    setSource('plan', planSource(plan, scene));
  };

  const load = afterLoad(map);
  const whenLoaded = load.when;
  const states = syncFeatureState(map, () => scene);
  whenLoaded(() => states.apply(null));
  // Before 'load' the style has no sources yet: the first draw after it plans the names.
  const onIdle = () => (frames ? frames.idle(events.onIdle) : events.onIdle());
  const watched = watchMap(map, { ...events, onIdle }, () => {
    if (load.done()) replan();
  });
  map.once('render', () => performance.mark('gbo:map-first-render'));

  const view: MapView = {
    kind: 'webgl',
    draw(next) {
      const prev = scene;
      scene = next;
      canvas.setAttribute('aria-label', next.label);
      whenLoaded(() => {
        applyScene(map, next, prev, setSource);
        // setData drops feature state: restore selection and dimming from scratch then.
        states.apply(next.layers !== prev.layers ? null : prev);
        if (next.position !== prev.position || next.labelScale !== prev.labelScale)
          setSource('plan', planSource(plan, next));
        replan();
        // A frame even when nothing changed: it ends in 'idle', which whoever waits on the map hears.
        map.triggerRepaint();
      });
    },
    fit(bounds, { padding: p, animate }) {
      padding = p;
      const target = fitCamera(bounds, size(), p, FIT_MAX_ZOOM);
      // Names go where they belong at the end of the flight, placed before it.
      whenLoaded(() => replan(target));
      if (animate) map.flyTo({ center: target.center, zoom: target.zoom, duration: 900 });
      else map.jumpTo({ center: target.center, zoom: target.zoom });
      // A fit to where the camera already is moves nothing and draws nothing; a
      // frame drawn anyway ends in 'idle', so whoever waits on the map hears it.
      map.triggerRepaint();
    },
    camera,
    inspect: () => maplibreInspector(map, () => scene, watched.moves),
    resize() {
      map.resize();
      whenLoaded(() => replan());
    },
    destroy() {
      canvas.removeEventListener('pointerup', onRelease);
      repaints.dispose();
      watched.dispose();
      map.remove();
    },
  };
  if (scene.surroundings) view.draw(scene);
  return view;
}

/**
 * Style calls wait for the first 'load' only. Not map.isStyleLoaded(): that is
 * false again while any source reloads (after setData), and 'load' never fires a
 * second time, so a change made then was lost.
 */
function afterLoad(map: MlMap): { when(fn: () => void): void; done(): boolean } {
  let loaded = false;
  const pending: (() => void)[] = [];
  map.once('load', () => {
    loaded = true;
    performance.mark('gbo:map-load');
    for (const fn of pending.splice(0)) fn();
  });
  return {
    when: (fn) => {
      if (loaded) fn();
      else pending.push(fn);
    },
    done: () => loaded,
  };
}

/** The MapLibre map at the setup's camera, with the app's limits: no rotation, no pitch, its own attribution. */
function newMap(opts: MapViewOptions, style: StyleSpecification): MlMap {
  const map = new MlMap({
    container: opts.container,
    style,
    center: opts.camera.center,
    zoom: opts.camera.zoom,
    maxBounds: opts.maxBounds,
    minZoom: ZOOM_RANGE.min,
    maxZoom: ZOOM_RANGE.max,
    attributionControl: false, // the app shows the data attribution in its own footer
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  return map;
}

/** What changed in the scene, as new data, layout and layers (the feature state and the names are the caller's). */
function applyScene(
  map: MlMap,
  next: MapScene,
  prev: MapScene,
  setSource: (id: string, data: FeatureCollection) => void,
): void {
  if (next.layers !== prev.layers) {
    setSource('land', landSource(next.layers));
  }
  if (next.layers !== prev.layers || next.elz !== prev.elz) {
    setSource('elz', elzSource(next.layers, next.elz));
    map.setLayoutProperty('elz-line', 'visibility', next.elz ? 'visible' : 'none');
  }
  // (Also when the first scene came with them: the style starts without them.)
  if (next.surroundings && (next.surroundings !== prev.surroundings || !map.getSource('world'))) {
    const data: FeatureCollection = next.surroundings.areas;
    if (map.getSource('world')) setSource('world', data);
    else {
      // Faint surroundings: coarse tiles are enough, and cheaper to make.
      map.addSource('world', { type: 'geojson', data, buffer: 16, maxzoom: 8, tolerance: 0.5 });
      for (const layer of buildSurroundingsLayers()) map.addLayer(layer, 'vlaanderen-fill');
    }
  }
}

/**
 * The map's events as the host hears them: the pointer (pick, hover tint, tooltip),
 * errors, a lost context, idle and busy; and each camera move, counted in the frames
 * it took (a jump takes one), for the inspector: whether a move flew or jumped is
 * MapLibre's to say, not the app's. `onMoved` after each move.
 */
function watchMap(map: MlMap, events: MapViewEvents, onMoved: () => void): { moves: number[]; dispose(): void } {
  const canvas = map.getCanvas();
  let hovered: string | null = null;
  const codeAt = (e: MapMouseEvent): string | null => {
    const f = map.queryRenderedFeatures(e.point, { layers: ['gemeenten-fill'] })[0];
    return f ? String(f.properties.code) : null;
  };
  const setHover = (code: string | null) => {
    if (hovered === code) return;
    if (hovered) map.setFeatureState({ source: 'land', id: hovered }, { hover: false });
    hovered = code;
    if (code) map.setFeatureState({ source: 'land', id: code }, { hover: true });
  };
  const onMove = (e: MapMouseEvent) => {
    const code = codeAt(e);
    setHover(code);
    canvas.style.cursor = code ? 'pointer' : '';
    events.onHover(code, e.point);
  };
  const onLeave = () => {
    setHover(null);
    events.onHover(null, { x: 0, y: 0 });
  };
  const onClick = (e: MapMouseEvent) => {
    const code = codeAt(e);
    if (code) events.onPick(code);
  };
  const onError = (e: { error?: { message?: string } }) => events.onError(e.error?.message ?? 'unknown map error');
  const moves: number[] = [];
  let frames = 0;
  // The camera moves under a still pointer: what the tooltip names is no longer there.
  const onMoveStart = () => {
    frames = 0;
    events.onBusy();
    onLeave();
  };
  const onMoveEnd = () => {
    moves.push(frames);
    if (moves.length > 100) moves.shift();
    onMoved();
  };
  const handlers = [
    ['mousemove', onMove],
    ['mouseout', onLeave],
    ['click', onClick],
    ['error', onError],
    ['webglcontextlost', () => events.onContextLost()],
    ['idle', () => events.onIdle()],
    ['movestart', onMoveStart],
    [
      'move',
      () => {
        frames++;
      },
    ],
    ['moveend', onMoveEnd],
    ['dataloading', () => events.onBusy()],
  ] as const;
  for (const [type, fn] of handlers) map.on(type, fn as () => void);
  return {
    moves,
    dispose: () => {
      for (const [type, fn] of handlers) map.off(type, fn as () => void);
    },
  };
}
