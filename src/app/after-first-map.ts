// Work that must not compete with the first view (the offline copy, what a print
// needs): run once the map has marked its first complete frame ('gbo:map-idle')
// and the browser is idle, or 15 s after load when no map comes (an error page).
// Returns a function that cancels it.
export function afterFirstMap(fn: () => void): () => void {
  let done = false;
  let cancelled = false;
  const run = () => {
    if (done || cancelled) return;
    done = true;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => { if (!cancelled) fn(); }, { timeout: 5000 });
    else setTimeout(() => { if (!cancelled) fn(); }, 500);
  };
  if (performance.getEntriesByName('gbo:map-idle').length) {
    run();
    return () => { cancelled = true; };
  }
  const observer = typeof PerformanceObserver === 'function'
    ? new PerformanceObserver((list) => {
      if (!list.getEntries().some((e) => e.name === 'gbo:map-idle')) return;
      observer?.disconnect();
      run();
    })
    : null;
  try {
    observer?.observe({ type: 'mark', buffered: true });
  } catch {
    // No mark observer in this browser: the timer below will do.
  }
  const timer = setTimeout(() => { observer?.disconnect(); run(); }, 15_000);
  return () => {
    cancelled = true;
    observer?.disconnect();
    clearTimeout(timer);
  };
}
