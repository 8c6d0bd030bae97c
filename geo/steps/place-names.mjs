// Names as the sources spell them, made comparable: the loose key every table is
// joined on, the official spelling where a source has it wrong, a village's name
// and its municipality in brackets, bpost's capitals.
import { NAME_FIXES } from '../config.mjs';

/** @type {Record<string, string>} */
const FIXES = NAME_FIXES;
/** A name as the sources spell it → its official spelling (geo/config.mjs, NAME_FIXES). */
export const mended = (/** @type {string} */ name) => FIXES[name] ?? name;

/**
 * Loose key for matching names across tables: case, accents, punctuation.
 * @param {string} name
 */
export function nameKey(name) {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * "Beveren (Roeselare)" → { village: "Beveren", municipality: "Roeselare" }; "(Dg.)" → core.
 * @param {string} full
 * @returns {{ village: string, municipality: string | null, core: boolean }}
 */
export function splitVillageName(full) {
  const m = /^(.*) \(([^()]*)\)$/.exec(full);
  const [, village = full, inside = ''] = m ?? [];
  if (!m) return { village: full, municipality: null, core: false };
  if (inside === 'Dg.') return { village, municipality: village, core: true };
  return { village, municipality: inside, core: false };
}

/**
 * bpost capitalises every part ("Mons-Lez-Liège", "Sint-Joost-Ten-Node") or only
 * the first ("Saint-vith", "Sint-gillis", "Braine-l'alleud"). Every word gets a
 * capital but the particles, which are lower case; after an elided article (l', d')
 * the word takes its capital again ("Braine-l'Alleud").
 */
const PARTICLES = new Set([
  'lez',
  'lès',
  'sur',
  'sous',
  'en',
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  'aux',
  'au',
  'à',
  'ten',
  'ter',
  'te',
  'op',
  'aan',
  'den',
  'der',
  'bij',
  'onder',
  'over',
  'het',
  'et',
]);
const capital = (/** @type {string} */ w) => w.charAt(0).toUpperCase() + w.slice(1);
/** @param {string} name */
export function bpostCasing(name) {
  return name
    .split(/(?<=[-\s])/)
    .map((part, i) => {
      const word = part.replace(/[-\s]$/, '').toLowerCase();
      const rest = part.slice(word.length);
      if (i > 0 && PARTICLES.has(word)) return word + rest;
      const elided = /^([dl]')(.+)$/.exec(word);
      if (elided) return (i > 0 ? elided[1] : capital(elided[1] ?? '')) + capital(elided[2] ?? '') + rest;
      return capital(word) + rest;
    })
    .join('')
    .replace(/Ij/g, 'IJ')
    .replace(/^'s /i, "'s-");
}
