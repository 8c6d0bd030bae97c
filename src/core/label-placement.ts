// Where each project's name goes when every name must be shown: the presenter's
// opening and closing steps on a small projector, where MapLibre's collision
// detection would drop some of them. In screen pixels:
// 1. each name on its own area's point (or just beside it) when it touches no
//    name already placed, no obstacle (W13's experiment markers, the names of the
//    surroundings) and no other area's point;
// 2. the names that do not fit go outside the region, in a row above or below it
//    (the side nearer to their area), in the order of their areas from west to
//    east so no two leader lines cross, each with a leader line to its area.
// No name is ever dropped: a row that is full continues on a further row.

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelToPlace {
  id: string;
  /** The area's label point on screen. */
  at: { x: number; y: number };
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  /** The box the name is drawn in. */
  box: Box;
  /** A line from the area's point to the name, when the name sits away from it. */
  leader: { from: { x: number; y: number }; to: { x: number; y: number } } | null;
}

const NEAR = [0, 4];
const DIRECTIONS: [number, number][] = [
  [0, -1],
  [0, 1],
  [1, 0],
  [-1, 0],
];
const GAP = 6;

export function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

const inside = (box: Box, frame: Box) =>
  box.x0 >= frame.x0 && box.x1 <= frame.x1 && box.y0 >= frame.y0 && box.y1 <= frame.y1;
const centred = (cx: number, cy: number, w: number, h: number): Box => ({
  x0: cx - w / 2,
  y0: cy - h / 2,
  x1: cx + w / 2,
  y1: cy + h / 2,
});

/** The point on a box's edge nearest to p (p itself when inside). */
function nearestOnBox(box: Box, p: { x: number; y: number }) {
  return { x: Math.min(Math.max(p.x, box.x0), box.x1), y: Math.min(Math.max(p.y, box.y0), box.y1) };
}

/**
 * @param region the screen box of the region the areas lie in (Flanders): rows
 *   of names that do not fit on their areas go above and below it.
 * @returns the labels in the order given.
 */
export function placeLabels(labels: LabelToPlace[], obstacles: Box[], frame: Box, region: Box): PlacedLabel[] {
  const placed = new Map<string, PlacedLabel>();
  const taken: Box[] = [];
  const points = labels.map((l) => ({ id: l.id, box: centred(l.at.x, l.at.y, 6, 6) }));
  const free = (box: Box, id: string) =>
    inside(box, frame) &&
    ![...taken, ...obstacles].some((t) => overlap(box, t) > 0) &&
    !points.some((p) => p.id !== id && overlap(box, p.box) > 0);

  // 1. On the area, widest names first (they are the hardest to fit).
  const rest: LabelToPlace[] = [];
  for (const l of [...labels].sort((a, b) => b.width - a.width)) {
    let box: Box | null = null;
    for (const d of NEAR) {
      for (const [dx, dy] of d === 0 ? [[0, 0] as [number, number]] : DIRECTIONS) {
        const b = centred(l.at.x + dx * (l.width / 2 + d), l.at.y + dy * (l.height / 2 + d), l.width, l.height);
        if (free(b, l.id)) {
          box = b;
          break;
        }
      }
      if (box) break;
    }
    if (box) {
      taken.push(box);
      placed.set(l.id, { id: l.id, box, leader: null });
    } else rest.push(l);
  }

  // 2. In rows above and below the region, west to east. A name that would land
  // far from its area in the first row tries the next one out.
  const middle = (region.y0 + region.y1) / 2;
  for (const side of [-1, 1] as const) {
    const row = rest.filter((l) => (side < 0 ? l.at.y < middle : l.at.y >= middle)).sort((a, b) => a.at.x - b.at.x);
    const cursors: number[] = []; // right edge of the last name on each level
    for (const l of row) {
      let chosen: Box | null = null;
      for (let level = 0; level < 4 && !chosen; level++) {
        const y =
          side < 0
            ? region.y0 - GAP - l.height / 2 - level * (l.height + GAP)
            : region.y1 + GAP + l.height / 2 + level * (l.height + GAP);
        const want = Math.min(Math.max(l.at.x - l.width / 2, frame.x0), frame.x1 - l.width);
        let x0 = Math.max(want, (cursors[level] ?? -Infinity) + GAP);
        let box = centred(x0 + l.width / 2, y, l.width, l.height);
        for (let guard = 0; guard < 20; guard++) {
          const hit = [...taken, ...obstacles].find((t) => overlap(box, t) > 0);
          if (!hit) break;
          x0 = hit.x1 + GAP;
          box = centred(x0 + l.width / 2, y, l.width, l.height);
        }
        const last = level === 3;
        if (last || (box.x1 <= frame.x1 && x0 - want <= Math.max(40, l.width / 2))) {
          chosen = box;
          cursors[level] = box.x1;
        }
      }
      taken.push(chosen!);
      placed.set(l.id, { id: l.id, box: chosen!, leader: { from: l.at, to: nearestOnBox(chosen!, l.at) } });
    }
  }
  return labels.map((l) => placed.get(l.id)!);
}
