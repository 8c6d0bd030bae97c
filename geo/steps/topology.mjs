// Step 4: one topology of the 2017 municipalities (Flanders and Brussels), simplified
// on shared arcs so neighbours never gap, then every other layer derived from it with
// mergeArcs: current municipalities, provinces, eerstelijnszones, the Flemish region
// and Brussels. All layers therefore share exactly the same borders.
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { mergeArcs, neighbors, quantize } from 'topojson-client';
import { PROVINCES } from '../config.mjs';

/** @typedef {import('../types').TopoGeometry} TopoGeometry */
/** @typedef {import('../types').BuildTopology} BuildTopology */

/**
 * @param {TopoGeometry[]} geometries
 * @param {(g: TopoGeometry) => string | undefined} keyOf
 */
function groupBy(geometries, keyOf) {
  /** @type {Map<string, TopoGeometry[]>} */
  const groups = new Map();
  for (const g of geometries) {
    const k = keyOf(g);
    if (k == null) continue;
    const members = groups.get(k) ?? [];
    groups.set(k, members);
    members.push(g);
  }
  return groups;
}

/**
 * One geometry per group, its members' arcs merged.
 * @param {BuildTopology} topo
 * @param {Map<string, TopoGeometry[]>} groups
 * @param {(key: string, members: TopoGeometry[]) => Record<string, unknown>} propsOf
 * @returns {import('../types').TopoCollection}
 */
function merged(topo, groups, propsOf) {
  return {
    type: 'GeometryCollection',
    geometries: [...groups].map(([key, members]) => ({
      .../** @type {TopoGeometry} */ (
        /** @type {unknown} */ (mergeArcs(/** @type {never} */ (topo), /** @type {never} */ (members)))
      ),
      properties: propsOf(key, members),
    })),
  };
}

/**
 * @param {import('../types').Municipalities} municipalities
 * @param {import('../types').Tables} tables
 * @param {{ minWeight: number, quantization: number }} options
 * @returns {BuildTopology}
 */
export function buildTopology(municipalities, tables, { minWeight, quantization }) {
  const raw = topology({ gemeenten: municipalities });
  /** @type {BuildTopology} */
  const topo = /** @type {never} */ (
    quantize(simplify(presimplify(/** @type {never} */ (raw), sphericalTriangleArea), minWeight), quantization)
  );
  /** @param {TopoGeometry} g */
  const props = (g) => /** @type {import('../types').MunicipalityProps} */ (/** @type {unknown} */ (g.properties));
  const all = topo.objects.gemeenten?.geometries ?? [];
  for (const g of all) delete g.id;

  const elzOf = new Map((tables.gemeente_elz ?? []).map((r) => [r.gemeente ?? '', r.elz ?? '']));
  const elzName = new Map((tables.elz_names ?? []).map((r) => [r.code ?? '', r.name ?? '']));
  const flemish = all.filter((g) => props(g).flemish);

  topo.objects = {
    gemeenten: {
      type: 'GeometryCollection',
      geometries: flemish.map((g) => {
        const { flemish: _f, ...properties } = props(g);
        const elz = elzOf.get(properties.nu);
        if (!elz) throw new Error(`gemeente_elz.csv: no eerstelijnszone for ${properties.nu}`);
        return { ...g, properties: { ...properties, elz } };
      }),
    },
    gemeenten2025: merged(
      topo,
      groupBy(flemish, (g) => props(g).nu),
      (code, m) => ({
        code,
        naam: m[0] && props(m[0]).nuNaam,
        prov: m[0] && props(m[0]).nuProv,
      }),
    ),
    provincies: merged(
      topo,
      groupBy(flemish, (g) => props(g).prov),
      (code) => ({
        code,
        naam: provinceName(code),
      }),
    ),
    provincies2025: merged(
      topo,
      groupBy(flemish, (g) => props(g).nuProv),
      (code) => ({
        code,
        naam: provinceName(code),
      }),
    ),
    elz: merged(
      topo,
      groupBy(flemish, (g) => elzOf.get(props(g).nu)),
      (code) => {
        if (!elzName.has(code)) throw new Error(`elz_names.csv: no name for ${code}`);
        return { code, naam: elzName.get(code) };
      },
    ),
    vlaanderen: merged(topo, new Map([['2000', flemish]]), () => ({ code: '2000', naam: 'Vlaams Gewest' })),
    brussel: merged(topo, new Map([['4000', all.filter((g) => !props(g).flemish)]]), () => ({
      code: '4000',
      naam: 'Brussels Hoofdstedelijk Gewest',
    })),
  };
  for (const g of topo.objects.gemeenten?.geometries ?? []) {
    delete g.properties.nuNaam;
    delete g.properties.nuProv;
  }
  return pruneArcs(topo);
}

/** @type {Record<string, string>} */
const PROVINCE_NAMES = PROVINCES;
/** @param {string} code */
const provinceName = (code) => PROVINCE_NAMES[code] ?? code;

/**
 * Drop arcs no object uses (Brussels' inner borders) and renumber the rest.
 * @param {BuildTopology} topo
 * @returns {BuildTopology}
 */
export function pruneArcs(topo) {
  /** @type {Set<number>} */
  const used = new Set();
  /** @param {import('../types').ArcTree} arcs */
  const visit = (arcs) => arcs.forEach((a) => (Array.isArray(a) ? visit(a) : used.add(a < 0 ? ~a : a)));
  const objects = Object.values(topo.objects);
  for (const o of objects) for (const g of o.geometries) visit(g.arcs);
  const order = [...used].sort((a, b) => a - b);
  const renumber = new Map(order.map((old, i) => [old, i]));
  /** @param {number} a */
  const renumbered = (a) => {
    const n = renumber.get(a < 0 ? ~a : a);
    if (n === undefined) throw new Error(`arc ${a} was not seen`);
    return a < 0 ? ~n : n;
  };
  /** @type {(arcs: import('../types').ArcTree) => import('../types').ArcTree} */
  const remap = (arcs) =>
    /** @type {import('../types').ArcTree} */ (arcs.map((a) => (Array.isArray(a) ? remap(a) : renumbered(a))));
  for (const o of objects) for (const g of o.geometries) g.arcs = remap(g.arcs);
  return { ...topo, arcs: order.map((i) => topo.arcs[i] ?? []) };
}

/**
 * Each Flemish 2017 municipality's neighbours: those it shares a border with in
 * the topology (a shared arc), by code.
 * @param {BuildTopology} topo
 * @returns {Map<string, Set<string>>}
 */
export function neighbourCodes(topo) {
  const geometries = topo.objects.gemeenten?.geometries ?? [];
  const codes = geometries.map((g) => String(/** @type {{ code?: string }} */ (g.properties).code ?? ''));
  const adjacent = neighbors(/** @type {never} */ (geometries));
  return new Map(codes.map((code, i) => [code, new Set((adjacent[i] ?? []).map((j) => codes[j] ?? ''))]));
}
