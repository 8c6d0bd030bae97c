// The map without WebGL: the same layers drawn as SVG with d3-geo, behind the same
// MapView interface, so panels, routing and search work unchanged. Clicks pick a
// municipality; each pilot area is also a focusable button for the keyboard.
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { MapInspector, MapView, MapViewEvents, Padding, Selection } from '../map-view';
import type { MapLayers } from '../core/map-layers';
import type { ContextLayers } from '../core/context-layers';
import type { Bounds } from '../core/geometry';
import { pointInPolygon } from '../core/geometry';
import { placeLabels, type Box } from '../core/label-placement';
import { COLOURS } from '../map/colours';

const SVG = 'http://www.w3.org/2000/svg';

export interface SvgMapViewOptions {
  container: HTMLElement;
  layers: MapLayers;
  /** The accessible name of the map picture. */
  label: string;
  /** A member municipality to pick when a project area is activated by keyboard. */
  firstMemberOf(projectId: string): string;
}

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string> = {}): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

export function createSvgMapView(opts: SvgMapViewOptions, events: MapViewEvents): MapView {
  const { container } = opts;
  const width = () => Math.max(container.clientWidth, 200);
  const height = () => Math.max(container.clientHeight, 200);
  const svg = el('svg', { class: 'svg-map', role: 'group' });
  const title = el('title');
  svg.append(title);
  const zoom = el('g');
  // Labels sit outside the zoomed group so they keep their size; applyTransform
  // moves them.
  const labelLayer = el('g', { class: 'labels' });
  svg.append(zoom, labelLayer);
  container.replaceChildren(svg);

  let layers = opts.layers;
  let label = opts.label;
  let selection: Selection = { projectId: null, municipalities: [] };
  let dimmed: ReadonlySet<string> | null = null;
  let elzVisible = false;
  let context: ContextLayers | null = null;
  let position: [number, number] | null = null;
  let still: { key: string; layers: MapLayers; context: ContextLayers | null; groups: SVGGElement[] } | null = null;
  let transform = { k: 1, x: 0, y: 0 };
  const projection = geoMercator();
  const path = geoPath(projection);

  const fitProjection = () => {
    projection.fitExtent([[16, 16], [width() - 16, height() - 16]], layers.vlaanderen as GeoPermissibleObjects);
    svg.setAttribute('viewBox', `0 0 ${width()} ${height()}`);
  };

  const draw = () => {
    fitProjection();
    title.textContent = label;
    const group = (cls: string) => {
      const g = el('g', { class: cls });
      zoom.append(g);
      return g;
    };
    const area = (g: SVGGElement, f: Feature, attrs: Record<string, string>) => {
      const p = el('path', { d: path(f as GeoPermissibleObjects) ?? '', ...attrs });
      g.append(p);
      return p;
    };
    zoom.replaceChildren();
    // What no selection, filter or option changes (the surroundings, Flanders and
    // Brussels) is drawn once per size and data, and reused: software rendering of
    // the sea's long coastline on every click made the SVG map slow.
    const key = `${width()}x${height()}`;
    if (!still || still.key !== key || still.layers !== layers || still.context !== context) {
      const world = el('g', { class: 'world' });
      for (const f of context?.areas.features ?? []) {
        const fill = f.properties.kind === 'sea' ? COLOURS.sea : f.properties.kind === 'wallonia' ? COLOURS.wallonia : 'none';
        area(world, { ...f, geometry: forD3(f.geometry) }, { fill, stroke: f.properties.kind === 'land' ? COLOURS.countryLine : 'none', 'stroke-width': '0.8' });
      }
      const base = el('g', { class: 'base' });
      for (const f of layers.vlaanderen.features) area(base, f, { fill: COLOURS.flanders, stroke: COLOURS.provinceLine, 'stroke-width': '1.2' });
      for (const f of layers.brussel.features) area(base, f, { fill: COLOURS.brussels });
      still = { key, layers, context, groups: [world, base] };
    }
    zoom.append(...still.groups);
    const fills = group('project-fills');
    for (const f of layers.projects.features) {
      const id = f.properties.id;
      const dim = dimmed !== null && !dimmed.has(id);
      area(fills, f, { fill: f.properties.colour, 'fill-opacity': dim ? '0.2' : '1', 'data-project': id, class: 'project-area' });
    }
    const munis = group('municipalities');
    for (const f of layers.gemeenten.features) {
      const code = String(f.properties!.code);
      area(munis, f, {
        class: `municipality${selection.municipalities.includes(code) ? ' selected' : ''}`,
        'data-code': code, fill: 'transparent', stroke: COLOURS.municipalityLine, 'stroke-width': '0.5',
      });
    }
    const provinces = group('provinces');
    for (const f of layers.provincies.features) area(provinces, f, { fill: 'none', stroke: COLOURS.provinceLine, 'stroke-width': '1.2' });
    const elz = group('elz');
    elz.style.display = elzVisible ? '' : 'none';
    for (const f of layers.elz.features) area(elz, f, { fill: 'none', stroke: COLOURS.elz, 'stroke-width': '1.5', 'stroke-dasharray': '4 3' });
    const outlines = group('project-outlines');
    for (const f of layers.projects.features) {
      const selected = f.properties.id === selection.projectId;
      const dim = dimmed !== null && !dimmed.has(f.properties.id);
      const p = area(outlines, f, {
        fill: 'none', stroke: COLOURS.projectOutline, 'stroke-width': selected ? '3.5' : '1.4', 'stroke-opacity': dim ? '0.25' : '1',
        tabindex: '0', role: 'button', 'aria-label': f.properties.name, 'data-project': f.properties.id, class: 'project-outline',
      });
      p.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          events.onPick(opts.firstMemberOf(f.properties.id));
        }
      });
    }
    // W13's local experiments: white dots ringed in the outline's colour, as on the WebGL map.
    const markers = group('experiments');
    for (const f of layers.subAreas.features) {
      const [x, y] = projection(f.geometry.coordinates as [number, number]) ?? [0, 0];
      markers.append(dot(x, y, 5, 2.2, { fill: '#ffffff', stroke: COLOURS.projectOutline }));
    }
    if (position) {
      const [x, y] = projection(position) ?? [0, 0];
      // Drawn in the zoomed group, so its size is divided by the zoom to stay the same on screen.
      zoom.append(dot(x, y, 7, 2.5, { class: 'position-marker', fill: COLOURS.position, stroke: '#ffffff' }));
    }
    const labelOf = (at: [number, number], text: string, cls: string) => {
      const t = el('text', { 'text-anchor': 'middle', class: cls });
      // Names come wrapped (core/label-text.ts): one tspan a line.
      text.split('\n').forEach((line, i) => {
        const span = el('tspan', i ? { dy: '1.15em' } : {});
        span.textContent = line;
        t.append(span);
      });
      labelAt.set(t, at);
      return t;
    };
    const named = new Set(selection.municipalities);
    labelLayer.replaceChildren(
      ...layers.projectLabels.features.map((f) => labelOf(f.geometry.coordinates as [number, number], String(f.properties!.name),
        `svg-label${dimmed !== null && !dimmed.has(String(f.properties!.id)) ? ' dimmed' : ''}`)),
      ...(context?.labels.features ?? []).map((f) => labelOf(f.geometry.coordinates as [number, number], f.properties.naam, 'svg-label context-label')),
      ...layers.municipalityLabels.features.filter((f) => named.has(String(f.properties?.code)))
        .map((f) => labelOf(f.geometry.coordinates as [number, number], String(f.properties!.naam), 'svg-label selection-label')),
    );
    applyTransform();
    container.dataset.mapState = 'idle';
  };

  const labelAt = new Map<SVGTextElement, [number, number]>();
  const moveText = (t: Element, x: number, y: number) => {
    t.setAttribute('x', String(x));
    t.setAttribute('y', String(y));
    for (const span of t.children) span.setAttribute('x', String(x));
  };
  // Dots (experiment markers, the user's position) live in the zoomed group but
  // keep their size on screen: radius and ring are divided by the zoom.
  const dotSize = new Map<SVGCircleElement, [number, number]>();
  const dot = (x: number, y: number, r: number, ring: number, attrs: Record<string, string>) => {
    const c = el('circle', { cx: String(x), cy: String(y), ...attrs });
    dotSize.set(c, [r, ring]);
    return c;
  };
  const applyTransform = () => {
    zoom.setAttribute('transform', `translate(${transform.x} ${transform.y}) scale(${transform.k})`);
    for (const [c, [r, ring]] of dotSize) {
      if (!c.isConnected) { dotSize.delete(c); continue; }
      c.setAttribute('r', String(r / transform.k));
      c.setAttribute('stroke-width', String(ring / transform.k));
    }
    for (const t of labelLayer.querySelectorAll('text')) {
      const at = labelAt.get(t);
      if (!at) continue;
      const { x, y } = toScreen(at);
      moveText(t, x, y - 6);
    }
    labelLayer.querySelector('.leaders')?.remove();
    if (spread) spreadProjectLabels();
  };
  // Every project's name shown, none on another (MapView.spreadLabels): the same
  // placement as the WebGL map, on the names' measured boxes.
  const boxOf = (t: SVGGraphicsElement): Box => {
    try {
      const b = t.getBBox();
      return { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
    } catch {
      return { x0: 0, y0: 0, x1: 0, y1: 0 }; // not rendered (no layout)
    }
  };
  const spreadProjectLabels = () => {
    const texts = [...labelLayer.querySelectorAll<SVGTextElement>('.svg-label:not(.context-label):not(.selection-label)')];
    const labels = texts.map((t, i) => {
      const b = boxOf(t);
      const at = toScreen(labelAt.get(t) ?? [0, 0]);
      return { id: String(i), at, width: b.x1 - b.x0, height: b.y1 - b.y0, dy: at.y - (b.y0 + b.y1) / 2 };
    });
    // The surroundings' names and W13's experiment markers (radius 5 and ring) stay clear.
    const obstacles = [
      ...[...labelLayer.querySelectorAll<SVGTextElement>('.context-label')].map(boxOf),
      ...layers.subAreas.features.map((f) => {
        const p = toScreen(f.geometry.coordinates as [number, number]);
        return { x0: p.x - 8, y0: p.y - 8, x1: p.x + 8, y1: p.y + 8 };
      }),
    ];
    const frame: Box = { x0: lastPadding.left, y0: lastPadding.top, x1: width() - lastPadding.right, y1: height() - lastPadding.bottom };
    const leaders = el('g', { class: 'leaders' });
    const [[w, so], [e, n]] = layers.flandersBounds;
    const nw = toScreen([w, n]), se = toScreen([e, so]);
    placeLabels(labels, obstacles, frame, { x0: nw.x, y0: nw.y, x1: se.x, y1: se.y }).forEach((p, i) => {
      const t = texts[i]!, l = labels[i]!;
      const cx = (p.box.x0 + p.box.x1) / 2, cy = (p.box.y0 + p.box.y1) / 2;
      const y = Number(t.getAttribute('y'));
      moveText(t, cx, y + (cy - ((l.at.y - l.dy))));
      if (p.leader) leaders.append(el('line', { x1: String(p.leader.from.x), y1: String(p.leader.from.y), x2: String(p.leader.to.x), y2: String(p.leader.to.y), stroke: COLOURS.projectOutline, 'stroke-width': '1.2' }));
    });
    labelLayer.prepend(leaders);
  };
  let spread = false;
  let lastPadding: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

  const codeAt = (e: MouseEvent): string | null => (e.target as Element).closest?.('[data-code]')?.getAttribute('data-code') ?? null;
  const onClick = (e: MouseEvent) => {
    const code = codeAt(e);
    if (code) events.onPick(code);
  };
  const onMove = (e: MouseEvent) => {
    const box = container.getBoundingClientRect();
    events.onHover(codeAt(e), { x: e.clientX - box.left, y: e.clientY - box.top });
  };
  const onLeave = () => events.onHover(null, { x: 0, y: 0 });
  svg.addEventListener('click', onClick);
  svg.addEventListener('mousemove', onMove);
  svg.addEventListener('mouseleave', onLeave);

  const toScreen = (p: [number, number]) => {
    const [x, y] = projection(p) ?? [0, 0];
    return { x: transform.x + transform.k * x, y: transform.y + transform.k * y };
  };
  const inspector: MapInspector = {
    project: toScreen,
    projectAt: (p) => layers.projects.features.find((f) => pointInPolygon(p, f.geometry))?.properties.id ?? null,
    municipalityAt: (p) => {
      const f = layers.gemeenten.features.find((g) => pointInPolygon(p, g.geometry as Polygon | MultiPolygon));
      return f ? String(f.properties?.code) : null;
    },
    renderedLabels: (layer) => [...labelLayer.querySelectorAll(layer === 'selection-label' ? '.selection-label' : '.svg-label:not(.selection-label):not(.context-label)')]
      .map((t) => [...t.children].map((s) => s.textContent).join(' ')),
    isMoving: () => false,
    featureState: (source, id) => (source === 'projects'
      ? { selected: selection.projectId === id, dimmed: dimmed !== null && !dimmed.has(id) }
      : { selected: selection.municipalities.includes(id) }),
    layoutProperty: (layer, key) => (layer.startsWith('elz') && key === 'visibility' ? (elzVisible ? 'visible' : 'none') : undefined),
    markers: () => layers.subAreas.features.map((f) => toScreen(f.geometry.coordinates as [number, number])),
    labelsAt: (p) => [...labelLayer.querySelectorAll<SVGTextElement>('text')]
      .filter((t) => { const b = boxOf(t); return p.x >= b.x0 && p.x <= b.x1 && p.y >= b.y0 && p.y <= b.y1; })
      .map((t) => [...t.children].map((c) => c.textContent).join(' ')),
  };

  draw();

  return {
    kind: 'svg',
    select(next) {
      selection = next;
      events.onHover(null, { x: 0, y: 0 });
      draw();
    },
    fit(bounds: Bounds, { padding }: { padding: Padding; animate: boolean }) {
      lastPadding = padding;
      const [[x0, y0], [x1, y1]] = bounds;
      const a = projection([x0, y1]) ?? [0, 0];
      const b = projection([x1, y0]) ?? [0, 0];
      const w = width() - padding.left - padding.right;
      const h = height() - padding.top - padding.bottom;
      const k = Math.min(8, Math.max(1, Math.min(w / Math.max(b[0] - a[0], 1), h / Math.max(b[1] - a[1], 1))));
      transform = {
        k,
        x: padding.left + (w - k * (b[0] - a[0])) / 2 - k * a[0],
        y: padding.top + (h - k * (b[1] - a[1])) / 2 - k * a[1],
      };
      applyTransform();
      container.dataset.mapState = 'idle';
    },
    setLabel(next) {
      label = next;
      title.textContent = label;
    },
    setLabelScale(scale) {
      svg.style.setProperty('--label-scale', String(scale));
    },
    setLayers(next) {
      layers = next;
      draw();
    },
    dim(ids) {
      dimmed = ids;
      draw();
    },
    setContext(next) {
      context = next;
      draw();
    },
    showElz(visible) {
      elzVisible = visible;
      draw();
    },
    spreadLabels(on) {
      spread = on;
      applyTransform();
    },
    showPosition(next) {
      position = next;
      draw();
    },
    async snapshot(pixelRatio) {
      const clone = svg.cloneNode(true) as SVGSVGElement;
      // Serialised alone, the picture loses the page's style sheet (non-scaling
      // strokes, label halos, the selection outline): carry the computed styles along.
      inlineStyles(svg, clone);
      clone.setAttribute('xmlns', SVG);
      clone.setAttribute('width', String(width()));
      clone.setAttribute('height', String(height()));
      const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
      try {
        const img = new Image();
        img.src = url;
        await img.decode();
        const out = document.createElement('canvas');
        out.width = width() * pixelRatio;
        out.height = height() * pixelRatio;
        const ctx = out.getContext('2d')!;
        ctx.fillStyle = COLOURS.background;
        ctx.fillRect(0, 0, out.width, out.height);
        ctx.drawImage(img, 0, 0, out.width, out.height);
        return out;
      } finally {
        URL.revokeObjectURL(url);
      }
    },
    inspect: () => inspector,
    resize: draw,
    destroy() {
      svg.removeEventListener('click', onClick);
      svg.removeEventListener('mousemove', onMove);
      svg.removeEventListener('mouseleave', onLeave);
      svg.remove();
    },
  };
}


/** The style properties that make the SVG map look as it does on screen. */
const DRAWN_STYLE = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'vector-effect', 'paint-order',
  'display', 'font-family', 'font-size', 'font-weight', 'text-anchor',
] as const;

/** Copies each drawn element's computed style onto its clone, element by element. */
function inlineStyles(original: Element, clone: Element): void {
  const from = [original, ...original.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((node, i) => {
    const target = to[i];
    if (!target) return;
    const css = getComputedStyle(node);
    // As presentation attributes, not a style attribute: the page's CSP refuses
    // inline styles, and in the clone no style sheet overrides them.
    for (const p of DRAWN_STYLE) {
      const value = css.getPropertyValue(p);
      if (value) target.setAttribute(p, value);
    }
  });
}

/**
 * d3-geo draws on the sphere, where a ring's winding says which side is inside:
 * exterior rings clockwise, holes counter-clockwise. The surroundings come
 * counter-clockwise (GeoJSON's convention, which MapLibre does not mind), and d3
 * would fill the rest of the world instead.
 */
function forD3(g: Polygon | MultiPolygon): MultiPolygon {
  const signed = (ring: Position[]) => ring.reduce((s, p, i) => {
    const q = ring[(i + 1) % ring.length] ?? p;
    return s + (p[0] ?? 0) * (q[1] ?? 0) - (q[0] ?? 0) * (p[1] ?? 0);
  }, 0);
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return {
    type: 'MultiPolygon',
    coordinates: polygons.map((rings) => rings.map((ring, i) => ((i === 0) === (signed(ring) > 0) ? [...ring].reverse() : ring))),
  };
}
