// The places below the village: the municipalities' own neighbourhoods (wijken),
// Limburg's population centres (kernen) and the names of the statistical sectors,
// split into the places they name, with what is certainly no place left out and a
// doubtful sector name kept, labelled and ranked last (README, "Search").
import { mended, nameKey } from './place-names.mjs';

// Names that are no place of their own: a part of a municipality ("Centrum",
// "Noord"), a land use ("Industriezone"), or a street.
const GENERIC = new RegExp(
  '^(?:' +
    [
      'centrum',
      'kern',
      'dorp',
      'dorpskern',
      'noord',
      'zuid',
      'oost',
      'west',
      'noordoost',
      'noordwest',
      'zuidoost',
      'zuidwest',
      'open ruimte',
      'buitengebied',
      'landelijk',
      'landelijk gebied',
      'landbouwgebied',
      'landelijke zone',
      'woonzone(?: .+)?',
      'woongebied',
      'woonwijk',
      'station',
      'stationsbuurt',
      'stationswijk',
      'stationsomgeving',
      'markt',
      'park',
      'kliniek',
      'ziekenhuis',
      'sportcentrum',
      'begijnhof',
      'nieuwe wijk',
      'residentie',
      'haven',
      'havengebied',
      'strand',
      'bos',
      'bossen',
      'polder',
      'vliegveld',
      // Plain words among the municipalities' own wijk names: a part of the town, not a place's name.
      'stadscentrum',
      'binnenstad',
      'natuur',
      'periferie',
      'stadskern',
      'centrum stad',
      'oude stad',
      '(?:nationaal )?park .+',
      'militair domein .+',
      '(?:industrie|ambachts|ambachtelijke|bedrijven|kmo|handels|zoning)\\S*(?: .+)?',
      'kanaalzone',
      'kazerne',
      'militair domein',
      // What a sector is named after when it is no place: a building or a use, or a word left over.
      'fort',
      'zwembad',
      'stadion',
      'kasteel',
      'luchthaven',
      'bewoning',
      'bebouwing',
      'verspreide bebouwing',
      'verkaveling',
      'kerkhof',
      'begraafplaats',
      'wijk',
      'kanaal',
      'nieuw',
      'oud',
      'ter',
      'ten',
      'de',
      'den',
      'het',
      'site',
      'kerk',
      'school',
      // Words left over once a qualifier or a number is gone.
      'nieuwe',
      'grote',
      'kleine',
      'neder',
      'over',
      'boven',
      'beneden',
      'hoog',
      'laag',
      'oude',
      'bad',
      'dorpskom',
      'concessie',
      'schelde',
      // Buildings and uses.
      '\\S*(?:kliniek|raffinaderij|werkplaatsen|dok)',
      'gerechtshof',
      'veiling',
      'windmolen',
      // Points of the compass, regions and plain words: no place of their own.
      'noorden',
      'zuiden',
      'oosten',
      'westen',
      'brabant',
      'kempen',
      'stad',
      'hoek',
      'nationaal',
      'hoogte',
      'klein',
      'groot',
      'historisch',
      'stedelijk',
      'proefhoeve',
      'vlieghaven',
      'ring',
      'weekend',
      'weekendzone',
      'weekendverblijven',
      'sociale (?:woningen|woonwijk|huisvesting)',
      'nieuwbouw',
      'appartementen',
      // Reviewed 2026-12-07: railway yards, "the northern core", words left over, a canal, a golf course.
      'vormings?station',
      '(?:noord|zuid|oost|west)elijke(?: .+)?',
      'sociale',
      '\\S*kanaal',
      'golf',
      'winkelcentrum',
      'staketsel',
      'witte',
      'zwarte',
      'groene',
      'blauwe',
      'arboretum',
      'nijverheid(?: .+)?',
      'ziekenhuizen',
      'haven .+',
      '.+ mole',
      'fort .+',
      '.+ kasteel',
      'gevangenis',
      'terril',
      'woonkern',
      'stedelijk wonen',
      '\\S*hallen',
      '(?:de|het|den) veiling',
      // The capital's name on a Flemish sector would send a search for Brussels astray.
      'brussel',
      // Reviewed: a campus, and companies a sector or wijk is named after.
      'veld',
      'rustoord',
      'centrumgebied',
      '\\S*gebied',
      'stadsrand',
      'campus',
      'cockerill',
      'atheneum',
      'lyceum',
      'instituut',
      'de naeyer',
      '\\S*jachthaven',
      'rondpunt',
      'watertoren',
      'gemeentepark',
      'rand',
      'sluizencomplex',
      'sluis',
      '\\S*(?:fabriek|fabrieken|complex|bedrijvenzones?)(?: .+)?',
      '(?:rijksstation|groot) .+ (?:bedrijvenzones?|station)',
      // Reviewed 2026-12-07, second pass: a split's leftover ("Mannekensvere - Polders") and a castle.
      'polders',
      '\\S+kasteel',
      // What a cemetery's name leaves once "Kerkhof" is gone ("Duits Kerkhof", "Centrale Begraafplaats").
      'duits',
      'centrale',
    ].join('|') +
    ')$',
);
// Qualifiers that narrow a place without naming another: "Waterschei-Noord",
// "Centrum Mariakerke", "Diksmuide Open Ruimte", "Winterslag 1", "Tuinwijk II".
const QUALIFIER =
  '(?:landelijk(?: gebied)?|verspreide (?:bewoning|bebouwing)|verspr\\. bew(?:oning|\\.)?|bewoning|bebouwing|(?:over )?e\\d+|centrum|dorpskern|kerngebied|uitbreiding|agrarisch|periferie|woongebied|woonwijken|site|toeristische zone|(?:noord|zuid|oost|west)?kern|(?:noord|zuid|oost|west)?kwartier|dorp|(?:noord|zuid)?(?:oost|west)?|noord|zuid|open ruimte|buitengebied|station|strand|wijk|\\d+[a-z]?|[ivx]+)';
const LEADING = new RegExp(`^(?:${QUALIFIER}|kop(?: van)?)[ -]+`, 'i');
const TRAILING = new RegExp(
  `[ -]+(?:${QUALIFIER}|industrie\\S*|ambachts\\S*|park|vliegveld|natuur|tuinwijk|woonwijk|wijken|rand|markt|centraal|stedelijk|historisch|vlieghaven|luchthaven|oud|nieuw|veld|kerkhof|begraafplaats|terril|kanaal)$`,
  'i',
);
// Statistical sectors, and some wijken, are named after a street ("Beekstraat",
// "Drongensesteenweg", "Gistelsteenweg Oost Jabbeke"): a street is no place, and
// naming only part of it misleads. Any word of the name that is a street drops it.
// A "-baan" is a road ("Dendermondebaan", "Liersebaan"), but for a sports course:
// Gent's Watersportbaan is a neighbourhood named after its rowing course. A dreef
// is a street when the word is compounded ("Beukendreef"): Meersel Dreef is a
// hamlet. Halveweg ("halfway") is a hamlet's name, not a road's.
const STREET =
  /(?:straat|straete|str\.?|steenweg|stwg\.?|laan|(?<=[a-z])dreef|plein|lei|kaai|(?<!sport)baan|(?<!halve)weg|singel|dijk|(?<=[a-z])vest|kassei)(?:$|[\s-])/i;
// What a name ends in when it names a building or a use, not where people live:
// a church ("Godelievekerk"), a park or business park ("Europark"), a zone, a
// pond, a hospital.
const NOT_A_PLACE_END =
  /(?:kerk|park|zone|vijver|ziekenhuis|kliniek|school|college|(?<=[a-z])statie|(?<=[a-z])tuin|(?<=[a-z])(?<!vuur)toren|terminal|(?<=[a-z])markt)$/i;
// Place-name elements of Dutch toponymy: the last word of a hamlet's name ends in
// one ("Kruishoek", "Millegem", "Heuldonk", "Vrebos"). A sector's name is taken
// only when it has one, or when the same name is a wijk, kern or village
// elsewhere, or a parish ("Sint-Anna"): sector names are the noisiest source.
const TOPONYM_END =
  /(?:gem|hem|heim|zele|zeel|kerke|kapelle|berg|berge|bergen|broek|bos|bosch|donk|donck|dries|hoek|hout|hove|hoven|kouter|laar|lare|lo|loo|meer|rode|rooi|dal|beek|beke|heide|hei|heuvel|akker|kamp|kant|einde|eind|end|horst|hul|ham|ingen|weide|zijde|zande|(?<!ha)ven|goor|gat|put|putten|schoot|sel|dorp|bulk|kot|veld|velde|brug|brugge|wijk|winkel|stede|hage|haag|gracht|hof|meersen|meers|moer|moeren|polder|vliet|voorde|voort|oord|wal|bunder|schuur|poel|reet|rijt|hulst|hoeve|hoeven|burcht|kruis|molen|mortel|plas|aarde|lede|elst|heem|rijk|naken|ijk|ken|daal|schot|velden|buurt|kwartier|strand|munte|zoute|gras)$/i;
// Words that may stand before a place-name element in a name of two words or more:
// articles, particles and adjectives ("De Zandberg", "Ter Beke", "Grote Heide",
// "Lutlommelse Heide", "Houten Kruis"). Anything else before it is most often
// another name or a qualifier run together ("Tegen Liedekerke-Bos", "Diegem Hoek").
const LEAD_WORD =
  /^(?:de|het|'t|den|der|ter|ten|te|op|over|onder|boven|beneden|achter|voor|neder|opper|hoog|hoge|laag|lage|groot|grote|klein|kleine|oud|oude|nieuw|nieuwe|lang|lange|kort|korte|zwart|zwarte|wit|witte|rood|rode|blauw|blauwe|groen|groene|geel|gele|hout|houten|steen|stenen|heilig|heilige|\p{L}+(?:se|sche|ste))$/iu;
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
    part = part
      .trim()
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
    part = part.replace(
      /^(?:het|de|den|der|ter|ten|te|op)(?=\s\p{Lu})/u,
      (w) => w.charAt(0).toUpperCase() + w.slice(1),
    );
    // What is still abbreviated or numbered is not how anyone names a place.
    if (/[.\d]/.test(part)) continue;
    // Works, not places where people live: factories, business zones, a state research station.
    if (
      /fabriek|bedrijvenzone|bedrijventerrein|rijksstation|werkplaats|college\b|sportzone|sportterrein|recreatie|camping|rusthuis|kommanderi|se[ck]tor\b|^aero|dok\b|sociale (?:woningen|woonwijk|huisvesting)/i.test(
        part,
      )
    )
      continue;
    // No vowel: an abbreviation ("Ssw"), not a name.
    if (!/[aeiouy\u00e0-\u00ff]/i.test(part)) continue;
    // A name cut off in the source ends on a particle ("Abdij van", "Deurne-Het").
    if (/(?:^|[\s-])(?:van|de|der|den|het|ter|ten|te)$/i.test(part)) continue;
    // Abbreviations written without a dot ("Stwg op Ravels", "Antwerpse Stw") and
    // acronyms ("Centraal ORG", "NATO") are how an administration names, not people.
    if (
      /(?:^|\s)(?:stw|stwg|bew|verk|ind)(?:\s|$)/i.test(part) ||
      /\b\p{Lu}{2,}\b/u.test(part.replace(/^IJ|\bIJ/gu, ''))
    )
      continue;
    const key = nameKey(part);
    if (!/\p{L}{2}/u.test(part) || /^-/.test(part) || GENERIC.test(key) || /^[ivx]+$/i.test(part)) continue;
    if (
      STREET.test(part) ||
      NOT_A_PLACE_END.test(part) ||
      /^(?:kasteel(?:domein)?|natuur(?:gebied|reservaat)|domein|abdij|klooster|priorij|hoeve|hof van|hof te|hof ten|hof ter)\b/i.test(
        part,
      ) ||
      /^van\s/i.test(part)
    )
      continue;
    // A name cut from the middle of a longer one starts in lower case ("tot
    // Leopoldwal"); a lower-case word that is no particle is a description run
    // into the name ("Werchter kern en broek").
    if (
      part
        .split(/\s+/)
        .some(
          (w) =>
            /^\p{Ll}/u.test(w) &&
            !/^(?:'s|'t|van|de|der|den|het|ter|ten|te|en|op|bij|aan|tot|over|onder|in|la|le|du|des|sur|lez)$/u.test(w),
        )
    )
      continue;
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
export function buildLocalPlaces(
  flemishCodes,
  knownKeys,
  tables,
  { municipalityKeys = new Set(), membersOf = new Map(), neighbours = new Map(), rejected = [] } = {},
) {
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
  const rejectedKeys = new Set(
    [...rejected].map((r) => {
      const m = /^(.+) \((\d{5})\)$/.exec(r);
      return m ? `${nameKey(m[1] ?? '')}|${m[2]}` : nameKey(r);
    }),
  );
  /**
   * A village's core as a municipality's own sectors name it ("Hijfte-Center",
   * "Hijfte-Verspreide Bewoning" in Lochristi): with the villages and the
   * municipalities, what a neighbour's sector named after it points to.
   */
  /** @type {Map<string, Set<string>>} */
  const cores = new Map();
  for (const row of tables.statsec_names ?? []) {
    const m = /^(.+?)[\s-]+(?:centrum|center|kern|dorp|dorpskern|verspr\S*(?:\s+\S+)?|verspreide\s+\S+)$/i.exec(
      row.short_name ?? row.name ?? '',
    );
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
          const neighbourVillage = [...(known ?? []), ...(cores.get(key) ?? [])].some((c) =>
            codes.some((here) => neighbours.get(here)?.has(c)),
          );
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
