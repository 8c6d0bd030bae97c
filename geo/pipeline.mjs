// The geo build as named steps: read → reproject → join → topology → places.
// Returns the outputs in memory so tests can check them without touching disk.
import { readSources } from './steps/read.mjs';
import { reprojectFeatures } from './steps/reproject.mjs';
import { joinMunicipalities } from './steps/municipalities.mjs';
import { buildTopology, neighbourCodes } from './steps/topology.mjs';
import { buildPlaces, buildOutsidePlaces } from './steps/places.mjs';
import { buildContext } from './steps/context.mjs';
import { feature } from 'topojson-client';
import { readdirSync, readFileSync } from 'node:fs';
import {
  SIMPLIFY_MIN_WEIGHT,
  QUANTIZATION,
  CONTEXT_MARGIN,
  CONTEXT_MIN_WEIGHT,
  CONTEXT_QUANTIZATION,
} from './config.mjs';

/** @param {string} sourcesDir */
export async function runPipeline(sourcesDir) {
  const { shapes, tables } = await readSources(sourcesDir);
  const joined = joinMunicipalities(shapes, tables); // areas from unsimplified Lambert 72
  const municipalities = reprojectFeatures(joined);
  const base = buildTopology(municipalities, tables, {
    minWeight: SIMPLIFY_MIN_WEIGHT,
    quantization: QUANTIZATION,
  });
  const places = buildPlaces(municipalities, tables, neighbourCodes(base), reviewedNotPlaces());
  const outside = buildOutsidePlaces(tables);
  const context = await buildContext(base, {
    clip: clipOf(base),
    minWeight: CONTEXT_MIN_WEIGHT,
    quantization: CONTEXT_QUANTIZATION,
  });
  return {
    'context.topo.json': context,
    'base.topo.json': base,
    'places.json': {
      version: 3,
      kinds: {
        g: '2017',
        c: 'current',
        d: 'village',
        p: 'postcode',
        w: 'wijk',
        k: 'kern',
        s: 'sector',
        q: 'sector, doubtful',
        b: 'Brussels',
        x: 'Wallonia',
      },
      entries: [...places, ...outside.entries],
      outside: outside.outside,
    },
  };
}

/**
 * Every name the reviews of the place index found to be no place (the `rejected`
 * list of each geo/review/places-*.json): the build leaves them out, and
 * tests/unit/places-review.test.ts checks none comes back.
 * @returns {string[]}
 */
export function reviewedNotPlaces() {
  const dir = new URL('./review/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => /^places-.*\.json$/.test(f))
    .sort()
    .flatMap(
      (f) => /** @type {{ rejected?: string[] }} */ (JSON.parse(readFileSync(new URL(f, dir), 'utf8'))).rejected ?? [],
    );
}

/**
 * The map's maximum bounds: Flanders' bounds widened by CONTEXT_MARGIN.
 * @param {import('./types').BuildTopology} base
 * @returns {[[number, number], [number, number]]}
 */
export function clipOf(base) {
  const fc = /** @type {import('geojson').FeatureCollection} */ (
    /** @type {unknown} */ (feature(/** @type {never} */ (base), /** @type {never} */ (base.objects.vlaanderen)))
  );
  const xs = [],
    ys = [];
  for (const f of fc.features) {
    const g = f.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const p of polys)
      for (const [x = 0, y = 0] of p[0] ?? []) {
        xs.push(x);
        ys.push(y);
      }
  }
  const [mx = 0, my = 0] = CONTEXT_MARGIN;
  return [
    [Math.min(...xs) - mx, Math.min(...ys) - my],
    [Math.max(...xs) + mx, Math.max(...ys) + my],
  ];
}

/**
 * Stable text form: what is committed and compared in CI.
 * @param {unknown} value
 */
export function serialize(value) {
  return `${JSON.stringify(value)}\n`;
}
