import { describe, expect, it } from 'vitest';
import { overlap, placeLabels, type Box, type LabelToPlace } from '../../src/core/label-placement';

const frame: Box = { x0: 0, y0: 0, x1: 600, y1: 400 };
const region: Box = { x0: 100, y0: 150, x1: 500, y1: 250 };
const label = (id: string, x: number, y: number, width = 80, height = 20): LabelToPlace => ({ id, at: { x, y }, width, height });

describe('placeLabels', () => {
  it('leaves names with room on their own point, without a leader', () => {
    const placed = placeLabels([label('a', 150, 200), label('b', 450, 200)], [], frame, region);
    expect(placed.map((p) => p.id)).toEqual(['a', 'b']);
    for (const [p, at] of [[placed[0]!, [150, 200]], [placed[1]!, [450, 200]]] as const) {
      expect([(p.box.x0 + p.box.x1) / 2, (p.box.y0 + p.box.y1) / 2]).toEqual(at);
      expect(p.leader).toBeNull();
    }
  });

  it('drops no name: crowded ones go to rows outside the region, west to east, each with a leader, none on another', () => {
    const crowded = [label('w', 290, 190, 160), label('x', 300, 200, 120), label('y', 310, 210, 140), label('z', 320, 220, 100)];
    const marker: Box = { x0: 295, y0: 195, x1: 305, y1: 205 };
    const placed = placeLabels(crowded, [marker], frame, region);
    expect(placed).toHaveLength(4);
    for (const [i, p] of placed.entries()) {
      expect(overlap(p.box, marker), p.id).toBe(0);
      for (const q of placed.slice(i + 1)) expect(overlap(p.box, q.box), `${p.id} ${q.id}`).toBe(0);
    }
    const moved = placed.filter((p) => p.leader);
    expect(moved.length).toBeGreaterThanOrEqual(2); // two still find room right beside their point
    for (const p of moved) {
      // Outside the region, above or below it, and the leader runs from the area's point to the name.
      expect(p.box.y1 <= region.y0 || p.box.y0 >= region.y1, p.id).toBe(true);
      const l = crowded.find((c) => c.id === p.id)!;
      expect(p.leader!.from).toEqual(l.at);
      expect(p.leader!.to.x).toBeGreaterThanOrEqual(p.box.x0);
      expect(p.leader!.to.x).toBeLessThanOrEqual(p.box.x1);
    }
    const below = moved.filter((p) => p.box.y0 >= region.y1 && p.box.y0 < region.y1 + 30);
    const order = below.map((p) => crowded.find((c) => c.id === p.id)!.at.x);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
