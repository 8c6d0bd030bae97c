// What each map was last given to draw: the state, and whether the surroundings were
// in. A map is made for the view of its moment and draws it as it is made; a view
// change (or the surroundings) that comes while it is made reaches only the maps
// already on the page, so the new map must be shown it, and only then: showing a
// map what it has already drawn cost the first map's task and frame 20–30 ms here.
// drawnFor() → { made(now), shown(maps, now), has(map, now) }.
export interface DrawnFor {
  readonly state: object;
  readonly surroundings: boolean;
}

export interface DrawnLog<M extends object> {
  /** A map is being made for this. */
  made(now: DrawnFor): void;
  /** These maps were shown this. */
  shown(maps: readonly M[], now: DrawnFor): void;
  /** The map (the one made last, if it has not been shown anything since) has drawn `now`. */
  has(map: M, now: DrawnFor): boolean;
}

export function drawnFor<M extends object>(): DrawnLog<M> {
  const shown = new WeakMap<M, DrawnFor>();
  let made: DrawnFor | null = null;
  return {
    made(now) {
      made = now;
    },
    shown(maps, now) {
      for (const m of maps) shown.set(m, now);
    },
    has(map, now) {
      const last = shown.get(map) ?? made;
      return last !== null && last.state === now.state && last.surroundings === now.surroundings;
    },
  };
}
