// Offline after one visit: registers the build's service worker (vite.config.ts,
// Workbox) once the first map is complete, so its precache download never competes
// with the first view. Not in development (no service worker is built) and not in
// the single-file build (a page opened from file:// cannot have one).
import type { AfterFirstMap } from './after-first-map';

export function registerOffline(afterFirstMap: AfterFirstMap): () => void {
  if (!import.meta.env.PROD || import.meta.env.VITE_SINGLE_FILE || !('serviceWorker' in navigator)) return () => undefined;
  return afterFirstMap(() => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((e: unknown) => {
      console.warn(`offline copy unavailable: ${e instanceof Error ? e.message : String(e)}`);
    });
  });
}
