// Where each project's name goes when every name must be shown: the presenter's
// opening and closing steps on a small projector, where MapLibre's collision
// detection would drop some of them. In screen pixels:
// 1. each name on its own area's point (or just beside it) when it touches no
//    name already placed, no obstacle (W13's experiment markers, the names of the
//    surroundings) and no other area's point;
// 2. the names that do not fit go outside the region, in a row above or below it
//    (the side nearer to their area), in the order of their areas from west to
//    east so no two leader lines cross, each with a leader line to its area.
// No name is ever dropped: a row that is full continues on a further row. A
// leader never runs through another name where a place in its row clears it,
// or (3.) where the name in its way can step aside along its own row.
import { centred, crosses, grown, inside, nearestOnBox, overlap, type Box } from './screen-box';

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
/** How far a leader that slants past another name passes it, px. */
const LEADER_CLEARANCE = 3;
/** How far east of where it wanted to be (px, or its row's reach if more) a name may move to clear its leader. */
const LEADER_EAST = 60;

/**
 * A name in a row whose leader would run through another name (a small area just
 * below another's name: the leader seemed to point at that name) moves along its
 * row until its leader, slanting to the name's nearest corner, passes the other
 * name: west as far as the frame allows (the names to its west are placed already,
 * and it keeps off them), east no further than `reach` past where it wanted to be
 * (`want`), or it would push the names east of it out to further rows (at
 * 1024 × 768 "Diest en Scherpenheuvel-Zichem" ended under the presenter's key
 * bar). The nearer of the two wins. Null when its own leader is clear, or neither
 * place is free.
 */
function clearLeader(
  box: Box,
  at: { x: number; y: number },
  want: number,
  reach: number,
  taken: Box[],
  obstacles: Box[],
  frame: Box,
): Box | null {
  const blocking = (b: Box) => taken.filter((t) => crosses(at, nearestOnBox(b, at), t));
  if (!blocking(box).length) return null;
  const width = box.x1 - box.x0;
  // The row's edge nearest the area, where the leader ends; the share of the way from
  // the area to it at which the leader passes a blocking name's near edge.
  const above = box.y1 < at.y;
  const rowEdge = above ? box.y1 : box.y0;
  const passAt = (t: Box) => ((above ? t.y1 : t.y0) - at.y) / (rowEdge - at.y);
  // West: the box's east end where the leader, slanting to that corner, passes west
  // of every name in its way by LEADER_CLEARANCE px (east: the mirror). Solved, not
  // searched in steps, so the place moves smoothly with the frame's size (the
  // prerendered overview's runs are straight lines in it).
  const shifted = (west: boolean): Box | null => {
    let b = box;
    for (let guard = 0; guard < 8; guard++) {
      const hits = blocking(b);
      if (!hits.length) return b;
      let end = west ? b.x1 : b.x0;
      for (const t of hits) {
        const f = passAt(t);
        if (!(f > 0 && f < 1)) return null; // the area beside the name, or past it: no slant clears it
        const need = west ? at.x - (at.x - (t.x0 - LEADER_CLEARANCE)) / f : at.x + (t.x1 + LEADER_CLEARANCE - at.x) / f;
        end = west ? Math.min(end, need) : Math.max(end, need);
      }
      b = west ? { ...b, x0: end - width, x1: end } : { ...b, x0: end, x1: end + width };
      // Across only, as the rows themselves: how far down a row may go is the frame's
      // height, which the prerendered overview's runs do not know.
      if (b.x0 < frame.x0 || b.x1 > frame.x1 || (!west && b.x0 - want > reach)) return null;
      if ([...taken, ...obstacles].some((t) => overlap(b, t) > 0)) return null;
    }
    return null;
  };
  const options = [shifted(true), shifted(false)].filter((b): b is Box => b !== null);
  options.sort((a, b) => Math.abs(a.x0 - box.x0) - Math.abs(b.x0 - box.x0));
  return options[0] ?? null;
}

/**
 * @param region the screen box of the region the areas lie in (Flanders): rows
 *   of names that do not fit on their areas go above and below it.
 * @param aside how far west and east of the frame a name in a row may step aside
 *   (3.): the part of the camera's padding that is still map.
 * @returns the labels in the order given.
 */
export function placeLabels(
  labels: LabelToPlace[],
  obstacles: Box[],
  frame: Box,
  region: Box,
  aside: Box = frame,
): PlacedLabel[] {
  const placed = new Map<string, PlacedLabel>();
  const taken: Box[] = [];
  const points = labels.map((l) => ({ id: l.id, box: centred(l.at, 6, 6) }));
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
        const b = centred(
          { x: l.at.x + dx * (l.width / 2 + d), y: l.at.y + dy * (l.height / 2 + d) },
          l.width,
          l.height,
        );
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
        let box = centred({ x: x0 + l.width / 2, y }, l.width, l.height);
        for (let guard = 0; guard < 20; guard++) {
          const hit = [...taken, ...obstacles].find((t) => overlap(box, t) > 0);
          if (!hit) break;
          x0 = hit.x1 + GAP;
          box = centred({ x: x0 + l.width / 2, y }, l.width, l.height);
        }
        const last = level === 3;
        const reach = Math.max(40, l.width / 2);
        if (last || (box.x1 <= frame.x1 && x0 - want <= reach)) {
          chosen = clearLeader(box, l.at, want, Math.max(reach, LEADER_EAST), taken, obstacles, frame) ?? box;
          cursors[level] = Math.max(cursors[level] ?? -Infinity, chosen.x1);
        }
      }
      taken.push(chosen!);
      placed.set(l.id, { id: l.id, box: chosen!, leader: { from: l.at, to: nearestOnBox(chosen!, l.at) } });
    }
  }
  const all = labels.map((l) => placed.get(l.id)!);
  stepAside(all, obstacles, aside);
  return all;
}

/** The presenter's padding beyond its card; more than that is the card. */
const ASIDE_PADDING = 48;
/** How close to the map's edge a name stepping aside may come. */
const ASIDE_EDGE = 4;

/**
 * The frame widened west and east into the camera's padding, to ASIDE_EDGE px from
 * the map's edge: at 1024 × 768 "Diksmuide" clears Roeselare's leader only 34–41 px
 * into the presenter's 48 px (Chromium's text widths, the tests'). A phone's 8 px
 * gives 4.
 */
export function asideOf(frame: Box, padding: { left: number; right: number }): Box {
  const into = (p: number) => Math.max(0, Math.min(p, ASIDE_PADDING) - ASIDE_EDGE);
  return { ...frame, x0: frame.x0 - into(padding.left), x1: frame.x1 + into(padding.right) };
}

/** How many (leader, name) pairs have the leader running through the name. */
const crossings = (all: PlacedLabel[]) =>
  all.reduce(
    (n, l) => n + (l.leader ? all.filter((o) => o !== l && crosses(l.leader!.from, l.leader!.to, o.box)).length : 0),
    0,
  );

/**
 * 3. A leader that still runs through a name in a row (a name on a further row out,
 * whose leader crosses the nearer row: at 1024 × 768 Roeselare's ran down through
 * "Diksmuide") has that name step aside along its row, just clear of the leader,
 * west or east, the nearer first: if it stays in `room` (the frame, widened by
 * asideOf), GAP from every other
 * name and obstacle, within LEADER_EAST px either way, and the page then has fewer leaders
 * through names than before (its own leader included). Names on their own areas stay.
 */
export function stepAside(all: PlacedLabel[], obstacles: Box[], room: Box): void {
  for (const l of all) {
    if (!l.leader) continue;
    const { from, to } = l.leader;
    for (const k of all.keys()) {
      const o = all[k]!;
      if (o === l || !o.leader || !crosses(from, to, o.box)) continue;
      // Where the leader runs across the name's band.
      const xAt = (y: number) => {
        const x = to.y === from.y ? to.x : from.x + ((to.x - from.x) * (y - from.y)) / (to.y - from.y);
        return Math.min(Math.max(x, Math.min(from.x, to.x)), Math.max(from.x, to.x));
      };
      const [xa, xb] = [xAt(o.box.y0), xAt(o.box.y1)];
      const width = o.box.x1 - o.box.x0;
      const west = Math.min(xa, xb) - LEADER_CLEARANCE - width;
      const east = Math.max(xa, xb) + LEADER_CLEARANCE;
      const before = crossings(all);
      const tries = [west, east]
        .filter((x0) => Math.abs(x0 - o.box.x0) <= LEADER_EAST)
        .sort((a, b) => Math.abs(a - o.box.x0) - Math.abs(b - o.box.x0));
      for (const x0 of tries) {
        const box = { ...o.box, x0, x1: x0 + width };
        const others = all.filter((x) => x !== o).map((x) => x.box);
        if (!inside(box, room) || [...others, ...obstacles].some((t) => overlap(grown(box, GAP - 1e-6), t) > 0))
          continue;
        const moved = { ...o, box, leader: { from: o.leader.from, to: nearestOnBox(box, o.leader.from) } };
        const trial = all.map((x, i) => (i === k ? moved : x));
        if (crossings(trial) < before) {
          all[k] = moved;
          break;
        }
      }
    }
  }
}
