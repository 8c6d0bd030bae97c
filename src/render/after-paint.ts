// "After the frame that shows it": a task queued from the next animation frame runs
// once that frame's painting is done. What the user did not ask for first waits so:
// the map's move after the panel (app/map/follow.ts), the printout's link after the
// view (app/share-controller.ts), the WebGL map after the SVG map
// (app/map/controller.ts), the WebGL map's repaint after a click's panel
// (render/maplibre/click-repaint.ts). It sits with the maps, below the shell, so
// both may use it. afterNextPaint(fn) → cancel().
export function afterNextPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
