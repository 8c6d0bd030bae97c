// Step 6: quiet context around Flanders, from Natural Earth (world-atlas, public
// domain): the neighbouring countries, Wallonia and the sea, clipped to the map's
// maximum bounds. Read here only; nothing is fetched at run time.
//
// No slivers: Wallonia is Belgium minus the Flemish and Brussels regions as the map
// draws them (so the regional border is the map's own), keeping only its large
// pieces; the sea is the clip box minus all land, Belgium's land being the map's own
// regions, so the coast is the map's own too. Flanders is drawn above all of it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import polygonClipping from 'polygon-clipping';

const BELGIUM = '056';
/** Pieces of Wallonia smaller than this (km²) are slivers along borders and coasts. */
const MIN_PIECE_KM2 = 25;
/** Pieces of sea smaller than this (km²) are gaps between two datasets' borders. */
const MIN_SEA_KM2 = 100;

/** @typedef {import('polygon-clipping').MultiPolygon} Multi */

/**
 * @param {import('geojson').Geometry} g
 * @returns {Multi}
 */
function asMulti(g) {
  if (g.type === 'Polygon') return /** @type {Multi} */ ([g.coordinates]);
  if (g.type === 'MultiPolygon') return /** @type {Multi} */ (g.coordinates);
  return [];
}

/**
 * Planar area in km² of a polygon in degrees, near Belgium's latitude.
 * @param {import('polygon-clipping').Polygon} poly
 */
function areaKm2(poly) {
  const ring = (/** @type {import('polygon-clipping').Ring} */ r) => {
    let a = 0;
    for (let i = 0; i < r.length; i++) {
      const [x1 = 0, y1 = 0] = r[i] ?? [];
      const [x2 = 0, y2 = 0] = r[(i + 1) % r.length] ?? [];
      a += x1 * y2 - x2 * y1;
    }
    return Math.abs(a / 2);
  };
  const km = 111.32;
  const lat = ((poly[0]?.[0]?.[1] ?? 50.5) * Math.PI) / 180;
  return poly.reduce((s, r, i) => s + (i ? -1 : 1) * ring(r), 0) * km * km * Math.cos(lat);
}

/**
 * @param {import('../types').BuildTopology} base the built topology of Flanders and Brussels
 * @param {{ clip: [[number, number], [number, number]], minWeight: number, quantization: number }} options
 */
export async function buildContext(base, { clip, minWeight, quantization }) {
  const require = createRequire(import.meta.url);
  const world = JSON.parse(await readFile(require.resolve('world-atlas/countries-10m.json'), 'utf8'));
  const [[x0, y0], [x1, y1]] = clip;
  /** @type {Multi} */
  const box = [
    [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
  ];
  const regions = (/** @type {string} */ name) => {
    const object = base.objects[name];
    if (!object) throw new Error(`context: the base topology has no "${name}"`);
    return /** @type {import('geojson').FeatureCollection} */ (
      /** @type {unknown} */ (feature(/** @type {never} */ (base), /** @type {never} */ (object)))
    ).features.flatMap((f) => asMulti(f.geometry));
  };
  const mapped = polygonClipping.union(regions('vlaanderen'), ...regions('brussel').map((p) => [p]));

  const countries = /** @type {import('geojson').FeatureCollection} */ (
    /** @type {unknown} */ (feature(world, world.objects.countries))
  ).features;
  /** @type {import('geojson').Feature[]} */
  const features = [];
  /** @type {Multi[]} */
  const land = [mapped];
  for (const c of countries) {
    const clipped = polygonClipping.intersection(asMulti(c.geometry), box);
    if (!clipped.length) continue;
    const id = String(c.id);
    if (id === BELGIUM) {
      const wallonia = polygonClipping.difference(clipped, mapped).filter((p) => areaKm2(p) >= MIN_PIECE_KM2);
      land.push(wallonia);
      features.push({
        type: 'Feature',
        properties: { kind: 'wallonia' },
        geometry: { type: 'MultiPolygon', coordinates: wallonia },
      });
    } else {
      land.push(clipped);
      features.push({
        type: 'Feature',
        properties: { kind: 'land', country: id },
        geometry: { type: 'MultiPolygon', coordinates: clipped },
      });
    }
  }
  const [first = [], ...rest] = land;
  // Small pieces of "sea" are gaps between Natural Earth's borders and the map's
  // own (along the French border, for one): left as land, they cannot show.
  const sea = polygonClipping
    .difference(box, polygonClipping.union(first, ...rest))
    .filter((p) => areaKm2(p) >= MIN_SEA_KM2);
  features.unshift({
    type: 'Feature',
    properties: { kind: 'sea' },
    geometry: { type: 'MultiPolygon', coordinates: sea },
  });

  const raw = topology({ context: /** @type {never} */ ({ type: 'FeatureCollection', features }) });
  const topo = quantize(
    simplify(presimplify(/** @type {never} */ (raw), sphericalTriangleArea), minWeight),
    quantization,
  );
  for (const g of /** @type {{ geometries: { id?: unknown }[] }} */ (/** @type {unknown} */ (topo.objects.context))
    .geometries)
    delete g.id;
  return topo;
}
