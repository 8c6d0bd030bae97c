// Starts the page; decides nothing itself. On load: the data and the SVG map's
// small module, then every part (app/parts.ts) in one task, so the panel and that
// map reach the screen in one frame, WebGL taking over later; a failure is said on
// the page. startApp(env) → dispose(); src/entry.ts calls it with the
// browser's data, map and the SVG map's module on its way, the DOM tests with fakes.
import { createStore } from './core/store';
import { initialState, settleState, type AppState } from './core/app-state';
import { pageOptions } from './core/page-options';
import { strings, warmNumberFormats } from './i18n';
import type { DataSource } from './data-source';
import { createUrl } from './app/url';
import { explainStartFailure, loadOrExplain } from './app/load-data';
import { mountPageFrame } from './app/page-frame';
import { mountParts } from './app/parts';
import type { MapFactory } from './app/map/factory';

export interface AppEnv {
  data: DataSource;
  createMap: MapFactory;
  firstMapCode: Promise<unknown>;
}

const byId = (id: string) => document.getElementById(id)!;

export function startApp(env: AppEnv): () => void {
  const options = pageOptions(location.search, location.hash);
  const store = createStore<AppState>(initialState(location.hash), settleState);
  const t = () => strings[store.get().lang];
  const url = createUrl(store);
  const disposers: (() => void)[] = [url.dispose, mountPageFrame(store, options)];
  let disposed = false;

  const loading = loadOrExplain(env.data, byId('panel-content'), t, () => disposed);
  // The map code's failure is the map's to say, with a retry.
  Promise.all([loading, env.firstMapCode.catch(() => undefined)])
    .then(([{ doc, geo }]) => {
      disposers.push(...mountParts({ data: env.data, createMap: env.createMap, options, store, url, doc, geo }));
      warmNumberFormats();
    })
    .catch((e: unknown) => {
      if (!disposed) explainStartFailure(byId('panel-content'), t(), e);
    });
  return () => {
    disposed = true;
    for (const dispose of disposers.splice(0).reverse()) dispose();
  };
}
