// Offline after one visit: registers the build's service worker (vite.config.ts,
// Workbox) once the first map is complete, so its precache download never competes
// with the first view. Says in words whether the copy is ready, and offers a new
// version when one is waiting (it takes over only when the user says so, so a page
// never mixes files of two versions). Not in development (no service worker is
// built) and not in the single-file build (a page opened from file:// cannot have one).
import type { AfterFirstMap } from './after-first-map';
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import { mountOfflineStatus, type OfflineUi } from '../ui/offline-status';
import { strings } from '../i18n';

/** What this module uses of the browser's service-worker container (a fake in the DOM tests). */
export interface WorkerContainer {
  readonly controller: unknown;
  register(url: string, options: { scope: string }): Promise<WorkerRegistration>;
  addEventListener(type: 'controllerchange', listener: () => void): void;
  removeEventListener(type: 'controllerchange', listener: () => void): void;
}
export interface WorkerRegistration {
  readonly installing: Worker | null;
  readonly waiting: Worker | null;
  readonly active: unknown;
  addEventListener(type: 'updatefound', listener: () => void): void;
}
interface Worker {
  readonly state: string;
  postMessage(message: unknown): void;
  addEventListener(type: 'statechange', listener: () => void): void;
}

export interface OfflineWords {
  noWorker: string;
  copyFailed: string;
}

export function registerOffline(
  afterFirstMap: AfterFirstMap,
  ui: OfflineUi,
  words: () => OfflineWords,
  container: WorkerContainer | undefined = import.meta.env.PROD &&
  !import.meta.env.VITE_SINGLE_FILE &&
  'serviceWorker' in navigator
    ? navigator.serviceWorker
    : undefined,
  reload: () => void = () => location.reload(),
): () => void {
  if (!container) {
    if (import.meta.env.PROD && !import.meta.env.VITE_SINGLE_FILE) ui.unavailable(words().noWorker);
    return () => undefined;
  }
  let reloading = false;
  const onControllerChange = () => {
    if (reloading) reload();
  };
  container.addEventListener('controllerchange', onControllerChange);
  const offer = (registration: WorkerRegistration) =>
    ui.updateAvailable(() => {
      reloading = true;
      registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
    });
  const watch = (registration: WorkerRegistration, worker: Worker) =>
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') ui.ready();
      else if (worker.state === 'installed' && container.controller)
        offer(registration); // a new version waits
      else if (worker.state === 'redundant' && !registration.active) ui.unavailable(words().copyFailed);
    });
  const cancel = afterFirstMap(() => {
    container.register('./sw.js', { scope: './' }).then(
      (registration: WorkerRegistration | undefined) => {
        // A browser that blocks workers may answer with nothing at all.
        if (!registration) return ui.unavailable(words().noWorker);
        if (registration.active) ui.ready();
        if (registration.waiting && container.controller) offer(registration);
        if (registration.installing) watch(registration, registration.installing);
        registration.addEventListener('updatefound', () => {
          if (registration.installing) watch(registration, registration.installing);
        });
      },
      (e: unknown) => ui.unavailable(e instanceof Error ? e.message : String(e)),
    );
  });
  return () => {
    cancel();
    container.removeEventListener('controllerchange', onControllerChange);
  };
}

/** The offline copy with its line in the panel: mountOffline(el, store, afterFirstMap) → dispose(). */
export function mountOffline(el: HTMLElement, store: Store<AppState>, afterFirstMap: AfterFirstMap): () => void {
  const status = mountOfflineStatus(el, store);
  const t = () => strings[store.get().lang];
  const unregister = registerOffline(afterFirstMap, status.ui, () => ({
    noWorker: t().offlineNoWorker,
    copyFailed: t().offlineCopyFailed,
  }));
  return () => {
    unregister();
    status.dispose();
  };
}
