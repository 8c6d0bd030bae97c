// Step 5: the place-name index for search. Every 2017 and current municipality
// name, every village (sub-municipality) and every postal code, each resolving to
// 2017 municipality codes. Entries: [name, kind, codes2017, postcode?].
//
// postcodes_bpost.csv joined names to NIS codes by name alone, so its nisCode is
// often wrong (Deurne 2100 carries Diest's code). Only its postal code and province
// are trusted: each row is resolved by name within its province through the
// sub-municipality table, and ties are broken by the other places sharing the
// postal code (sources README, "Known defects").
import { BPOST_PROVINCES, NAME_FIXES } from '../config.mjs';

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
    .normalize('NFD').replace(/\p{M}/gu, '')
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

export const KIND = { municipality2017: 'g', municipalityNow: 'c', village: 'd', postcode: 'p' };

/**
 * @param {import('../types').Municipalities} municipalities
 * @param {import('../types').Tables} tables
 * @param {Map<string, Set<string>>} neighbours each 2017 code → the codes it shares a border with (topology.mjs, neighbourCodes)
 * @param {Iterable<string>} [rejected] the names the reviews found to be no place (geo/review/places-*.json)
 * @returns {import('../types').PlaceEntry[]}
 */
export function buildPlaces(municipalities, tables, neighbours, rejected = []) {
  const flemish = municipalities.features.map((f) => f.properties).filter((p) => p.flemish);
  const byCode = new Map(flemish.map((p) => [p.code, p]));
  /** @type {import('../types').PlaceEntry[]} */
  const entries = [];

  for (const p of flemish) entries.push([p.naam, KIND.municipality2017, [p.code]]);

  /** @type {Map<string, { naam: string, codes: string[] }>} */
  const members = new Map();
  for (const p of flemish) {
    const m = members.get(p.nu) ?? { naam: p.nuNaam, codes: [] };
    members.set(p.nu, m);
    m.codes.push(p.code);
  }
  for (const [, m] of members) entries.push([m.naam, KIND.municipalityNow, m.codes.sort()]);

  // Villages: the first five characters of a real village's code are the pre-2019
  // NIS code of its municipality; ONB codes are "not locatable", not places.
  /** @type {{ key: string, code: string, prov: string }[]} */
  const villages = [];
  for (const row of tables.deelgemeente_names ?? []) {
    const full = row.code ?? '';
    if (full.endsWith('ONB')) continue;
    const code = full.slice(0, 5);
    const p = byCode.get(code);
    if (!p) continue; // Brussels
    const { village, core } = splitVillageName(row.name ?? '');
    villages.push({ key: nameKey(village), code, prov: p.prov });
    // "Hoeke - Oostkerke (Damme)" is two villages: each name must match on its own,
    // or bpost's "Oostkerke 8340" could only resolve to Oostkerke in Diksmuide.
    if (village.includes(' - ')) {
      for (const part of village.split(' - ')) villages.push({ key: nameKey(part), code, prov: p.prov });
    }
    if (!core || village !== p.naam) entries.push([village, KIND.village, [code]]);
  }

  /** @type {import('../types').Candidates} */
  const candidatesByKey = new Map();
  /** @type {(key: string, code: string, prov: string) => void} */
  const addCandidate = (key, code, prov) => {
    const codes = candidatesByKey.get(key) ?? new Map();
    candidatesByKey.set(key, codes);
    codes.set(code, prov);
  };
  for (const v of villages) addCandidate(v.key, v.code, v.prov);
  for (const p of flemish) addCandidate(nameKey(p.naam), p.code, p.prov);

  /** @type {Record<string, string>} */
  const provinces = BPOST_PROVINCES;
  const rows = (tables.postcodes_bpost ?? [])
    .filter((r) => (r.province ?? '') in provinces)
    .map((r) => ({ name: r.name ?? '', zip: r.zipCode ?? '', prov: provinces[r.province ?? ''] ?? '', main: r.main === '1' }));
  const municipalityKeys = new Map(flemish.map((p) => [nameKey(p.naam), p.code]));
  const resolved = resolvePostcodes(rows, candidatesByKey, municipalityKeys);
  // bpost's own casing ("Sint-niklaas", "'S Gravenwezel") gives way to the
  // spelling of the names tables wherever the name is one of theirs.
  /** @type {Map<string, string>} */
  const official = new Map();
  for (const e of entries) if (!official.has(nameKey(e[0]))) official.set(nameKey(e[0]), e[0]);
  const seen = new Set();
  for (const r of resolved) {
    const key = `${r.zip}|${nameKey(r.name)}|${r.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const name = official.get(nameKey(r.name)) ?? bpostCasing(r.name);
    if (r.code) entries.push([name, KIND.postcode, [r.code], r.zip]);
  }

  /** @type {Map<string, Set<string>>} */
  const knownKeys = new Map();
  for (const [name, kind, codes] of entries) {
    if (kind === KIND.postcode) continue;
    const set = knownKeys.get(nameKey(name)) ?? new Set();
    knownKeys.set(nameKey(name), set);
    for (const c of codes) set.add(c);
  }
  const municipalityNames = new Set(entries.filter(([, kind]) => kind === KIND.municipality2017 || kind === KIND.municipalityNow).map(([name]) => nameKey(name)));
  const membersOf = new Map([...members].map(([now, m]) => [now, m.codes]));
  entries.push(...buildLocalPlaces(new Set(byCode.keys()), knownKeys, tables, { municipalityKeys: municipalityNames, membersOf, neighbours, rejected }));
  return entries;
}

/**
 * Resolve bpost rows to 2017 codes; throws naming every row it cannot place.
 * candidatesByKey: name key → Map(code → province), with `municipalityKeys` the
 * keys that are a 2017 municipality's own name.
 * @param {import('../types').PostcodeRow[]} rows
 * @param {import('../types').Candidates} candidatesByKey
 * @param {Map<string, string>} municipalityKeys
 */
export function resolvePostcodes(rows, candidatesByKey, municipalityKeys = new Map()) {
  // A name the tables do not know ("Heist-Aan-Zee", "Moerbeke-waas") is tried
  // without its trailing words, the longest known prefix first.
  /** @param {import('../types').PostcodeRow} r */
  const candidatesOf = (r) => {
    const words = nameKey(r.name).split(' ');
    for (let n = words.length; n > 0; n--) {
      const key = words.slice(0, n).join(' ');
      let codes = [...(candidatesByKey.get(key) ?? new Map())].filter(([, p]) => p === r.prov).map(([c]) => c);
      // bpost's main=1 row is the municipality's own name: prefer that reading.
      const own = municipalityKeys.get(key);
      if (r.main && own && codes.includes(own)) codes = [own];
      if (codes.length) return codes;
    }
    return [];
  };
  /** @typedef {import('../types').PostcodeRow & { candidates: string[], code: string | null }} Placed */
  /** @type {Placed[]} */
  const firstPass = rows.map((r) => {
    const candidates = candidatesOf(r);
    return { ...r, candidates, code: candidates.length === 1 ? candidates[0] ?? null : null };
  });

  /** @type {Map<string, Map<string, number>>} */
  const support = new Map(); // zip → Map(code → weight)
  for (const r of firstPass) {
    if (!r.code) continue;
    const counts = support.get(r.zip) ?? new Map();
    support.set(r.zip, counts);
    counts.set(r.code, (counts.get(r.code) ?? 0) + (r.main ? 10 : 1));
  }
  const zips = [...support.keys()].map(Number);
  /** Support for `code` in r's postal code from rows other than r itself. */
  /** @type {(r: Placed, code: string) => number} */
  const othersFor = (r, code) => (support.get(r.zip)?.get(code) ?? 0) - (r.code === code ? (r.main ? 10 : 1) : 0);
  /** @type {(counts: Map<string, number>, pool: string[]) => string | null} */
  const best = (counts, pool) => {
    const ranked = [...counts].filter(([c]) => !pool.length || pool.includes(c)).sort((a, b) => b[1] - a[1]);
    return ranked[0]?.[0] ?? null;
  };

  // Pass 2: ties and unknown hamlets take the municipality their postal code shares
  // with the places already placed; failing that, the nearest postal code within 10
  // (bpost numbers neighbouring areas consecutively: Beveren 8791 is next to Waregem 8790).
  /** @type {string[]} */
  const unresolved = [];
  const out = firstPass.map((r) => {
    // A village name can also be a hamlet of a neighbouring municipality under
    // another postal code: Ooike is Wortegem-Petegem's (9790) but "Ooike 9700" is
    // in Oudenaarde; Sint-Maria-Oudenhove is Zottegem's (9620) but 9660 is Brakel.
    // When no other place of this postal code is in the name's municipality, while
    // another row of the same name is, the row takes its postal code's municipality.
    if (r.code && othersFor(r, r.code) <= 0) {
      const sameNameElsewhere = firstPass.some((o) => o !== r && o.code === r.code && nameKey(o.name) === nameKey(r.name) && othersFor(o, r.code ?? '') > 0);
      const zipBest = best(new Map([...(support.get(r.zip) ?? new Map())].filter(([c]) => c !== r.code)), []);
      if (sameNameElsewhere && zipBest) return { ...r, code: zipBest };
    }
    if (r.code) return r;
    let code = best(support.get(r.zip) ?? new Map(), r.candidates);
    if (!code) {
      const near = zips
        .map((z) => ({ z, d: Math.abs(z - Number(r.zip)) }))
        .filter(({ d }) => d > 0 && d <= 10)
        .sort((a, b) => a.d - b.d || a.z - b.z);
      for (const { z } of near) {
        code = best(support.get(String(z)) ?? new Map(), r.candidates);
        if (code) break;
      }
    }
    if (!code) unresolved.push(`${r.zip} ${r.name}`);
    return { ...r, code };
  });
  if (unresolved.length) throw new Error(`postcodes_bpost.csv: cannot place ${unresolved.join(', ')}`);
  return out;
}

// ── Places below the village and outside Flanders ────────────────────────────

// Names that are no place of their own: a part of a municipality ("Centrum",
// "Noord"), a land use ("Industriezone"), or a street.
const GENERIC = new RegExp('^(?:' + [
  'centrum', 'kern', 'dorp', 'dorpskern', 'noord', 'zuid', 'oost', 'west', 'noordoost', 'noordwest', 'zuidoost', 'zuidwest',
  'open ruimte', 'buitengebied', 'landelijk', 'landelijk gebied', 'landbouwgebied', 'landelijke zone', 'woonzone(?: .+)?', 'woongebied', 'woonwijk',
  'station', 'stationsbuurt', 'stationswijk', 'stationsomgeving', 'markt', 'park', 'kliniek', 'ziekenhuis', 'sportcentrum',
  'begijnhof', 'nieuwe wijk', 'residentie', 'haven', 'havengebied', 'strand', 'bos', 'bossen', 'polder', 'vliegveld',
  // Plain words among the municipalities' own wijk names: a part of the town, not a place's name.
  'stadscentrum', 'binnenstad', 'natuur', 'periferie', 'stadskern', 'centrum stad', 'oude stad',
  '(?:nationaal )?park .+', 'militair domein .+',
  '(?:industrie|ambachts|ambachtelijke|bedrijven|kmo|handels|zoning)\\S*(?: .+)?', 'kanaalzone', 'kazerne', 'militair domein',
  // What a sector is named after when it is no place: a building or a use, or a word left over.
  'fort', 'zwembad', 'stadion', 'kasteel', 'luchthaven', 'bewoning', 'bebouwing', 'verspreide bebouwing', 'verkaveling',
  'kerkhof', 'begraafplaats', 'wijk', 'kanaal', 'nieuw', 'oud', 'ter', 'ten', 'de', 'den', 'het', 'site', 'kerk', 'school',
  // Words left over once a qualifier or a number is gone.
  'nieuwe', 'grote', 'kleine', 'neder', 'over', 'boven', 'beneden', 'hoog', 'laag', 'oude', 'bad', 'dorpskom', 'concessie', 'schelde',
  // Buildings and uses.
  '\\S*(?:kliniek|raffinaderij|werkplaatsen|dok)', 'gerechtshof', 'veiling', 'windmolen',
  // Points of the compass, regions and plain words: no place of their own.
  'noorden', 'zuiden', 'oosten', 'westen', 'brabant', 'kempen', 'stad', 'hoek', 'nationaal', 'hoogte',
  'klein', 'groot', 'historisch', 'stedelijk', 'proefhoeve', 'vlieghaven', 'ring', 'weekend', 'weekendzone', 'weekendverblijven',
  'sociale (?:woningen|woonwijk|huisvesting)', 'nieuwbouw', 'appartementen',
  // Reviewed 2026-12-07: railway yards, "the northern core", words left over, a canal, a golf course.
  'vormings?station', '(?:noord|zuid|oost|west)elijke(?: .+)?', 'sociale', '\\S*kanaal', 'golf',
  'winkelcentrum', 'staketsel', 'witte', 'zwarte', 'groene', 'blauwe', 'arboretum', 'nijverheid(?: .+)?',
  'ziekenhuizen', 'haven .+', '.+ mole', 'fort .+', '.+ kasteel',
  'gevangenis', 'terril', 'woonkern', 'stedelijk wonen', '\\S*hallen', '(?:de|het|den) veiling',
  // The capital's name on a Flemish sector would send a search for Brussels astray.
  'brussel',
  // Reviewed: a campus, and companies a sector or wijk is named after.
  'veld', 'rustoord', 'centrumgebied', '\\S*gebied', 'stadsrand', 'campus', 'cockerill', 'atheneum', 'lyceum', 'instituut', 'de naeyer', '\\S*jachthaven',
  'rondpunt', 'watertoren', 'gemeentepark', 'rand', 'sluizencomplex', 'sluis', '\\S*(?:fabriek|fabrieken|complex|bedrijvenzones?)(?: .+)?',
  '(?:rijksstation|groot) .+ (?:bedrijvenzones?|station)',
  // Reviewed 2026-12-07, second pass: a split's leftover ("Mannekensvere - Polders") and a castle.
  'polders', '\\S+kasteel',
  // What a cemetery's name leaves once "Kerkhof" is gone ("Duits Kerkhof", "Centrale Begraafplaats").
  'duits', 'centrale',
].join('|') + ')$');
// Qualifiers that narrow a place without naming another: "Waterschei-Noord",
// "Centrum Mariakerke", "Diksmuide Open Ruimte", "Winterslag 1", "Tuinwijk II".
const QUALIFIER = '(?:landelijk(?: gebied)?|verspreide (?:bewoning|bebouwing)|verspr\\. bew(?:oning|\\.)?|bewoning|bebouwing|(?:over )?e\\d+|centrum|dorpskern|kerngebied|uitbreiding|agrarisch|periferie|woongebied|woonwijken|site|toeristische zone|(?:noord|zuid|oost|west)?kern|(?:noord|zuid|oost|west)?kwartier|dorp|(?:noord|zuid)?(?:oost|west)?|noord|zuid|open ruimte|buitengebied|station|strand|wijk|\\d+[a-z]?|[ivx]+)';
const LEADING = new RegExp(`^(?:${QUALIFIER}|kop(?: van)?)[ -]+`, 'i');
const TRAILING = new RegExp(`[ -]+(?:${QUALIFIER}|industrie\\S*|ambachts\\S*|park|vliegveld|natuur|tuinwijk|woonwijk|wijken|rand|markt|centraal|stedelijk|historisch|vlieghaven|luchthaven|oud|nieuw|veld|kerkhof|begraafplaats|terril|kanaal)$`, 'i');
// Statistical sectors, and some wijken, are named after a street ("Beekstraat",
// "Drongensesteenweg", "Gistelsteenweg Oost Jabbeke"): a street is no place, and
// naming only part of it misleads. Any word of the name that is a street drops it.
// A "-baan" is a road ("Dendermondebaan", "Liersebaan"), but for a sports course:
// Gent's Watersportbaan is a neighbourhood named after its rowing course. A dreef
// is a street when the word is compounded ("Beukendreef"): Meersel Dreef is a
// hamlet. Halveweg ("halfway") is a hamlet's name, not a road's.
const STREET = /(?:straat|straete|str\.?|steenweg|stwg\.?|laan|(?<=[a-z])dreef|plein|lei|kaai|(?<!sport)baan|(?<!halve)weg|singel|dijk|(?<=[a-z])vest|kassei)(?:$|[\s-])/i;
// What a name ends in when it names a building or a use, not where people live:
// a church ("Godelievekerk"), a park or business park ("Europark"), a zone, a
// pond, a hospital.
const NOT_A_PLACE_END = /(?:kerk|park|zone|vijver|ziekenhuis|kliniek|school|college|(?<=[a-z])statie|(?<=[a-z])tuin|(?<=[a-z])(?<!vuur)toren|terminal|(?<=[a-z])markt)$/i;
// Place-name elements of Dutch toponymy: the last word of a hamlet's name ends in
// one ("Kruishoek", "Millegem", "Heuldonk", "Vrebos"). A sector's name is taken
// only when it has one, or when the same name is a wijk, kern or village
// elsewhere, or a parish ("Sint-Anna"): sector names are the noisiest source.
const TOPONYM_END = /(?:gem|hem|heim|zele|zeel|kerke|kapelle|berg|berge|bergen|broek|bos|bosch|donk|donck|dries|hoek|hout|hove|hoven|kouter|laar|lare|lo|loo|meer|rode|rooi|dal|beek|beke|heide|hei|heuvel|akker|kamp|kant|einde|eind|end|horst|hul|ham|ingen|weide|zijde|zande|(?<!ha)ven|goor|gat|put|putten|schoot|sel|dorp|bulk|kot|veld|velde|brug|brugge|wijk|winkel|stede|hage|haag|gracht|hof|meersen|meers|moer|moeren|polder|vliet|voorde|voort|oord|wal|bunder|schuur|poel|reet|rijt|hulst|hoeve|hoeven|burcht|kruis|molen|mortel|plas|aarde|lede|elst|heem|rijk|naken|ijk|ken|daal|schot|velden|buurt|kwartier|strand|munte|zoute|gras)$/i;
// Words that may stand before a place-name element in a name of two words or more:
// articles, particles and adjectives ("De Zandberg", "Ter Beke", "Grote Heide",
// "Lutlommelse Heide", "Houten Kruis"). Anything else before it is most often
// another name or a qualifier run together ("Tegen Liedekerke-Bos", "Diegem Hoek").
const LEAD_WORD = /^(?:de|het|'t|den|der|ter|ten|te|op|over|onder|boven|beneden|achter|voor|neder|opper|hoog|hoge|laag|lage|groot|grote|klein|kleine|oud|oude|nieuw|nieuwe|lang|lange|kort|korte|zwart|zwarte|wit|witte|rood|rode|blauw|blauwe|groen|groene|geel|gele|hout|houten|steen|stenen|heilig|heilige|\p{L}+(?:se|sche|ste))$/iu;
/**
 * Whether a sector name reads as a place name (see TOPONYM_END and LEAD_WORD).
 * @param {string} name
 */
export function sectorNameIsPlace(name) {
  if (/^(?:sint|sinte|onze-lieve-vrouw)-/i.test(name)) return true;
  const words = name.split(/\s+/);
  if (!TOPONYM_END.test((words[words.length - 1] ?? '').split('-').pop() ?? '')) return false;
  return words.slice(0, -1).every((/** @type {string} */ w) => LEAD_WORD.test(w));
}

/**
 * The places a sector, wijk or kern name speaks of: composites split, qualifiers
 * and numbers dropped, generic names left out. "Muide - Meulestede - Afrikalaan"
 * → Muide, Meulestede, Afrikalaan; "Winterslag 2 en 4" → Winterslag;
 * "Lieve (Mariakerke)" → Lieve; "Centrum" → nothing.
 * @param {string} raw
 * @returns {string[]}
 */
export function placeNames(raw) {
  if (/niet te lokaliseren/i.test(raw)) return [];
  let name = raw.trim();
  // Trailing "(code)" or "(Municipality)" and qualifiers in brackets.
  while (/ \([^()]*\)$/.test(name)) name = name.replace(/ \([^()]*\)$/, '');
  if (/\.\.\.$|…$/.test(name)) return []; // truncated in the source
  name = name
    .replace(/(\S)\d+$/u, '$1') // "Wambeek25": a number glued on in the source
    // "Beigem-Verspr.Bewoning", "Lovenjoel-Verspr.Bew.-Spoor-N.": the scattered
    // houses around a place, and what follows only narrows it.
    .replace(/[\s-]*\b(?:verspr?|verpsr)\S*\s*be[wb].*$/iu, '')
    // "(Beringen) Beringen": a municipality in brackets before the name.
    .replace(/^\([^()]*\)\s*/u, '')
    // "Sint-Jan - ter - Biezen": a particle between dashes joins one name, it splits none.
    .replace(/ - (ter|ten|te|op|aan|bij|over|onder|de|den|der|van) - /giu, '-$1-');
  /** @type {string[]} */
  const out = [];
  // " tot " names a stretch between two places ("Gotem tot Kuttekoven"): both are places.
  for (let part of name.split(/ - | – | ?\/ ?| & | en (?=[A-ZÀ-Ý'\d-])| tot (?=\p{Lu})|, | Centrum (?=\p{Lu})/u)) {
    part = part.trim()
      .replace(/^St\.?[\s-]*(?=\p{Lu})/u, 'Sint-')
      .replace(/^Sint-\s+(?=\p{Lu})/u, 'Sint-') // "Sint- Jans Kapel"
      .replace(/^T'\s*(?=\p{Lu})/u, "'t ") // "T' Goeleven"
      .replace(/(^|[\s-])Ij(?=\p{Ll})/gu, '$1IJ') // "Ijzerenberg": IJ is one letter, both capitals
      .replace(/^O\.?[\s-]*L\.?[\s-]*V(?:\.|rouw)[\s-]*(?=\p{Lu})/u, 'Onze-Lieve-Vrouw-')
      .replace(/^O\.?[\s-]*L\.?[\s-]*V(?:\.|rouw)$/u, 'Onze-Lieve-Vrouw');
    // "Abdij van Vlierbeek": the abbey names the place around it.
    part = part.replace(/^(?:abdij|kasteel|klooster|priorij) van (?=\p{Lu})/iu, '');
    for (let prev = ''; prev !== part;) {
      prev = part;
      part = part.replace(LEADING, '').replace(TRAILING, '').trim();
    }
    // A qualifier inside a run of names ("Kermt-Centrum-West-Hommelberg") is a
    // description, not how anyone names a place.
    if (/-(?:centrum|noord|zuid|oost|west|kern)-/i.test(part)) continue;
    // "het Einde", "ter Hulst": the article of a name at its start takes a capital.
    part = part.replace(/^(?:het|de|den|der|ter|ten|te|op)(?=\s\p{Lu})/u, (w) => w.charAt(0).toUpperCase() + w.slice(1));
    // What is still abbreviated or numbered is not how anyone names a place.
    if (/[.\d]/.test(part)) continue;
    // Works, not places where people live: factories, business zones, a state research station.
    if (/fabriek|bedrijvenzone|bedrijventerrein|rijksstation|werkplaats|college\b|sportzone|sportterrein|recreatie|camping|rusthuis|kommanderi|se[ck]tor\b|^aero|dok\b|sociale (?:woningen|woonwijk|huisvesting)/i.test(part)) continue;
    // No vowel: an abbreviation ("Ssw"), not a name.
    if (!/[aeiouy\u00e0-\u00ff]/i.test(part)) continue;
    // A name cut off in the source ends on a particle ("Abdij van", "Deurne-Het").
    if (/(?:^|[\s-])(?:van|de|der|den|het|ter|ten|te)$/i.test(part)) continue;
    // Abbreviations written without a dot ("Stwg op Ravels", "Antwerpse Stw") and
    // acronyms ("Centraal ORG", "NATO") are how an administration names, not people.
    if (/(?:^|\s)(?:stw|stwg|bew|verk|ind)(?:\s|$)/i.test(part) || /\b\p{Lu}{2,}\b/u.test(part.replace(/^IJ|\bIJ/gu, ''))) continue;
    const key = nameKey(part);
    if (!/\p{L}{2}/u.test(part) || /^-/.test(part) || GENERIC.test(key) || /^[ivx]+$/i.test(part)) continue;
    if (STREET.test(part) || NOT_A_PLACE_END.test(part) || /^(?:kasteel(?:domein)?|natuur(?:gebied|reservaat)|domein|abdij|klooster|priorij|hoeve|hof van|hof te|hof ten|hof ter)\b/i.test(part) || /^van\s/i.test(part)) continue;
    // A name cut from the middle of a longer one starts in lower case ("tot
    // Leopoldwal"); a lower-case word that is no particle is a description run
    // into the name ("Werchter kern en broek").
    if (part.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !/^(?:'s|'t|van|de|der|den|het|ter|ten|te|en|op|bij|aan|tot|over|onder|in|la|le|du|des|sur|lez)$/u.test(w))) continue;
    if (/^\p{Ll}/u.test(part) && !/^'[st][\s-]/u.test(part)) continue;
    out.push(mended(part));
  }
  return out;
}

/**
 * w: a municipality's own wijk; k: a kern; s: a statistical sector's name that
 * reads as a place (or is a wijk or kern name somewhere); q: a sector's name that
 * may be no place (ranked after every other place of that name and said to be a
 * statistical sector: a real hamlet lost costs a resident their answer, a doubtful
 * one kept costs a line).
 */
export const LOCAL_KIND = { wijk: 'w', kern: 'k', sector: 's', doubtful: 'q' };

/**
 * Neighbourhoods (wijken), Limburg's population centres (kernen) and statistical
 * sector names of Flanders: one entry per name and municipality, left out when the
 * municipality already has a municipality or village of that name (the same place).
 * A name is offered in a municipality only where its own sources carry it: a
 * sector named after a neighbouring municipality's village ("Steenweg Averbode -
 * Langdorp" in Scherpenheuvel-Zichem, "Goetsenhoven" in Hoegaarden) lies towards
 * that place, which is the neighbour's, so that part is left out; so is a sector
 * named after any Flemish municipality ("Mol" as a sector of Leuven would send a
 * search for Mol astray). A village of the same name far away does not make a
 * sector's hamlet another's (Voorde in Zingem is not Ninove's Voorde). A
 * sector's name that does not read as a place (`sectorNameIsPlace`) and is no wijk
 * or kern name anywhere is kept as doubtful (q). A wijk filed under a merged
 * municipality's current code (Runkst under Hasselt's code of 2025) gets the 2017
 * member whose sectors carry the name, else every member.
 * @param {Set<string>} flemishCodes 2017 codes
 * @param {Map<string, Set<string>>} knownKeys name key → 2017 codes where a municipality or village carries it
 * @param {import('../types').Tables} tables
 * @param {{ municipalityKeys?: Set<string>, membersOf?: Map<string, string[]>, neighbours?: Map<string, Set<string>>, rejected?: Iterable<string> }} [context]
 *   municipalityKeys: name keys of the Flemish municipalities (2017 and current);
 *   membersOf: current municipality code → its 2017 codes; neighbours: 2017 code → the codes it borders;
 *   rejected: the names the reviews of geo/review/ found to be no place, left out wherever they stand
 * @returns {import('../types').PlaceEntry[]}
 */
export function buildLocalPlaces(flemishCodes, knownKeys, tables, { municipalityKeys = new Set(), membersOf = new Map(), neighbours = new Map(), rejected = [] } = {}) {
  /** @type {Map<string, import('../types').PlaceEntry>} */
  const byKey = new Map();
  /** Keys of the wijk and kern names: a sector of the same name is corroborated. */
  const localKeys = new Set();
  /** @type {[string, string, (row: Record<string, string | undefined>) => string][]} */
  const sources = [
    ['wijk_names', LOCAL_KIND.wijk, (r) => r.name ?? ''],
    ['kern_names', LOCAL_KIND.kern, (r) => r.name ?? ''],
    ['statsec_names', LOCAL_KIND.sector, (r) => r.name ?? ''],
  ];
  for (const [table] of sources) if (!tables[table]) throw new Error(`${table}.csv was not read`);
  // A rejected name is left out everywhere, or, written "Meir (11002)", only in the
  // municipality of that code: the Meir is a street in Antwerp, a hamlet elsewhere.
  const rejectedKeys = new Set([...rejected].map((r) => {
    const m = /^(.+) \((\d{5})\)$/.exec(r);
    return m ? `${nameKey(m[1] ?? '')}|${m[2]}` : nameKey(r);
  }));
  /**
   * A village's core as a municipality's own sectors name it ("Hijfte-Center",
   * "Hijfte-Verspreide Bewoning" in Lochristi): with the villages and the
   * municipalities, what a neighbour's sector named after it points to.
   */
  /** @type {Map<string, Set<string>>} */
  const cores = new Map();
  for (const row of tables.statsec_names ?? []) {
    const m = /^(.+?)[\s-]+(?:centrum|center|kern|dorp|dorpskern|verspr\S*(?:\s+\S+)?|verspreide\s+\S+)$/i.exec(row.short_name ?? row.name ?? '');
    if (!m) continue;
    const key = nameKey(m[1] ?? '');
    const set = cores.get(key) ?? new Set();
    cores.set(key, set);
    set.add(row.gemeente2018 ?? '');
  }
  /** Name key → the 2017 codes whose sectors carry it (a sector never crosses a municipal border). */
  /** @type {Map<string, Set<string>>} */
  const sectorCodes = new Map();
  for (const row of tables.statsec_names ?? []) {
    for (const name of placeNames(row.name ?? '')) {
      const set = sectorCodes.get(nameKey(name)) ?? new Set();
      sectorCodes.set(nameKey(name), set);
      set.add(row.gemeente2018 ?? '');
    }
  }
  for (const [table, kind, nameOf] of sources) {
    for (const row of tables[table] ?? []) {
      const code = row.code ?? '';
      const filed = row.gemeente2018 ?? '';
      const codes = flemishCodes.has(filed) ? [filed] : (membersOf.get(filed) ?? []);
      if (/ZZZZ$|ONB$/.test(code) || !codes.length) continue;
      for (const name of placeNames(nameOf(row))) {
        const key = nameKey(name);
        if (rejectedKeys.has(key) || codes.every((c) => rejectedKeys.has(`${key}|${c}`))) continue;
        const known = knownKeys.get(key);
        if (known && codes.some((c) => known.has(c))) continue;
        let kindHere = kind;
        if (kind === LOCAL_KIND.sector) {
          const neighbourVillage = [...(known ?? []), ...(cores.get(key) ?? [])].some((c) => codes.some((here) => neighbours.get(here)?.has(c)));
          if (neighbourVillage || municipalityKeys.has(key)) continue;
          // A wijk, kern or village of that name anywhere says it is a place's name.
          if (!sectorNameIsPlace(name) && !localKeys.has(key) && !known) kindHere = LOCAL_KIND.doubtful;
        } else localKeys.add(key);
        const pinned = codes.length > 1 ? codes.filter((c) => sectorCodes.get(key)?.has(c)) : codes;
        const where = pinned.length === 1 ? pinned : [...codes].sort();
        const id = `${key}|${where.join(',')}`;
        // The first source wins: the municipalities' own wijk names, then kernen, then sectors.
        if (!byKey.has(id)) byKey.set(id, [name, kindHere, where]);
      }
    }
  }
  return [...byKey.values()];
}

/**
 * bpost capitalises every part ("Mons-Lez-Liège", "Sint-Joost-Ten-Node") or only
 * the first ("Saint-vith", "Sint-gillis", "Braine-l'alleud"). Every word gets a
 * capital but the particles, which are lower case; after an elided article (l', d')
 * the word takes its capital again ("Braine-l'Alleud").
 */
const PARTICLES = new Set(['lez', 'lès', 'sur', 'sous', 'en', 'de', 'des', 'du', 'la', 'le', 'les', 'aux', 'au', 'à',
  'ten', 'ter', 'te', 'op', 'aan', 'den', 'der', 'bij', 'onder', 'over', 'het', 'et']);
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

export const OUTSIDE_KIND = { brussels: 'b', wallonia: 'x' };

/**
 * Municipalities and bpost places of the Brussels-Capital Region and Wallonia,
 * in Dutch and French: a search for them gets a plain answer, never a fuzzy
 * Flemish match. Returns the entries and a table code → [Dutch name, French name,
 * province (Dutch), kind].
 * @param {import('../types').Tables} tables
 */
export function buildOutsidePlaces(tables) {
  const population = tables['population_2018-01-01'];
  if (!population) throw new Error('population_2018-01-01.csv was not read');
  /** @type {Record<string, [string, string, string, string]>} */
  const outside = {};
  /** @type {import('../types').PlaceEntry[]} */
  const entries = [];
  for (const r of population) {
    const region = r.region_nl ?? '';
    if (region === 'Vlaams Gewest') continue;
    const kind = region === 'Brussels Hoofdstedelijk Gewest' ? OUTSIDE_KIND.brussels : OUTSIDE_KIND.wallonia;
    if (region !== 'Waals Gewest' && kind !== OUTSIDE_KIND.brussels) throw new Error(`population_2018-01-01.csv: unknown region "${region}"`);
    const code = (r.nis2018 ?? '').padStart(5, '0');
    const nl = mended(r.name_nl ?? ''), fr = mended(r.name_fr ?? '');
    outside[code] = [nl, fr, kind === OUTSIDE_KIND.brussels ? '' : r.province_nl ?? '', kind];
    entries.push([nl, kind, [code]]);
    if (nameKey(fr) !== nameKey(nl)) entries.push([fr, kind, [code]]);
  }
  // bpost rows: the postal code and province are reliable, the NIS code is not
  // (bpost joined it by name, and wrongly even within a province: Hemptinne 5380
  // carries Florennes' code, Polleur 4800 Theux's). So, as for Flanders, each row
  // is resolved by evidence, strongest first (resolveOutsideRows).
  const regionOfProvince = /** @type {Record<string, string>} */ ({
    Brussel: OUTSIDE_KIND.brussels, Henegouwen: OUTSIDE_KIND.wallonia, Luik: OUTSIDE_KIND.wallonia,
    Luxemburg: OUTSIDE_KIND.wallonia, Namen: OUTSIDE_KIND.wallonia, 'Waals-Brabant': OUTSIDE_KIND.wallonia,
  });
  const rows = (tables.postcodes_bpost ?? []).filter((r) => (r.province ?? '') in regionOfProvince)
    .map((r) => ({ name: r.name ?? '', zip: r.zipCode ?? '', province: r.province ?? '', own: (r.nisCode ?? '').padStart(5, '0'), main: r.main === '1' }));
  /** A municipality's official spelling, Dutch or French, by its loose key. */
  /** @type {Map<string, string>} */
  const official = new Map();
  for (const [nl, fr] of Object.values(outside)) for (const n of [nl, fr]) official.set(nameKey(n), n);
  const seen = new Set();
  for (const r of resolveOutsideRows(rows, outside)) {
    const name = official.get(nameKey(r.name)) ?? bpostCasing(r.name);
    const id = `${r.zip}|${nameKey(name)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    entries.push([name, regionOfProvince[r.province] ?? '', [r.code], r.zip]);
  }
  return { entries, outside };
}

/**
 * The municipality of each bpost row outside Flanders, from the strongest evidence:
 * 1. the row's own name is a municipality of its province (Perwez 1360, Bièvre 5555,
 *    Engis 4480, Saint-Vith 4780), whatever code bpost gave it;
 * 2. else the municipality that another row of the same postal code named in 1
 *    (Ehein 4480 → Engis, Polleur 4800 → Verviers);
 * 3. else the code most rows of the postal code carry, among codes of its province
 *    (Hemptinne 5380 → Fernelmont, with nine of its ten rows);
 * 4. a postal code with a single row and no evidence of its own takes the code
 *    every other postal code of its block (same first three digits) agrees on
 *    (Schoenberg 4782 → Sankt Vith, like 4780, 4783 and 4784);
 * 5. else bpost's own code, when it is a municipality of the row's province.
 * A row with none of these is left out, and the build says how many were.
 * @param {{ name: string, zip: string, province: string, own: string, main: boolean }[]} rows
 * @param {Record<string, [string, string, string, string]>} outside code → [nl, fr, province, kind]
 */
export function resolveOutsideRows(rows, outside) {
  const inProvince = (/** @type {string} */ code, /** @type {string} */ province) =>
    !!outside[code] && (outside[code][3] === OUTSIDE_KIND.brussels ? province === 'Brussel' : outside[code][2] === province);
  /** @type {Map<string, string>} */
  const byName = new Map();
  for (const [code, [nl, fr, province, kind]] of Object.entries(outside)) {
    for (const n of [nl, fr]) byName.set(`${nameKey(n)}|${kind === OUTSIDE_KIND.brussels ? 'Brussel' : province}`, code);
  }
  const named = (/** @type {typeof rows[number]} */ r) => byName.get(`${nameKey(r.name)}|${r.province}`) ?? null;
  /** @type {Map<string, typeof rows>} */
  const byZip = new Map();
  for (const r of rows) byZip.set(r.zip, [...(byZip.get(r.zip) ?? []), r]);
  /** @type {Map<string, string | null>} */
  const zipCode = new Map();
  for (const [zip, group] of byZip) {
    const anchor = group.map(named).find((c) => c !== null) ?? null;
    if (anchor) { zipCode.set(zip, anchor); continue; }
    const counts = new Map();
    const fitting = group.filter((r) => inProvince(r.own, r.province));
    for (const r of fitting) counts.set(r.own, (counts.get(r.own) ?? 0) + 1);
    const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    // A majority of the rows whose code is of their province, where there are two rows or more to speak.
    zipCode.set(zip, best && group.length > 1 && best[1] > fitting.length / 2 ? best[0] : null);
  }
  const blockOf = (/** @type {string} */ zip) => zip.slice(0, 3);
  /** What a postal code says for its block: its resolved code, or a single row's own code of its province. */
  const evidence = (/** @type {string} */ zip) => {
    const group = byZip.get(zip) ?? [];
    const only = group.length === 1 ? group[0] : undefined;
    return zipCode.get(zip) ?? (only && inProvince(only.own, only.province) ? only.own : null);
  };
  /** @param {string} zip */
  const blockCode = (zip) => {
    const others = [...byZip.keys()].filter((z) => z !== zip && blockOf(z) === blockOf(zip)).map(evidence).filter((c) => c !== null);
    return others.length >= 2 && others.every((c) => c === others[0]) ? others[0] ?? null : null;
  };
  const out = [];
  for (const r of rows) {
    const group = byZip.get(r.zip) ?? [];
    const code = named(r) ?? zipCode.get(r.zip)
      ?? (group.length === 1 ? blockCode(r.zip) : null)
      ?? (inProvince(r.own, r.province) ? r.own : null);
    if (code && inProvince(code, r.province)) out.push({ ...r, code });
  }
  return out;
}
