// A click on the WebGL map: the panel it opens first, the map's frame after.
//
// Why: MapLibre repaints the whole map when a mouse button or a finger is lifted,
// even when the press moved nothing (its drag-pan handler is active from the press,
// and a handler that ends asks for a frame). That frame lands in the same animation
// frame as the click's panel, and the panel reaches the screen only when the map's
// WebGL work is through: on a GPU-less machine (SwiftShader) 70–200 ms of it, for a
// picture that did not change. So a release that moved nothing holds the map's
// repaints until the frame after it has been painted; whatever was asked meanwhile
// (that release's frame, the click's selection) is drawn in one frame right after.
// A drag's release is not held: its end, and the throw after it, draw at once.
//
// Every repaint MapLibre asks for goes through its public triggerRepaint(): the gate
// shadows that method on the one map object, and touches nothing private.
// gateRepaints(map, afterPaint) → { holdThroughNextPaint(), dispose() }.

export interface RepaintGate {
  /** Repaints asked from now on wait until the next frame has been painted (one frame, at most, in all). */
  holdThroughNextPaint(): void;
  /** The map is going: a held repaint is dropped. */
  dispose(): void;
}

export function gateRepaints(map: { triggerRepaint(): void }, afterPaint: (fn: () => void) => () => void): RepaintGate {
  const repaint = map.triggerRepaint.bind(map);
  let held = false;
  let asked = false;
  let cancel = () => {};
  map.triggerRepaint = () => {
    if (held) asked = true;
    else repaint();
  };
  return {
    holdThroughNextPaint() {
      if (held) return;
      held = true;
      cancel = afterPaint(() => {
        held = false;
        if (asked) {
          asked = false;
          repaint();
        }
      });
    },
    dispose: () => cancel(),
  };
}
