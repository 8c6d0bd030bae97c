// The surroundings (the sea, Wallonia, the neighbouring countries) are loaded once
// the first complete map is on screen: they must not delay it. Without them the
// map is still complete, so a failure is a warning, not a message. The map's
// container says how it went (data-surroundings), for the tests.
// loadSurroundings(load, container, draw) → settles once drawn or known missing.
export function loadSurroundings(
  load: () => Promise<unknown>,
  container: HTMLElement,
  draw: (raw: unknown) => boolean,
): Promise<void> {
  return load().then(
    (raw) => {
      if (draw(raw)) container.dataset.surroundings = 'drawn';
    },
    (e: unknown) => {
      container.dataset.surroundings = 'none';
      console.warn(`geo/context.topo.json: ${e instanceof Error ? e.message : String(e)}`);
    },
  );
}
