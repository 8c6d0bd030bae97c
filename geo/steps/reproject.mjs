// Step 2: Lambert 72 metres → WGS84 degrees, with the datum shift.
import proj4 from 'proj4';
import { LAMBERT72 } from '../config.mjs';

/**
 * @param {string} definition a proj4 definition of the source CRS
 * @returns {import('../types').Projector}
 */
export function lambertToWgs84(definition = LAMBERT72) {
  const converter = proj4(definition, 'WGS84');
  return ([x = 0, y = 0]) => converter.forward([x, y]);
}

/**
 * @param {unknown} coords nested coordinate arrays
 * @param {import('../types').Projector} fn
 * @returns {unknown}
 */
function mapCoords(coords, fn) {
  if (!Array.isArray(coords)) return coords;
  return typeof coords[0] === 'number' ? fn(coords) : coords.map((c) => mapCoords(c, fn));
}

/**
 * @template {import('geojson').FeatureCollection<import('../types').Area, any>} C
 * @param {C} collection
 * @param {import('../types').Projector} project
 * @returns {C}
 */
export function reprojectFeatures(collection, project = lambertToWgs84()) {
  return /** @type {C} */ ({
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({
      ...f,
      geometry: { ...f.geometry, coordinates: mapCoords(f.geometry.coordinates, project) },
    })),
  });
}
