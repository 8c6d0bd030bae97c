// Step 2: Lambert 72 metres → WGS84 degrees, with the datum shift.
import proj4 from 'proj4';
import { LAMBERT72 } from '../config.mjs';

export function lambertToWgs84(definition = LAMBERT72) {
  const converter = proj4(definition, 'WGS84');
  return ([x, y]) => converter.forward([x, y]);
}

function mapCoords(coords, fn) {
  return typeof coords[0] === 'number' ? fn(coords) : coords.map((c) => mapCoords(c, fn));
}

export function reprojectFeatures(collection, project = lambertToWgs84()) {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({
      ...f,
      geometry: { ...f.geometry, coordinates: mapCoords(f.geometry.coordinates, project) },
    })),
  };
}
