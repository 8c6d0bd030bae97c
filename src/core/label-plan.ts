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
// 4. what is left, each name only where it fits, clear of the others by NAME_GAP:
//    the names a filter dims, then from DETAIL_ZOOM on the experiments' and the
//    municipalities' names, then Brussels, the surroundings and the zones.
import type { Camera, Size } from './camera';
import { projectPoint, unprojectPoint } from './camera';
import type { Padding, ScreenPoint } from './map-seam';
import type { MapScene, LabelKind } from './map-scene';
import { DETAIL_ZOOM, LABEL_STYLE, isDimmed, labelSize } from './map-scene';
import { markerReach } from './map-paint';
import { placeLabels, asideOf } from './label-placement';
import { centred, centreOf, grown, inside, overlap, type Box } from './screen-box';

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

/**
 * The least room, in text sizes, between a name placed where it fits and any name
 * placed before it (halos included): about the width of a space.
 */
export const NAME_GAP = 0.3;

export function planLabels(scene: MapScene, view: PlanView, measure: Measure): LabelPlan {
  const planner = new Planner(scene, view, measure);
  const named = planner.selection();
  planner.projectNames(named);
  planner.rest(named);
  return { labels: planner.labels, leaders: planner.leaders };
}

type Candidates = (w: number, h: number, s: number) => ScreenPoint[];
type Project = { id: string; text: string; at: ScreenPoint };

/** A pilot of one municipality bears its name (Gent, Genk): where the pilot is named, the municipality is not named a second time beside it. */
const oneLine = (text: string) => text.replace(/\n/g, ' ');

/** The boxes taken so far, and the names placed: each step of the plan a method, in order of precedence. */
class Planner {
  readonly labels: PlannedLabel[] = [];
  readonly leaders: PlannedLeader[] = [];
  private readonly zoom: number;
  private readonly scale: number;
  private readonly viewport: Box;
  private readonly frame: Box;
  /** W13's markers and the user's position: no name covers them. */
  private readonly marks: Box[];
  /** The names placed so far. */
  private readonly taken: Box[] = [];
  /** How far W13's markers and the user's position reach (0 without a position). */
  private readonly markerReach: number;
  private readonly dot: number;
  private readonly projects: Project[];
  private readonly kept: Project[];

  constructor(
    private readonly scene: MapScene,
    private readonly view: PlanView,
    private readonly measure: Measure,
  ) {
    const { camera, size, padding } = view;
    this.zoom = camera.zoom;
    this.scale = scene.labelScale;
    this.viewport = { x0: 0, y0: 0, x1: size.width, y1: size.height };
    this.frame = {
      x0: padding.left,
      y0: padding.top,
      x1: size.width - padding.right,
      y1: size.height - padding.bottom,
    };
    // 1. W13's markers and the user's position: "where am I?" is what the dot answers, no name may hide it
    // (the selected project's name, centred on its area, used to cover a position in the centre of Gent).
    this.markerReach = markerReach('sub-areas', this.zoom, this.scale);
    const r = this.markerReach;
    this.marks = scene.layers.subAreas.features.map((f) => centred(this.screen(f.geometry.coordinates), 2 * r, 2 * r));
    this.dot = scene.position ? markerReach('position', this.zoom, this.scale) : 0;
    if (scene.position) this.marks.push(centred(this.screen(scene.position), 2 * this.dot, 2 * this.dot));
    this.projects = scene.layers.projectLabels.features.map((f) => ({
      id: String(f.properties?.id),
      text: String(f.properties?.name),
      at: this.screen(f.geometry.coordinates),
    }));
    this.kept = this.projects.filter((p) => !isDimmed(scene, p.id));
  }

  private screen(p: number[]): ScreenPoint {
    return projectPoint(this.view.camera, this.view.size, p as [number, number]);
  }

  private boxSize(kind: LabelKind, text: string) {
    const s = labelSize(kind, this.zoom, this.scale);
    const m = this.measure(text, s, LABEL_STYLE[kind].letterSpacing);
    const halo = LABEL_STYLE[kind].haloWidth * this.scale;
    return { s, w: m.width + 2 * halo, h: m.height + 2 * halo };
  }

  private add(kind: LabelKind, id: string, text: string, box: Box, s: number, dimmed = false): void {
    this.taken.push(box);
    this.labels.push({
      kind,
      id,
      text,
      at: unprojectPoint(this.view.camera, this.view.size, centreOf(box)),
      size: s,
      dimmed,
      box,
    });
  }

  /** Tries the candidate centres in turn; the first that is free wins. Returns whether one was. */
  private tryPlace(
    kind: LabelKind,
    id: string,
    text: string,
    candidates: Candidates,
    dimmed = false,
    always = false,
  ): boolean {
    const { s, w, h } = this.boxSize(kind, text);
    const boxes = candidates(w, h, s).map((c) => centred(c, w, h));
    // Clear of every name by a gap, not just off it: two names whose halos meet read
    // as one ("Avelgem" and "Kluisbergen" on the printed W13 map). Off the markers
    // only: an experiment's name sits just under its own.
    const gap = NAME_GAP * s;
    const free = (b: Box) =>
      inside(b, this.viewport) &&
      !this.marks.some((m) => overlap(b, m) > 0) &&
      !this.taken.some((t) => overlap(grown(b, gap), t) > 0);
    const box = boxes.find(free) ?? (always ? boxes[0] : undefined);
    if (box) this.add(kind, id, text, box, s, dimmed);
    return !!box;
  }

  /** With a position shown, one more ring of places just clear of its dot, for a name whose own ground it covers (tried last: nothing else moves). */
  private near(p: ScreenPoint): Candidates {
    return (w, h) => [p, ...beside(p, 4, w, h), ...(this.dot ? beside(p, this.dot + 2 * this.scale, w, h) : [])];
  }

  /** 2. The selected municipality's name, always. Returns the selected codes. */
  selection(): Set<string> {
    const { scene } = this;
    const named = new Set(scene.selection.municipalities);
    const selectedProject = this.kept.find((p) => p.id === scene.selection.projectId);
    // (municipalityLabels is computed on first read: not read when no name of it is drawn.)
    if (named.size)
      for (const f of scene.layers.municipalityLabels.features) {
        const code = String(f.properties?.code);
        const name = String(f.properties?.naam);
        if (named.has(code) && name !== oneLine(selectedProject?.text ?? ''))
          this.tryPlace('selection', code, name, around(this.screen(f.geometry.coordinates), 0.7), false, true);
      }
    return named;
  }

  /** 3. The projects' names: on a view of all of Flanders every one, with rows and leaders where needed; else each that fits, the selected one always. */
  projectNames(named: Set<string>): void {
    const { scene } = this;
    const whole = scene.everyName || (scene.selection.projectId === null && named.size === 0);
    if (!whole) {
      const selectedFirst = [...this.kept].sort(
        (a, b) => Number(b.id === scene.selection.projectId) - Number(a.id === scene.selection.projectId),
      );
      for (const p of selectedFirst)
        this.tryPlace('project', p.id, p.text, this.near(p.at), false, p.id === scene.selection.projectId);
      return;
    }
    const [[w, s], [e, n]] = scene.layers.flandersBounds;
    const nw = this.screen([w, n]),
      se = this.screen([e, s]);
    const sized = this.kept.map((p) => ({ ...p, ...this.boxSize('project', p.text) }));
    const placed = placeLabels(
      sized.map((p) => ({ id: p.id, at: p.at, width: p.w, height: p.h })),
      [...this.marks, ...this.taken],
      this.frame,
      { x0: nw.x, y0: nw.y, x1: se.x, y1: se.y },
      asideOf(this.frame, this.view.padding),
    );
    const ground = (p: ScreenPoint) => unprojectPoint(this.view.camera, this.view.size, p);
    placed.forEach((pl, i) => {
      const p = sized[i]!;
      this.add('project', p.id, p.text, pl.box, p.s);
      if (pl.leader) this.leaders.push({ id: p.id, from: ground(pl.leader.from), to: ground(pl.leader.to) });
    });
  }

  /** 4. What is left, where it fits. */
  rest(named: Set<string>): void {
    const { scene } = this;
    const { layers } = scene;
    for (const p of this.projects.filter((q) => isDimmed(scene, q.id)))
      this.tryPlace('project', p.id, p.text, this.near(p.at), true);
    if (this.zoom >= DETAIL_ZOOM) {
      for (const f of layers.subAreas.features) {
        const p = this.screen(f.geometry.coordinates);
        this.tryPlace('experiment', String(f.properties?.code), String(f.properties?.label), (_w, h) => [
          { x: p.x, y: p.y + this.markerReach + 2 + h / 2 },
        ]);
      }
      const pilotNames = new Set(this.labels.filter((l) => l.kind === 'project').map((l) => oneLine(l.text)));
      for (const f of layers.municipalityLabels.features) {
        const code = String(f.properties?.code);
        const name = String(f.properties?.naam);
        if (!named.has(code) && !pilotNames.has(name))
          this.tryPlace('municipality', code, name, around(this.screen(f.geometry.coordinates), 1.1));
      }
    }
    for (const f of layers.brusselsLabels.features)
      this.tryPlace('brussels', 'brussel', String(f.properties?.naam), this.near(this.screen(f.geometry.coordinates)));
    for (const f of scene.surroundings?.labels.features ?? [])
      this.tryPlace('world', f.properties.naam, f.properties.naam, this.near(this.screen(f.geometry.coordinates)));
    if (scene.elz) {
      for (const f of layers.elzLabels.features)
        this.tryPlace(
          'elz',
          String(f.properties?.naam),
          String(f.properties?.naam),
          this.near(this.screen(f.geometry.coordinates)),
        );
    }
  }
}

/** Four places around a point, `offset` text sizes away: above, below, right, left. */
const around =
  (p: ScreenPoint, offset: number): Candidates =>
  (w, h, s) => {
    const d = offset * s;
    return [
      { x: p.x, y: p.y - d - h / 2 },
      { x: p.x, y: p.y + d + h / 2 },
      { x: p.x + d + w / 2, y: p.y },
      { x: p.x - d - w / 2, y: p.y },
    ];
  };

/** Four places just clear of a point by `gap` px: above, below, right, left. */
const beside = (p: ScreenPoint, gap: number, w: number, h: number): ScreenPoint[] => [
  { x: p.x, y: p.y - h / 2 - gap },
  { x: p.x, y: p.y + h / 2 + gap },
  { x: p.x + w / 2 + gap, y: p.y },
  { x: p.x - w / 2 - gap, y: p.y },
];

/** A short fingerprint of a plan on screen: the same key draws the same names in the same places. */
export function planKey(plan: LabelPlan): string {
  return (
    plan.labels
      .map(
        (l) =>
          `${l.kind}:${l.id}:${l.dimmed ? 1 : 0}:${Math.round(l.box.x0)},${Math.round(l.box.y0)},${l.size.toFixed(1)}`,
      )
      .join('|') + `#${plan.leaders.length}`
  );
}
