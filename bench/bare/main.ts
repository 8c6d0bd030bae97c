// Benchmark baseline: the same MapLibre build with an empty style, wired the same
// way as the app (ES module worker via setWorkerUrl), marking its first idle.
import { Map as MlMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);
const container = document.getElementById('map')!;
const map = new MlMap({ container, style: { version: 8, sources: {}, layers: [] }, center: [4.4, 51], zoom: 7 });
map.once('idle', () => { container.dataset.mapState = 'idle'; });
