// The names of the prerendered overview for every frame width: planned 0.5 % apart
// from a phone's frame to a wall screen's (1 % apart missed a plan that held for
// 3 px of width, between two changes of mind: a leader that slants past a name
// moves a name that then frees or takes another's room), and grouped into runs
// where the plan makes the same choices; within a run each name's place is a share
// of the frame plus pixels, so one SVG without a viewBox draws the whole run (see
// overview-map.ts).
import type { MapPicture } from '../app/map/picture';
import { fitCamera, screenProjection } from '../core/camera';
import { planLabels, type Measure, type PlannedLabel } from '../core/label-plan';
import { LABEL_FONT, type MapScene } from '../core/map-scene';
import type { Padding } from '../render/map-view';
import { attrs, type Frame, leaderPaint, markerPaint, frameOf, nameMarkup } from './markup';

/** The frame widths the names are planned for: a 320 px phone's to a 2560 px screen's. */
const FRAME_WIDTHS = { min: 300, max: 2200 };

/** One placement on the frame: a share of its width and height, plus pixels. */
interface Place {
  sx: number;
  bx: number;
  sy: number;
  by: number;
}

/** A run of frame widths where the plan makes the same choices. */
export interface Run {
  from: number;
  labels: { label: PlannedLabel; at: Place }[];
  leaders: { from: Place; to: Place }[];
  markers: Place[];
  /** The zoom the run's markers are drawn at (its middle width's). */
  markerZoom: number;
}

/** The plan at one frame width: where each name, leader and marker falls, from the frame's corner. */
function planSample(picture: MapPicture, padding: Padding, aspect: number, measure: Measure, width: number) {
  const { scene, target } = picture;
  // A box with room above and below the frame, half its height each, as the
  // desktop layout has: the surroundings' names there are planned too.
  const size = {
    width: width + padding.left + padding.right,
    height: (2 * width) / aspect + padding.top + padding.bottom,
  };
  const camera = fitCamera(target.bounds, size, padding);
  const screen = screenProjection(camera, size);
  const frame = frameOf(target.bounds, screen);
  const on = ([lon, lat]: [number, number]) => ({ x: screen.x(lon) - frame.x, y: screen.y(lat) - frame.y });
  const plan = planLabels(scene, { camera, size, padding }, measure);
  return {
    frame,
    camera,
    plan,
    labels: new Map(plan.labels.map((l) => [`${l.kind}|${l.id}|${l.text}`, { label: l, p: on(l.at) }])),
    leaders: plan.leaders.map((l) => ({ from: on(l.from), to: on(l.to) })),
    markers: scene.layers.subAreas.features.map((f) => on(f.geometry.coordinates as [number, number])),
  };
}
type Sample = ReturnType<typeof planSample>;

/** A straight line through a point's place in two frames: its share of the frame plus pixels. */
const line = (a: { x: number; y: number }, b: { x: number; y: number }, fa: Frame, fb: Frame): Place => {
  const sx = (b.x - a.x) / (fb.width - fa.width),
    sy = (b.y - a.y) / (fb.height - fa.height);
  return { sx, bx: a.x - sx * fa.width, sy, by: a.y - sy * fa.height };
};
const foretells = (p: Place, q: { x: number; y: number }, f: Frame) =>
  Math.abs(p.sx * f.width + p.bx - q.x) <= 0.5 && Math.abs(p.sy * f.height + p.by - q.y) <= 0.5;

/** A point as a share of the frame alone. */
const shareOf = (p: { x: number; y: number }, f: Frame): Place => ({
  sx: p.x / f.width,
  bx: 0,
  sy: p.y / f.height,
  by: 0,
});

/**
 * The plan at every frame width, 0.5 % apart, grouped into runs: a run goes on while
 * a straight line through its first two plans foretells where every name of the
 * next is, to half a pixel, and ends where it stops doing so (bisected to a tenth
 * of a pixel). Sizes and markers are taken from the run's middle.
 */
export function nameRuns(picture: MapPicture, padding: Padding, aspect: number, measure: Measure): Run[] {
  const sample = (width: number) => planSample(picture, padding, aspect, measure, width);
  const sameNames = (a: Sample, b: Sample) =>
    a.labels.size === b.labels.size &&
    [...a.labels.keys()].every((k) => b.labels.has(k)) &&
    a.leaders.length === b.leaders.length;

  const samples: Sample[] = [];
  for (let w = FRAME_WIDTHS.min; w <= FRAME_WIDTHS.max; w *= 1.005) samples.push(sample(w));
  const runs: Run[] = [];
  // Where the last run ended: the width where its plan stopped holding, found to a tenth of a pixel.
  let from = samples[0]!.frame.width;
  for (let i = 0; i < samples.length;) {
    const a = samples[i]!,
      b = samples[i + 1];
    // A run of one (the next plan chooses otherwise at once): shares alone.
    const fit = b && sameNames(a, b);
    const share = (p: { x: number; y: number }) => shareOf(p, a.frame);
    const model = {
      labels: [...a.labels].map(([k, v]) => ({
        k,
        at: fit ? line(v.p, b.labels.get(k)!.p, a.frame, b.frame) : share(v.p),
      })),
    };
    const holds = (c: Sample) =>
      sameNames(a, c) && model.labels.every(({ k, at }) => foretells(at, c.labels.get(k)!.p, c.frame));
    let j = i + 1;
    if (fit) while (j < samples.length && holds(samples[j]!)) j++;
    const middle = samples[Math.floor((i + j - 1) / 2)]!;
    runs.push({
      from,
      labels: model.labels.map(({ k, at }) => ({ label: middle.labels.get(k)?.label ?? a.labels.get(k)!.label, at })),
      leaders: middle.leaders.map((l) => ({ from: shareOf(l.from, middle.frame), to: shareOf(l.to, middle.frame) })),
      markers: a.markers.map((p) => share(p)),
      markerZoom: middle.camera.zoom,
    });
    if (j < samples.length) {
      // The plan changes its mind between two samples: bisect for where.
      let lo = samples[j - 1]!.frame.width,
        hi = samples[j]!.frame.width;
      while (hi - lo > 0.1) {
        const mid = (lo + hi) / 2;
        if (holds(sample(mid))) lo = mid;
        else hi = mid;
      }
      from = hi;
    }
    i = j;
  }
  return runs;
}

/** One run's names, leaders and markers: one SVG without a viewBox over the frame, so its units are the screen's pixels. */
export function namesSvg(scene: MapScene, run: Run, index: number): string {
  const x = (p: Place) => `${(100 * p.sx).toFixed(3)}%`;
  const y = (p: Place) => `${(100 * p.sy).toFixed(3)}%`;
  const shift = (p: Place) => (p.bx || p.by ? `translate(${p.bx.toFixed(1)} ${p.by.toFixed(1)})` : undefined);
  // A leader's two ends have offsets of their own, which one line cannot carry:
  // its ends are shares of the frame at the run's middle width, a pixel off at most elsewhere.
  const leaders = run.leaders
    .map(
      (l) =>
        `<line${attrs({ x1: x(l.from), y1: y(l.from), x2: x(l.to), y2: y(l.to), ...leaderPaint(scene.labelScale) })}/>`,
    )
    .join('');
  const markers = run.markers
    .map((p) => `<circle${attrs({ cx: x(p), cy: y(p), ...markerPaint(run.markerZoom, scene.labelScale) })}/>`)
    .join('');
  const names = run.labels
    .map(({ label: l, at }) =>
      nameMarkup(l, x(at), y(at), scene.labelScale, { 'data-kind': l.kind, 'data-id': l.id, transform: shift(at) }),
    )
    .join('');
  return `<svg class="prerender-names"${attrs({ 'data-run': index, overflow: 'visible', 'font-family': LABEL_FONT })}>${leaders}${markers}${names}</svg>`;
}
