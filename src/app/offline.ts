// Offline after one visit: registers the build's service worker (vite.config.ts,
// Workbox) once the first map is complete, so its precache download never competes
// with the first view. Not in development (no service worker is built) and not in
// the single-file build (a page opened from file:// cannot have one).
export function registerOffline(): void {
  if (!import.meta.env.PROD || import.meta.env.VITE_SINGLE_FILE || !('serviceWorker' in navigator)) return;
  let asked = false;
  const register = () => {
    if (asked) return;
    asked = true;
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((e: unknown) => {
      console.warn(`offline copy unavailable: ${e instanceof Error ? e.message : String(e)}`);
    });
  };
  const afterFirstMap = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 1000));
  if (performance.getEntriesByName('gbo:map-idle').length) afterFirstMap();
  else {
    // The map marks its first complete frame; without a map (an error page) the load event will do.
    const observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => e.name === 'gbo:map-idle')) {
        observer.disconnect();
        afterFirstMap();
      }
    });
    observer.observe({ type: 'mark', buffered: true });
    addEventListener('load', () => setTimeout(() => { observer.disconnect(); afterFirstMap(); }, 15_000), { once: true });
  }
}
