// The geo build as named steps: read → reproject → join → topology → places.
// Returns the outputs in memory so tests can check them without touching disk.
import { readSources } from './steps/read.mjs';
import { reprojectFeatures } from './steps/reproject.mjs';
import { joinMunicipalities } from './steps/municipalities.mjs';
import { buildTopology } from './steps/topology.mjs';
import { buildPlaces } from './steps/places.mjs';
import { SIMPLIFY_MIN_WEIGHT, QUANTIZATION } from './config.mjs';

/** @param {string} sourcesDir */
export async function runPipeline(sourcesDir) {
  const { shapes, tables } = await readSources(sourcesDir);
  const joined = joinMunicipalities(shapes, tables); // areas from unsimplified Lambert 72
  const municipalities = reprojectFeatures(joined);
  const base = buildTopology(municipalities, tables, {
    minWeight: SIMPLIFY_MIN_WEIGHT,
    quantization: QUANTIZATION,
  });
  const places = buildPlaces(municipalities, tables);
  return {
    'base.topo.json': base,
    'places.json': { version: 1, kinds: { g: '2017', c: 'current', d: 'village', p: 'postcode' }, entries: places },
  };
}

/**
 * Stable text form: what is committed and compared in CI.
 * @param {unknown} value
 */
export function serialize(value) {
  return `${JSON.stringify(value)}\n`;
}
