// When the part of the map left free changes (the phone rotates, the sheet grows
// or shrinks, a locate message adds a line to the header), says so once per
// change, in an animation frame. watchMapLayout(container, sheet, free, onChange)
// → { framed(room), dispose() }.
export interface MapLayoutWatch {
  /** A map was just framed for this room: a check that finds it still is has nothing to do. */
  framed(room: string): void;
  dispose(): void;
}

export function watchMapLayout(
  container: HTMLElement,
  sheet: HTMLElement | null,
  free: () => string,
  onChange: () => void,
): MapLayoutWatch {
  let last = '';
  const check = () => {
    const now = free();
    if (now === last) return;
    last = now;
    onChange();
  };
  const later = () => requestAnimationFrame(check);
  const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(later) : null;
  observer?.observe(container);
  if (sheet) observer?.observe(sheet);
  addEventListener('resize', later);
  return {
    framed(room) {
      last = room;
    },
    dispose() {
      removeEventListener('resize', later);
      observer?.disconnect();
    },
  };
}
