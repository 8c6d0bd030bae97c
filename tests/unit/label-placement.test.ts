import { describe, expect, it } from 'vitest';
import { asideOf, placeLabels, stepAside, type LabelToPlace, type PlacedLabel } from '../../src/core/label-placement';
import { crosses, overlap, type Box } from '../../src/core/screen-box';

const frame: Box = { x0: 0, y0: 0, x1: 600, y1: 400 };
const region: Box = { x0: 100, y0: 150, x1: 500, y1: 250 };
const label = (id: string, x: number, y: number, width = 80, height = 20): LabelToPlace => ({
  id,
  at: { x, y },
  width,
  height,
});

describe('placeLabels', () => {
  it('leaves names with room on their own point, without a leader', () => {
    const placed = placeLabels([label('a', 150, 200), label('b', 450, 200)], [], frame, region);
    expect(placed.map((p) => p.id)).toEqual(['a', 'b']);
    for (const [p, at] of [
      [placed[0]!, [150, 200]],
      [placed[1]!, [450, 200]],
    ] as const) {
      expect([(p.box.x0 + p.box.x1) / 2, (p.box.y0 + p.box.y1) / 2]).toEqual(at);
      expect(p.leader).toBeNull();
    }
  });

  it('drops no name: crowded ones go to rows outside the region, west to east, each with a leader, none on another', () => {
    const crowded = [
      label('w', 290, 190, 160),
      label('x', 300, 200, 120),
      label('y', 310, 210, 140),
      label('z', 320, 220, 100),
    ];
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

describe('placeLabels, leaders', () => {
  /**
   * "t" (100 px wide) on its own point, and "z", whose point the markers and t leave
   * no room at, in a row with a leader from its point that clears t's name.
   */
  const nameAndRowName = (tAt: [number, number], zAt: [number, number], markers: Box[]) => {
    const [pt, z] = placeLabels([label('t', ...tAt, 100), label('z', ...zAt)], markers, frame, region);
    expect(pt!.leader).toBeNull();
    expect(z!.leader!.from).toEqual({ x: zAt[0], y: zAt[1] });
    expect(crosses(z!.leader!.from, z!.leader!.to, pt!.box)).toBe(false);
    return [pt!, z!] as const;
  };

  it("never runs a leader through another name: a small area just under another's name (Zoersel under Turnhout on the presenter's first slide)", () => {
    // "t" fits on its point; "z", just below its left end, does not (t's name above and right, markers below and left).
    const [pt, pz] = nameAndRowName(
      [340, 180],
      [292, 198],
      [
        { x0: 270, y0: 215, x1: 310, y1: 225 },
        { x0: 200, y0: 195, x1: 250, y1: 200 },
      ],
    );
    expect(pz.box.y1).toBeLessThanOrEqual(region.y0); // in the row above
    // The leader ends on its name's box, at the point nearest the area.
    expect(pz.leader!.to.y).toBe(pz.box.y1);
    expect(pz.leader!.to.x).toBeGreaterThanOrEqual(pz.box.x0);
    expect(pz.leader!.to.x).toBeLessThanOrEqual(pz.box.x1);
    expect(overlap(pz.box, pt!.box)).toBe(0);
  });

  it('does the same in the row below the region, the leader slanting down past the name under the area', () => {
    // The mirror of the case above: "t" just under z's point, z in the lower half, so its name goes below.
    const [, pz] = nameAndRowName(
      [340, 220],
      [292, 202],
      [
        { x0: 270, y0: 178, x1: 310, y1: 188 },
        { x0: 200, y0: 200, x1: 250, y1: 205 },
      ],
    );
    expect(pz.box.y0).toBe(region.y1 + 6); // the first row below
    // West, its east end where the leader passes t's top-left corner 3 px out: 292 − (292 − 287) × 54 / 8.
    expect(pz.box.x1).toBeCloseTo(292 - (5 * 54) / 8, 6);
    expect(pz.leader).toEqual({ from: { x: 292, y: 202 }, to: { x: pz.box.x1, y: pz.box.y0 } });
  });

  it('moves a name east instead when that is nearer and within 60 px of where it wanted to be, and never out of the frame', () => {
    const tall: Box = { x0: 100, y0: 150, x1: 500, y1: 300 }; // its middle at 225: z's area lies above it
    const t = label('t', 340, 180, 100); // its box 290–390 × 170–190
    const z = label('z', 388, 220); // under t's east end: no room on its point (the marker), nor above it (t)
    const marker: Box = { x0: 300, y0: 212, x1: 480, y1: 250 };
    const [pt, placed] = placeLabels([t, z], [marker], frame, tall);
    const pz = placed!;
    expect(pz.box.y1).toBe(tall.y0 - 6);
    // East: its west end where the leader passes t's bottom-right corner 3 px out, 388 + 5 × 76 / 30 (53 px past 348);
    // west it would have to go 296 px.
    expect(pz.box.x0).toBeCloseTo(388 + (5 * 76) / 30, 6);
    expect(pz.leader!.to.x).toBeCloseTo(pz.box.x0, 6);
    expect(crosses(pz.leader!.from, pz.leader!.to, pt!.box)).toBe(false);
    // In a frame too narrow for that, and with no room west either, the name stays straight above its area.
    const narrow: Box = { x0: 250, y0: 0, x1: 440, y1: 400 };
    const [, qz] = placeLabels([t, z], [marker], narrow, tall);
    expect(qz!.box.x0).toBe(348);
    expect(qz!.leader!.to).toEqual({ x: 388, y: tall.y0 - 6 });
  });

  it('has a name in the nearer row step aside, just clear, when a further row\'s leader still runs through it (Roeselare\'s through "Diksmuide")', () => {
    // b lands a row further out than a, straight under its point; the frame (200–400)
    // leaves b no place along its row whose leader clears a: a steps 13 px west.
    const narrow: Box = { x0: 200, y0: 0, x1: 400, y1: 400 };
    const [a, b] = placeLabels([label('a', 300, 230), label('b', 330, 235)], [region], narrow, region);
    expect(b!.box).toEqual({ x0: 290, y0: 282, x1: 370, y1: 302 });
    expect(b!.leader).toEqual({ from: { x: 330, y: 235 }, to: { x: 330, y: 282 } });
    expect(a!.box).toEqual({ x0: 247, y0: 256, x1: 327, y1: 276 }); // its east end 3 px west of the leader
    expect(a!.leader).toEqual({ from: { x: 300, y: 230 }, to: { x: 300, y: 256 } });
    // Against the frame's west edge (250) a cannot step; with room for it in the camera's padding, it does.
    const edged: Box = { ...narrow, x0: 250 };
    const pair = [label('a', 300, 230), label('b', 330, 235)];
    expect(placeLabels(pair, [region], edged, region)[0]!.box.x0).toBe(260);
    expect(placeLabels(pair, [region], edged, region, { ...edged, x0: 240 })[0]!.box.x0).toBe(247);
    // With a name just west of it, a has no such step (west it would touch c, east leave the frame): nothing moves.
    const [c, a2, b2] = placeLabels(
      [label('c', 240, 230), label('a', 300, 230), label('b', 330, 235)],
      [region],
      narrow,
      region,
    );
    expect(c!.box.x1).toBe(280);
    expect(a2!.box).toEqual({ x0: 286, y0: 256, x1: 366, y1: 276 });
    expect(crosses(b2!.leader!.from, b2!.leader!.to, a2!.box)).toBe(true);
  });

  describe('a name stepping aside', () => {
    // A name in a row (o), and a slanting leader (l's) that runs across its band, 250–270:
    // at x = 320 along its top edge and 328 along its bottom one.
    const row = (id: string, box: Box, from: { x: number; y: number }): PlacedLabel => ({
      id,
      box,
      leader: { from, to: { x: Math.min(Math.max(from.x, box.x0), box.x1), y: box.y0 } },
    });
    const l = row('l', { x0: 340, y0: 300, x1: 400, y1: 320 }, { x: 300, y: 200 });
    l.leader!.to = { x: 340, y: 300 };
    const o = () => row('o', { x0: 290, y0: 250, x1: 350, y1: 270 }, { x: 320, y: 200 });
    const wide: Box = { x0: 0, y0: 0, x1: 600, y1: 400 };
    const boxOf = (all: PlacedLabel[], id: string) => all.find((x) => x.id === id)!.box;

    it('goes west, its east end 3 px from where the leader crosses its top edge, when that is nearer', () => {
      const all = [l, o()];
      stepAside(all, [], wide);
      expect(boxOf(all, 'o')).toEqual({ x0: 257, y0: 250, x1: 317, y1: 270 });
      expect(all[1]!.leader).toEqual({ from: { x: 320, y: 200 }, to: { x: 317, y: 250 } });
      expect(crosses(l.leader!.from, l.leader!.to, boxOf(all, 'o'))).toBe(false);
    });

    it('goes east when that is nearer, though west is free', () => {
      // A straight leader at x = 300, 10 px in from o's west end: 13 px east, 53 px west.
      const v = row('v', { x0: 270, y0: 300, x1: 330, y1: 320 }, { x: 300, y: 200 });
      const all = [v, o()];
      stepAside(all, [], wide);
      expect(boxOf(all, 'o')).toEqual({ x0: 303, y0: 250, x1: 363, y1: 270 });
    });

    it('goes east, its west end 3 px from where the leader crosses its bottom edge, when west is taken', () => {
      const p = row('p', { x0: 240, y0: 250, x1: 262, y1: 270 }, { x: 250, y: 200 });
      const all = [l, o(), p];
      stepAside(all, [], wide);
      expect(boxOf(all, 'o')).toEqual({ x0: 331, y0: 250, x1: 391, y1: 270 });
      // An obstacle there, or the frame's edge, and it stays.
      const blocked = [l, o(), p];
      stepAside(blocked, [{ x0: 395, y0: 250, x1: 420, y1: 270 }], wide);
      expect(boxOf(blocked, 'o')).toEqual(o().box);
      const framed = [l, o(), p];
      stepAside(framed, [], { ...wide, x1: 390 });
      expect(boxOf(framed, 'o')).toEqual(o().box);
    });

    it('leaves a name on its own area where it is, a leader through it or not', () => {
      const onArea: PlacedLabel = { id: 'n', box: o().box, leader: null };
      const far: PlacedLabel = { id: 'f', box: { x0: 500, y0: 100, x1: 560, y1: 120 }, leader: null };
      const all = [far, l, onArea];
      stepAside(all, [], wide);
      expect(all.map((x) => x.box)).toEqual([far.box, l.box, o().box]);
      // Beside those, a name in a row still steps aside.
      const mixed = [far, l, o()];
      stepAside(mixed, [], wide);
      expect(boxOf(mixed, 'o').x1).toBe(317);
    });

    it("may step into the camera's padding, to 4 px from the map's edge", () => {
      // The presenter's padding: 48 px beyond its card (460 px); a screen's 24; a phone's 8.
      const frame: Box = { x0: 508, y0: 48, x1: 976, y1: 720 };
      expect(asideOf(frame, { left: 508, right: 48 })).toEqual({ ...frame, x0: 464, x1: 1020 });
      expect(asideOf({ ...frame, x0: 24 }, { left: 24, right: 24 })).toEqual({ ...frame, x0: 4, x1: 996 });
      expect(asideOf(frame, { left: 8, right: 8 })).toEqual({ ...frame, x0: 504, x1: 980 });
      // o may go west to 257 only once the room reaches that far.
      const tight = [l, o()];
      stepAside(tight, [], { ...wide, x0: 258, x1: 390 });
      expect(boxOf(tight, 'o')).toEqual(o().box);
      const room = [l, o()];
      stepAside(room, [], { ...wide, x0: 257, x1: 390 });
      expect(boxOf(room, 'o').x0).toBe(257);
    });

    it('goes no further than 60 px either way', () => {
      // 150 px wide: its east end to 317 is 83 px west, its west end to 331 is 81 px east.
      const long = row('o', { x0: 250, y0: 250, x1: 400, y1: 270 }, { x: 320, y: 200 });
      const all = [l, long];
      stepAside(all, [], wide);
      expect(boxOf(all, 'o')).toEqual(long.box);
    });

    it('only where the leaders through names are then fewer: not into another leader', () => {
      // West, o would be crossed by m's leader (x = 262) instead; east, q is in its way.
      const m = row('m', { x0: 232, y0: 330, x1: 292, y1: 350 }, { x: 262, y: 200 });
      m.leader!.to = { x: 262, y: 330 };
      const q = row('q', { x0: 395, y0: 250, x1: 420, y1: 270 }, { x: 410, y: 200 });
      const all = [l, o(), m, q];
      stepAside(all, [], wide);
      expect(boxOf(all, 'o')).toEqual(o().box);
      // Without m, west is clear.
      const free = [l, o(), q];
      stepAside(free, [], wide);
      expect(boxOf(free, 'o').x1).toBe(317);
    });
  });

  it('tells a segment that passes through a box from one that passes beside it or stops short', () => {
    const box: Box = { x0: 10, y0: 10, x1: 20, y1: 20 };
    expect(crosses({ x: 15, y: 0 }, { x: 15, y: 30 }, box)).toBe(true);
    expect(crosses({ x: 0, y: 0 }, { x: 30, y: 30 }, box)).toBe(true);
    expect(crosses({ x: 25, y: 0 }, { x: 25, y: 30 }, box)).toBe(false);
    expect(crosses({ x: 15, y: 0 }, { x: 15, y: 9 }, box)).toBe(false);
    expect(crosses({ x: 0, y: 30 }, { x: 9, y: 21 }, box)).toBe(false);
  });
});

describe('placeLabels, spot by spot', () => {
  const a = label('a', 300, 200); // 80 × 20
  const at = (boxes: Box[]) => placeLabels([a], boxes, frame, region)[0]!;

  it('tries the point, then 4 px above, below, right and left of it, in that order', () => {
    const centre: Box = { x0: 297, y0: 197, x1: 303, y1: 203 };
    expect(at([])).toEqual({ id: 'a', box: { x0: 260, y0: 190, x1: 340, y1: 210 }, leader: null });
    expect(at([centre]).box).toEqual({ x0: 260, y0: 176, x1: 340, y1: 196 });
    const above: Box = { x0: 290, y0: 180, x1: 310, y1: 190 };
    expect(at([centre, above]).box).toEqual({ x0: 260, y0: 204, x1: 340, y1: 224 });
    const below: Box = { x0: 290, y0: 210, x1: 310, y1: 220 };
    expect(at([centre, above, below]).box).toEqual({ x0: 304, y0: 190, x1: 384, y1: 210 });
    const right: Box = { x0: 340, y0: 195, x1: 350, y1: 205 };
    expect(at([centre, above, below, right]).box).toEqual({ x0: 216, y0: 190, x1: 296, y1: 210 });
  });

  it("keeps a name inside the frame and off another area's point", () => {
    expect(placeLabels([label('edge', 30, 200)], [], frame, region)[0]!.box).toEqual({
      x0: 34,
      y0: 190,
      x1: 114,
      y1: 210,
    });
    const [first] = placeLabels([label('p', 300, 200), label('q', 330, 200, 10, 10)], [], frame, region);
    expect(first!.box).toEqual({ x0: 260, y0: 176, x1: 340, y1: 196 }); // not on q's point
  });

  it('puts a name with no room in the row above the region when its area lies above the middle, with a leader to the nearest edge', () => {
    const [p] = placeLabels([label('up', 300, 190)], [region], frame, region);
    expect(p).toEqual({
      id: 'up',
      box: { x0: 260, y0: 124, x1: 340, y1: 144 },
      leader: { from: { x: 300, y: 190 }, to: { x: 300, y: 144 } },
    });
    const [q] = placeLabels([label('down', 200, 230)], [region], frame, region);
    expect(q).toEqual({
      id: 'down',
      box: { x0: 160, y0: 256, x1: 240, y1: 276 },
      leader: { from: { x: 200, y: 230 }, to: { x: 200, y: 256 } },
    });
  });

  it('moves a name along its row past what is there, and to the next row out when that takes it more than 40 px from its area', () => {
    const [p, q] = placeLabels([label('p', 300, 190), label('q', 310, 195)], [region], frame, region);
    expect(p!.box).toEqual({ x0: 260, y0: 124, x1: 340, y1: 144 });
    // 346 would be 76 px off: the next row; there, straight above its point, its leader
    // would run through p's name: it moves west (east, it would go past its reach) until the leader passes p.
    // Its east end where the leader, slanting to that corner, passes p's name 3 px to the west: 310 − (310 − 257) × 77 / 51.
    expect(q!.box.y0).toBe(98);
    expect(q!.box.x1).toBeCloseTo(310 - (53 * 77) / 51, 6);
    expect(q!.box.x1 - q!.box.x0).toBeCloseTo(80, 6);
    expect(q!.leader!.from).toEqual({ x: 310, y: 195 });
    expect(q!.leader!.to.x).toBeCloseTo(q!.box.x1, 6);
    expect(q!.leader!.to.y).toBe(118);
    expect(crosses(q!.leader!.from, q!.leader!.to, p!.box)).toBe(false);
    const [r] = placeLabels([label('r', 300, 190)], [region, { x0: 250, y0: 124, x1: 270, y1: 144 }], frame, region);
    expect(r!.box).toEqual({ x0: 276, y0: 124, x1: 356, y1: 144 }); // 16 px along: this row
    const [s] = placeLabels([label('s', 300, 190)], [region, { x0: 250, y0: 124, x1: 300, y1: 144 }], frame, region);
    expect(s!.box).toEqual({ x0: 260, y0: 98, x1: 340, y1: 118 }); // 46 px along: the next row
    const [t] = placeLabels([label('t', 590, 190)], [{ x0: 0, y0: 150, x1: 600, y1: 250 }], frame, region);
    expect(t!.box).toEqual({ x0: 520, y0: 124, x1: 600, y1: 144 }); // held inside the frame
  });
});
