// The MapLibre implementation of MapView: the only module that touches maplibre-gl.
import { Map as MlMap, NavigationControl, setWorkerUrl, type MapMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { MapInspector, MapView, MapViewEvents, Selection } from '../map-view';
import type { Bounds } from '../core/geometry';
import { buildContextLayers, buildLayers, buildSelectionLayer, buildPositionLayer, buildSpreadLayers, projectLabelSize, MARKER_RADIUS, LABEL_FONT, buildStyle, composeSources, elzSource, ELZ_LAYERS, SCALED_PROPERTIES, type StyleSources } from './style';
import type { DataDrivenPropertyValueSpecification, GeoJSONSource } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { placeLabels, type Box } from '../core/label-placement';

type Sizes = Record<string, DataDrivenPropertyValueSpecification<number>>;

// MapLibre 6 ships ES modules only; its worker must be pointed at explicitly. The
// single-file build carries the worker's code inline and starts it from a blob.
setWorkerUrl(import.meta.env.VITE_SINGLE_FILE
  ? URL.createObjectURL(new Blob([(await import('maplibre-gl/dist/maplibre-gl-worker.mjs?raw')).default], { type: 'text/javascript' }))
  : (await import('maplibre-gl/dist/maplibre-gl-worker.mjs?url')).default);

export interface MapViewOptions {
  container: HTMLElement;
  sources: StyleSources;
  initialBounds: Bounds;
  maxBounds: Bounds;
  /** The accessible name of the map picture. */
  label: string;
  /** The label scale to draw with from the start (see setLabelScale). */
  labelScale: number;
  basemapTiles?: string;
}

export function createMapView(opts: MapViewOptions, events: MapViewEvents): MapView {
  const map = new MlMap({
    container: opts.container,
    style: buildStyle(opts.sources, opts.basemapTiles, opts.labelScale),
    bounds: opts.initialBounds,
    fitBoundsOptions: { padding: 16 },
    maxBounds: opts.maxBounds,
    // Low enough to fit the whole of Flanders on a 360 px phone.
    minZoom: 5,
    maxZoom: 12,
    attributionControl: false, // the app shows the data attribution in its own footer
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  });
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');

  let labelScale = opts.labelScale;
  const canvas = map.getCanvas();
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', opts.label);

  let hovered: string | null = null;
  let selection: Selection = { projectId: null, municipalities: [] };

  const setHover = (code: string | null) => {
    if (hovered === code) return;
    if (hovered) map.setFeatureState({ source: 'gemeenten', id: hovered }, { hover: false });
    hovered = code;
    if (code) map.setFeatureState({ source: 'gemeenten', id: code }, { hover: true });
  };
  const codeAt = (e: MapMouseEvent): string | null => {
    const f = map.queryRenderedFeatures(e.point, { layers: ['gemeenten-fill'] })[0];
    return f ? String(f.properties.code) : null;
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

  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('click', onClick);
  map.on('error', onError);
  const onLost = () => events.onContextLost();
  map.on('webglcontextlost', onLost);
  // Browser tests and the benchmark wait on this instead of sleeping.
  let firstIdle = true;
  const onIdle = () => {
    // Names placed by the app follow the camera: still busy while they are drawn.
    if (spread && placeSpread()) return;
    // The benchmark's mark: the first complete map (the surroundings come after it).
    if (firstIdle) performance.mark('gbo:map-idle');
    firstIdle = false;
    opts.container.dataset.mapState = 'idle';
  };

  // Spread names (spreadLabels): measured with the font MapLibre draws local
  // glyphs with, placed around their points, redrawn only when they move.
  let spread = false;
  let spreadKey = '';
  let lastPadding = { top: 0, right: 0, bottom: 0, left: 0 };
  const measure = document.createElement('canvas').getContext('2d');
  const textBox = (text: string, size: number, letterSpacing = 0) => {
    if (measure) measure.font = `${size}px ${LABEL_FONT}`;
    const lines = text.split('\n');
    const width = Math.max(...lines.map((l) => (measure?.measureText(l).width ?? l.length * size * 0.6) + l.length * letterSpacing * size));
    const halo = 2.2 * labelScale;
    return { width: width + 2 * halo, height: lines.length * size * 1.2 + 2 * halo };
  };
  const placeSpread = (): boolean => {
    const zoom = map.getZoom();
    const size = projectLabelSize(zoom, labelScale);
    const points = (f: Feature) => map.project((f.geometry as Point).coordinates as [number, number]);
    const labels = sources.projectLabels.features.map((f) => ({ id: String(f.properties!.id), name: String(f.properties!.name), at: points(f), ...textBox(String(f.properties!.name), size) }));
    const t = Math.min(Math.max((zoom - 7) / 4, 0), 1);
    const r = (MARKER_RADIUS.z7 + t * (MARKER_RADIUS.z11 - MARKER_RADIUS.z7) + MARKER_RADIUS.stroke) * labelScale + 2;
    const around = (p: { x: number; y: number }, w: number, h: number): Box => ({ x0: p.x - w / 2, y0: p.y - h / 2, x1: p.x + w / 2, y1: p.y + h / 2 });
    const obstacles: Box[] = [
      ...sources.subAreas.features.map((f) => around(points(f), 2 * r, 2 * r)),
    ];
    // The surroundings' names are no obstacle: MapLibre drops those the names collide with.
    const { width, height } = opts.container.getBoundingClientRect();
    const frame: Box = { x0: lastPadding.left, y0: lastPadding.top, x1: width - lastPadding.right, y1: height - lastPadding.bottom };
    const [[w, so], [e, n]] = sources.flandersBounds;
    const nw = map.project([w, n]), se = map.project([e, so]);
    const placed = placeLabels(labels, obstacles, frame, { x0: nw.x, y0: nw.y, x1: se.x, y1: se.y });
    const key = JSON.stringify(placed.map((p) => [Math.round(p.box.x0), Math.round(p.box.y0)])) + size;
    if (key === spreadKey) return false;
    spreadKey = key;
    const lngLat = (p: { x: number; y: number }) => map.unproject([p.x, p.y]).toArray();
    const data: FeatureCollection = {
      type: 'FeatureCollection',
      features: placed.flatMap((p, i): Feature[] => [
        { type: 'Feature', properties: { id: p.id, name: labels[i]!.name, size }, geometry: { type: 'Point', coordinates: lngLat({ x: (p.box.x0 + p.box.x1) / 2, y: (p.box.y0 + p.box.y1) / 2 }) } },
        ...(p.leader ? [{ type: 'Feature', properties: { id: p.id }, geometry: { type: 'LineString', coordinates: [lngLat(p.leader.from), lngLat(p.leader.to)] } } as Feature] : []),
      ]),
    };
    if (map.getSource('spread')) setSource('spread', data);
    else {
      map.addSource('spread', { type: 'geojson', data });
      for (const layer of buildSpreadLayers(labelScale)) map.addLayer(layer);
    }
    return true;
  };

  const onBusy = () => {
    opts.container.dataset.mapState = 'busy';
    // The camera moves under a still pointer: what the tooltip names is no longer there.
    onLeave();
  };
  map.on('idle', onIdle);
  map.once('load', () => performance.mark('gbo:map-load'));
  map.once('render', () => performance.mark('gbo:map-first-render'));
  map.on('movestart', onBusy);
  // New data (a language, a filter, the surroundings) is being drawn: not idle.
  const onData = () => { opts.container.dataset.mapState = 'busy'; };
  map.on('dataloading', onData);
  const inspector: MapInspector = {
    project: (p) => map.project(p),
    projectAt: (p) => {
      const id: unknown = map.queryRenderedFeatures(map.project(p), { layers: ['project-fill'] })[0]?.properties.id;
      return typeof id === 'string' ? id : null;
    },
    municipalityAt: (p) => {
      const code: unknown = map.queryRenderedFeatures(map.project(p), { layers: ['gemeenten-fill'] })[0]?.properties.code;
      return code === undefined ? null : String(code);
    },
    renderedLabels: (layer) => [...new Set(map.queryRenderedFeatures({ layers: [layer] })
      .map((f) => String(f.properties.id ?? f.properties.naam ?? f.properties.name ?? f.properties.code)))],
    isMoving: () => map.isMoving(),
    featureState: (source, id) => map.getFeatureState({ source, id }),
    layoutProperty: (layer, key) => map.getLayoutProperty(layer, key as Parameters<typeof map.getLayoutProperty>[1]),
    markers: () => sources.subAreas.features.map((f) => map.project((f.geometry as Point).coordinates as [number, number])),
    labelsAt: (p) => {
      const layers = ['project-labels', 'project-labels-dimmed', 'municipality-labels', 'sub-area-labels', 'context-labels', 'selection-label', 'spread-labels', 'world-labels', 'elz-labels']
        .filter((id) => map.getLayer(id));
      return map.queryRenderedFeatures([p.x, p.y], { layers }).map((f) => String(f.properties.name ?? f.properties.naam ?? f.properties.label));
    },
  };

  let namedKey = '';
  const applySelection = () => {
    for (const p of sources.projects.features) {
      const id = String(p.properties!.id);
      map.setFeatureState({ source: 'projects', id }, { selected: id === selection.projectId });
    }
    // The selected municipality is named on the map, pilot or not, once: its
    // ordinary label steps aside. Only when that changes: a new filter makes the
    // worker lay out every label again, which costs the first map half a second.
    const key = selection.municipalities.join();
    if (key === namedKey) return;
    namedKey = key;
    const named = new Set(selection.municipalities);
    const data: FeatureCollection = { type: 'FeatureCollection', features: sources.municipalityLabels.features.filter((f) => named.has(String(f.properties?.code))) };
    if (map.getSource('selection')) setSource('selection', data);
    else if (named.size) {
      map.addSource('selection', { type: 'geojson', data });
      map.addLayer(buildSelectionLayer(labelScale), 'sub-area-guard');
    }
    map.setFilter('municipality-labels', ['all', ['==', ['get', 'kind'], 'gemeente'], ['!', ['in', ['get', 'code'], ['literal', [...named]]]]]);
  };
  let marked: string[] = [];
  const applyMunicipalities = () => {
    for (const c of marked) map.setFeatureState({ source: 'gemeenten', id: c }, { selected: false });
    marked = selection.municipalities;
    for (const c of marked) map.setFeatureState({ source: 'gemeenten', id: c }, { selected: true });
  };

  let sources = opts.sources;
  let dimmed: ReadonlySet<string> | null = null;
  let elzShown = false;
  const applyDim = () => {
    for (const p of sources.projects.features) {
      const id = String(p.properties!.id);
      map.setFeatureState({ source: 'projects', id }, { dimmed: dimmed !== null && !dimmed.has(id) });
    }
  };
  // setData answers with a promise; a failure is a map error like any other.
  const setSource = (id: string, data: FeatureCollection) => {
    (map.getSource(id) as GeoJSONSource | undefined)?.setData(data)
      .catch((e: unknown) => events.onError(`source ${id}: ${e instanceof Error ? e.message : String(e)}`));
  };
  // Style calls wait for the first 'load' only. Not map.isStyleLoaded(): that is
  // false again while any source reloads (after setData or a layout change), and
  // 'load' never fires a second time, so a selection made then was lost.
  let loaded = false;
  const pending: (() => void)[] = [];
  map.once('load', () => {
    loaded = true;
    for (const fn of pending.splice(0)) fn();
  });
  const whenLoaded = (fn: () => void) => (loaded ? fn() : pending.push(fn));

  return {
    kind: 'webgl',
    setLayers(next) {
      sources = next;
      whenLoaded(() => {
        for (const [id, data] of Object.entries(composeSources(next, dimmed, elzShown))) setSource(id, data);
        // setData drops feature state: restore selection and dimming.
        marked = [];
        namedKey = '\u0000'; // other labels now: name the selection from them
        applySelection();
        applyMunicipalities();
        applyDim();
      });
    },
    dim(ids) {
      const same = ids === dimmed || (ids !== null && dimmed !== null && ids.size === dimmed.size && [...ids].every((id) => dimmed!.has(id)));
      dimmed = ids;
      if (same) return;
      whenLoaded(() => {
        applyDim();
        // Labels are dimmed through their data; under a filter the names it keeps
        // are always drawn (they may touch each other, never be dropped), and the
        // faint ones fill the space that is left.
        setSource('labels', composeSources(sources, dimmed).labels);
        map.setLayoutProperty('project-labels', 'text-allow-overlap', dimmed !== null);
        map.setLayoutProperty('project-labels-dimmed', 'visibility', dimmed === null ? 'none' : 'visible');
      });
    },
    spreadLabels(on) {
      if (on === spread) return;
      spread = on;
      spreadKey = '';
      whenLoaded(() => {
        map.setLayoutProperty('project-labels', 'visibility', on ? 'none' : 'visible');
        if (on) map.setLayoutProperty('project-labels-dimmed', 'visibility', 'none');
        else if (dimmed !== null) map.setLayoutProperty('project-labels-dimmed', 'visibility', 'visible');
        for (const id of ['spread-labels', 'spread-leaders']) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
        opts.container.dataset.mapState = 'busy';
        map.triggerRepaint();
      });
    },
    setContext(context) {
      whenLoaded(() => {
        const data: FeatureCollection = { type: 'FeatureCollection', features: [...context.areas.features, ...context.labels.features] };
        if (map.getSource('world')) return setSource('world', data);
        // Faint context: coarse tiles are enough, and cheaper to make.
        map.addSource('world', { type: 'geojson', data, buffer: 16, maxzoom: 8, tolerance: 0.5 });
        for (const layer of buildContextLayers(labelScale)) map.addLayer(layer, 'vlaanderen-fill');
      });
    },
    showPosition(position) {
      whenLoaded(() => {
        const data: FeatureCollection = {
          type: 'FeatureCollection',
          features: position ? [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: position } }] : [],
        };
        if (map.getSource('position')) return setSource('position', data);
        map.addSource('position', { type: 'geojson', data });
        map.addLayer(buildPositionLayer(labelScale));
      });
    },
    showElz(visible) {
      whenLoaded(() => {
        if (visible && !elzShown) setSource('elz', elzSource(sources, true));
        elzShown ||= visible;
        for (const id of ELZ_LAYERS) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
      });
    },
    select(next) {
      selection = next;
      whenLoaded(() => {
        applySelection();
        applyMunicipalities();
      });
    },
    fit(bounds, { padding, animate }) {
      lastPadding = padding;
      map.fitBounds(bounds, { padding, animate, duration: animate ? 900 : 0, maxZoom: 11 });
      // A fit to where the camera already is moves nothing and draws nothing; a
      // frame drawn anyway ends in 'idle', so whoever waits on the map hears it.
      map.triggerRepaint();
    },
    setLabel(label) {
      canvas.setAttribute('aria-label', label);
    },
    setLabelScale(scale) {
      labelScale = scale;
      whenLoaded(() => {
        // Only sizes change; MapLibre skips properties whose value is unchanged.
        const context = map.getSource('world') ? buildContextLayers(scale) : [];
        const selectionLayer = map.getSource('selection') ? [buildSelectionLayer(scale)] : [];
        const positionLayer = map.getSource('position') ? [buildPositionLayer(scale)] : [];
        for (const layer of [...buildLayers(!!opts.basemapTiles, scale), ...context, ...selectionLayer, ...positionLayer]) {
          const { layout = {}, paint = {} } = layer as { layout?: Sizes; paint?: Sizes };
          for (const key of SCALED_PROPERTIES.layout) if (key in layout) map.setLayoutProperty(layer.id, key, layout[key]);
          for (const key of SCALED_PROPERTIES.paint) if (key in paint) map.setPaintProperty(layer.id, key, paint[key]);
        }
      });
    },
    async snapshot(pixelRatio) {
      const previous = map.getPixelRatio();
      map.setPixelRatio(pixelRatio);
      await new Promise((resolve) => map.once('idle', resolve));
      // The WebGL buffer is only valid right after drawing: draw now, copy at once.
      map.redraw();
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      copy.getContext('2d')!.drawImage(canvas, 0, 0);
      map.setPixelRatio(previous);
      return copy;
    },
    inspect: () => inspector,
    resize: () => map.resize(),
    destroy() {
      map.off('mousemove', onMove);
      map.off('mouseout', onLeave);
      map.off('click', onClick);
      map.off('error', onError);
      map.off('webglcontextlost', onLost);
      map.off('idle', onIdle);
      map.off('movestart', onBusy);
      map.off('dataloading', onData);
      map.remove();
    },
  };
}

/** MapLibre needs WebGL; without it `new Map()` throws. Ask first. */
export function webglAvailable(): boolean {
  try {
    const c = document.createElement('canvas');
    return !!(c.getContext('webgl2') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}
