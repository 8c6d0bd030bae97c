// Work that must not compete with the first view (the offline copy, what a print
// needs): run once the map that stays has drawn everything (the map controller's
// `settled`, an event, not a mark or an attribute) and the browser is idle, or
// 15 s after load when no map comes (an error page). `afterFirstMap(settled)`
// gives a scheduler: schedule(fn) → cancel.
export type AfterFirstMap = (fn: () => void) => () => void;

export function afterFirstMap(settled: Promise<void>, fallbackMs = 15_000): AfterFirstMap {
  return (fn) => {
    let done = false;
    let cancelled = false;
    const run = () => {
      if (done || cancelled) return;
      done = true;
      if (typeof requestIdleCallback === 'function')
        requestIdleCallback(
          () => {
            if (!cancelled) fn();
          },
          { timeout: 5000 },
        );
      else
        setTimeout(() => {
          if (!cancelled) fn();
        }, 500);
    };
    const timer = setTimeout(run, fallbackMs);
    void settled.then(() => {
      clearTimeout(timer);
      run();
    });
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  };
}
