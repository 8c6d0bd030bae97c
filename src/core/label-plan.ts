// Every name on the map, placed once for both renderers: given the scene, the
// camera and a way to measure text, which names are drawn, where (their box's
// centre, as a position, so a name stays on its ground while the camera flies),
// and which leader lines join a name to its area. Neither renderer does any
// collision of its own: MapLibre draws the plan with overlap allowed, the SVG map
// draws it as text. In order of precedence:
// 1. W13's experiment markers and the user's position are obstacles no name covers;
// 2. the selected municipality's name (always drawn, unless the selected pilot
//    bears the same name: one municipality's pilot is named once);
// 3. the names of the projects (those a filter keeps): on a view of all of
//    Flanders every one, with rows and leaders where needed (label-placement.ts);
//    on a closer view each one that fits, and the selected project's always;
// 4. what is left, each name only where it fits: the names a filter dims, then
//    from DETAIL_ZOOM on the experiments' and the municipalities' names, then
//    Brussels, the surroundings and the zones.
import type { Camera, Size } from './camera';
import { projectPoint, unprojectPoint } from './camera';
import type { Padding, ScreenPoint } from './map-seam';
import type { MapScene, LabelKind } from './map-scene';
import { DETAIL_ZOOM, LABEL_STYLE, isDimmed, labelSize } from './map-scene';
import { markerReach } from './map-paint';
import { overlap, placeLabels, type Box } from './label-placement';

export interface PlannedLabel {
  kind: LabelKind;
  /** The project's id, the municipality's code, or the name itself. */
  id: string;
  text: string;
  /** Where the centre of the name's box is. */
  at: [number, number];
  /** Text size, CSS pixels. */
  size: number;
  dimmed: boolean;
  /** On screen, at the camera planned for (halo included). */
  box: Box;
}

export interface PlannedLeader {
  id: string;
  from: [number, number];
  to: [number, number];
}

export interface LabelPlan {
  labels: PlannedLabel[];
  leaders: PlannedLeader[];
}

/** The width and height of a text block in CSS pixels (without halo). */
export type Measure = (text: string, size: number, letterSpacing: number) => { width: number; height: number };

export interface PlanView {
  camera: Camera;
  size: Size;
  /** The part of the map the panel or the presenter card leaves free. */
  padding: Padding;
}

const centred = (p: ScreenPoint, w: number, h: number): Box => ({ x0: p.x - w / 2, y0: p.y - h / 2, x1: p.x + w / 2, y1: p.y + h / 2 });
const centreOf = (b: Box): ScreenPoint => ({ x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 });
const within = (b: Box, frame: Box) => b.x0 >= frame.x0 && b.x1 <= frame.x1 && b.y0 >= frame.y0 && b.y1 <= frame.y1;

export function planLabels(scene: MapScene, view: PlanView, measure: Measure): LabelPlan {
  const { camera, size, padding } = view;
  const { layers, labelScale: scale } = scene;
  const zoom = camera.zoom;
  const screen = (p: number[]) => projectPoint(camera, size, p as [number, number]);
  const ground = (p: ScreenPoint) => unprojectPoint(camera, size, p);
  const viewport: Box = { x0: 0, y0: 0, x1: size.width, y1: size.height };
  const frame: Box = { x0: padding.left, y0: padding.top, x1: size.width - padding.right, y1: size.height - padding.bottom };
  const labels: PlannedLabel[] = [];
  const leaders: PlannedLeader[] = [];

  const boxSize = (kind: LabelKind, text: string) => {
    const s = labelSize(kind, zoom, scale);
    const m = measure(text, s, LABEL_STYLE[kind].letterSpacing);
    const halo = LABEL_STYLE[kind].haloWidth * scale;
    return { s, w: m.width + 2 * halo, h: m.height + 2 * halo };
  };
  const r = markerReach('sub-areas', zoom, scale);
  const markers = layers.subAreas.features.map((f) => screen(f.geometry.coordinates));
  const taken: Box[] = markers.map((p) => centred(p, 2 * r, 2 * r));
  // "Where am I?" is what the dot answers: no name may hide it (the selected
  // project's name, centred on its area, used to cover a position in the centre of Gent).
  const dot = scene.position ? markerReach('position', zoom, scale) : 0;
  if (scene.position) taken.push(centred(screen(scene.position), 2 * dot, 2 * dot));
  const free = (b: Box, area: Box) => within(b, area) && !taken.some((t) => overlap(b, t) > 0);
  const add = (kind: LabelKind, id: string, text: string, box: Box, s: number, dimmed = false) => {
    taken.push(box);
    labels.push({ kind, id, text, at: ground(centreOf(box)), size: s, dimmed, box });
  };
  /** Tries the candidate centres in turn; the first that is free wins. Returns whether one was. */
  const tryPlace = (kind: LabelKind, id: string, text: string, candidates: (w: number, h: number, s: number) => ScreenPoint[], area: Box, dimmed = false, always = false) => {
    const { s, w, h } = boxSize(kind, text);
    const boxes = candidates(w, h, s).map((c) => centred(c, w, h));
    const box = boxes.find((b) => free(b, area)) ?? (always ? boxes[0] : undefined);
    if (box) add(kind, id, text, box, s, dimmed);
    return !!box;
  };
  const around = (p: ScreenPoint, offset: number) => (w: number, h: number, s: number): ScreenPoint[] => {
    const d = offset * s;
    return [{ x: p.x, y: p.y - d - h / 2 }, { x: p.x, y: p.y + d + h / 2 }, { x: p.x + d + w / 2, y: p.y }, { x: p.x - d - w / 2, y: p.y }];
  };
  const beside = (p: ScreenPoint, gap: number, w: number, h: number): ScreenPoint[] =>
    [{ x: p.x, y: p.y - h / 2 - gap }, { x: p.x, y: p.y + h / 2 + gap }, { x: p.x + w / 2 + gap, y: p.y }, { x: p.x - w / 2 - gap, y: p.y }];
  // With a position shown, one more ring of places just clear of its dot, for a
  // name whose own ground it covers (tried last: nothing else moves).
  const near = (p: ScreenPoint) => (w: number, h: number): ScreenPoint[] =>
    [p, ...beside(p, 4, w, h), ...(dot ? beside(p, dot + 2 * scale, w, h) : [])];

  const projects = layers.projectLabels.features.map((f) => ({ id: String(f.properties?.id), text: String(f.properties?.name), at: screen(f.geometry.coordinates) }));
  const kept = projects.filter((p) => !isDimmed(scene, p.id));
  // A pilot of one municipality bears its name (Gent, Genk): where the pilot is
  // named, the municipality is not named a second time beside it.
  const oneLine = (text: string) => text.replace(/\n/g, ' ');
  const selectedProject = kept.find((p) => p.id === scene.selection.projectId);

  // 2. The selected municipality.
  const named = new Set(scene.selection.municipalities);
  // (municipalityLabels is computed on first read: not read when no name of it is drawn.)
  if (named.size) for (const f of layers.municipalityLabels.features) {
    const code = String(f.properties?.code);
    const name = String(f.properties?.naam);
    if (named.has(code) && name !== oneLine(selectedProject?.text ?? '')) tryPlace('selection', code, name, around(screen(f.geometry.coordinates), 0.7), viewport, false, true);
  }

  // 3. The projects' names.
  const whole = scene.everyName || (scene.selection.projectId === null && named.size === 0);
  if (whole) {
    const [[w, s], [e, n]] = layers.flandersBounds;
    const nw = screen([w, n]), se = screen([e, s]);
    const sized = kept.map((p) => ({ ...p, ...boxSize('project', p.text) }));
    const placed = placeLabels(sized.map((p) => ({ id: p.id, at: p.at, width: p.w, height: p.h })), [...taken], frame, { x0: nw.x, y0: nw.y, x1: se.x, y1: se.y });
    placed.forEach((pl, i) => {
      const p = sized[i]!;
      add('project', p.id, p.text, pl.box, p.s);
      if (pl.leader) leaders.push({ id: p.id, from: ground(pl.leader.from), to: ground(pl.leader.to) });
    });
  } else {
    const selectedFirst = [...kept].sort((a, b) => Number(b.id === scene.selection.projectId) - Number(a.id === scene.selection.projectId));
    for (const p of selectedFirst) tryPlace('project', p.id, p.text, near(p.at), viewport, false, p.id === scene.selection.projectId);
  }

  // 4. What is left, where it fits.
  for (const p of projects.filter((q) => isDimmed(scene, q.id))) tryPlace('project', p.id, p.text, near(p.at), viewport, true);
  if (zoom >= DETAIL_ZOOM) {
    for (const f of layers.subAreas.features) {
      const p = screen(f.geometry.coordinates);
      tryPlace('experiment', String(f.properties?.code), String(f.properties?.label), (_w, h) => [{ x: p.x, y: p.y + r + 2 + h / 2 }], viewport);
    }
    const pilotNames = new Set(labels.filter((l) => l.kind === 'project').map((l) => oneLine(l.text)));
    for (const f of layers.municipalityLabels.features) {
      const code = String(f.properties?.code);
      const name = String(f.properties?.naam);
      if (!named.has(code) && !pilotNames.has(name)) tryPlace('municipality', code, name, around(screen(f.geometry.coordinates), 1.1), viewport);
    }
  }
  for (const f of layers.brusselsLabels.features) tryPlace('brussels', 'brussel', String(f.properties?.naam), near(screen(f.geometry.coordinates)), viewport);
  for (const f of scene.surroundings?.labels.features ?? []) tryPlace('world', f.properties.naam, f.properties.naam, near(screen(f.geometry.coordinates)), viewport);
  if (scene.elz) {
    for (const f of layers.elzLabels.features) tryPlace('elz', String(f.properties?.naam), String(f.properties?.naam), near(screen(f.geometry.coordinates)), viewport);
  }
  return { labels, leaders };
}

/** A short fingerprint of a plan on screen: the same key draws the same names in the same places. */
export function planKey(plan: LabelPlan): string {
  return plan.labels.map((l) => `${l.kind}:${l.id}:${l.dimmed ? 1 : 0}:${Math.round(l.box.x0)},${Math.round(l.box.y0)},${l.size.toFixed(1)}`).join('|')
    + `#${plan.leaders.length}`;
}
