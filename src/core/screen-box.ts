// Boxes on screen, in CSS pixels, and the questions the plan of names asks of them:
// do two overlap, is one inside another, where does a leader end on one, does a
// line pass through one. Shared by the plan (label-plan.ts) and the placement of
// every project's name (label-placement.ts).

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

type Point = { x: number; y: number };

/** The area two boxes share (0 when they only touch or are apart). */
export function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

export const inside = (box: Box, frame: Box): boolean =>
  box.x0 >= frame.x0 && box.x1 <= frame.x1 && box.y0 >= frame.y0 && box.y1 <= frame.y1;

export const centred = (p: Point, w: number, h: number): Box => ({
  x0: p.x - w / 2,
  y0: p.y - h / 2,
  x1: p.x + w / 2,
  y1: p.y + h / 2,
});

export const grown = (b: Box, by: number): Box => ({ x0: b.x0 - by, y0: b.y0 - by, x1: b.x1 + by, y1: b.y1 + by });

export const centreOf = (b: Box): Point => ({ x: (b.x0 + b.x1) / 2, y: (b.y0 + b.y1) / 2 });

/** The point on a box's edge nearest to p (p itself when inside). */
export function nearestOnBox(box: Box, p: Point): Point {
  return { x: Math.min(Math.max(p.x, box.x0), box.x1), y: Math.min(Math.max(p.y, box.y0), box.y1) };
}

/** Whether the segment from a to b passes through the box (Liang–Barsky clipping). */
export function crosses(a: Point, b: Point, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  for (const [p, q] of [
    [-dx, a.x - box.x0],
    [dx, box.x1 - a.x],
    [-dy, a.y - box.y0],
    [dy, box.y1 - a.y],
  ] as const) {
    if (p === 0) {
      if (q <= 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) t0 = Math.max(t0, r);
    else t1 = Math.min(t1, r);
    if (t0 >= t1) return false;
  }
  return true;
}
