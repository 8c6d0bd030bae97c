// When the part of the map left free changes (the phone rotates, the sheet grows
// or shrinks, a locate message adds a line to the header), says so once per
// change, in an animation frame. watchMapLayout(container, sheet, free, onChange) → dispose.
export function watchMapLayout(
  container: HTMLElement,
  sheet: HTMLElement | null,
  free: () => string,
  onChange: () => void,
): () => void {
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
  return () => {
    removeEventListener('resize', later);
    observer?.disconnect();
  };
}
