// Benchmark baselines: the same MapLibre build, wired the same way as the app (ES
// module worker via setWorkerUrl), marking its first idle.
// - `/`: an empty style, the baseline the budget names.
// - `/?one-area`: one labelled square (a fill, an outline and a label), the least
//   any map with data pays: a worker started, three shader programs, local glyphs.
import { Map as MlMap, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

const oneArea: StyleSpecification = {
  version: 8,
  sources: {
    area: {
      type: 'geojson',
      data: {
        type: 'Feature',
        properties: { name: 'Gebied' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [4, 50.8],
              [4.8, 50.8],
              [4.8, 51.2],
              [4, 51.2],
              [4, 50.8],
            ],
          ],
        },
      },
    },
  },
  layers: [
    { id: 'fill', type: 'fill', source: 'area', paint: { 'fill-color': '#88ccee' } },
    { id: 'line', type: 'line', source: 'area', paint: { 'line-color': '#333333' } },
    { id: 'label', type: 'symbol', source: 'area', layout: { 'text-field': ['get', 'name'] } },
  ],
};

setWorkerUrl(workerUrl);
const container = document.getElementById('map')!;
const style: StyleSpecification = location.search.includes('one-area')
  ? oneArea
  : { version: 8, sources: {}, layers: [] };
const map = new MlMap({ container, style, center: [4.4, 51], zoom: 7 });
map.once('idle', () => {
  container.dataset.mapState = 'idle';
});
