// Step 4: one topology of the 2017 municipalities (Flanders and Brussels), simplified
// on shared arcs so neighbours never gap, then every other layer derived from it with
// mergeArcs: current municipalities, provinces, eerstelijnszones, the Flemish region
// and Brussels. All layers therefore share exactly the same borders.
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { mergeArcs, quantize } from 'topojson-client';
import { PROVINCES } from '../config.mjs';

function groupBy(geometries, keyOf) {
  const groups = new Map();
  for (const g of geometries) {
    const k = keyOf(g);
    if (k == null) continue;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(g);
  }
  return groups;
}

function merged(topo, groups, propsOf) {
  return {
    type: 'GeometryCollection',
    geometries: [...groups].map(([key, members]) => ({
      ...mergeArcs(topo, members),
      properties: propsOf(key, members),
    })),
  };
}

export function buildTopology(municipalities, tables, { minWeight, quantization }) {
  const raw = topology({ gemeenten: municipalities });
  const topo = quantize(simplify(presimplify(raw, sphericalTriangleArea), minWeight), quantization);
  const all = topo.objects.gemeenten.geometries;
  for (const g of all) delete g.id;

  const elzOf = new Map(tables.gemeente_elz.map((r) => [r.gemeente, r.elz]));
  const elzName = new Map(tables.elz_names.map((r) => [r.code, r.name]));
  const flemish = all.filter((g) => g.properties.flemish);

  topo.objects = {
    gemeenten: {
      type: 'GeometryCollection',
      geometries: flemish.map((g) => {
        const { flemish: _f, ...properties } = g.properties;
        const elz = elzOf.get(properties.nu);
        if (!elz) throw new Error(`gemeente_elz.csv: no eerstelijnszone for ${properties.nu}`);
        return { ...g, properties: { ...properties, elz } };
      }),
    },
    gemeenten2025: merged(topo, groupBy(flemish, (g) => g.properties.nu), (code, m) => ({
      code, naam: m[0].properties.nuNaam, prov: m[0].properties.nuProv,
    })),
    provincies: merged(topo, groupBy(flemish, (g) => g.properties.prov), (code) => ({
      code, naam: PROVINCES[code],
    })),
    provincies2025: merged(topo, groupBy(flemish, (g) => g.properties.nuProv), (code) => ({
      code, naam: PROVINCES[code],
    })),
    elz: merged(topo, groupBy(flemish, (g) => elzOf.get(g.properties.nu)), (code) => {
      if (!elzName.has(code)) throw new Error(`elz_names.csv: no name for ${code}`);
      return { code, naam: elzName.get(code) };
    }),
    vlaanderen: merged(topo, new Map([['2000', flemish]]), () => ({ code: '2000', naam: 'Vlaams Gewest' })),
    brussel: merged(topo, new Map([['4000', all.filter((g) => !g.properties.flemish)]]), () => ({
      code: '4000', naam: 'Brussels Hoofdstedelijk Gewest',
    })),
  };
  for (const g of topo.objects.gemeenten.geometries) {
    delete g.properties.nuNaam;
    delete g.properties.nuProv;
  }
  return pruneArcs(topo);
}

/** Drop arcs no object uses (Brussels' inner borders) and renumber the rest. */
export function pruneArcs(topo) {
  const used = new Set();
  const visit = (arcs) => arcs.forEach((a) => (Array.isArray(a) ? visit(a) : used.add(a < 0 ? ~a : a)));
  const objects = Object.values(topo.objects);
  for (const o of objects) for (const g of o.geometries) visit(g.arcs);
  const order = [...used].sort((a, b) => a - b);
  const renumber = new Map(order.map((old, i) => [old, i]));
  const remap = (arcs) => arcs.map((a) => (Array.isArray(a) ? remap(a) : a < 0 ? ~renumber.get(~a) : renumber.get(a)));
  for (const o of objects) for (const g of o.geometries) g.arcs = remap(g.arcs);
  return { ...topo, arcs: order.map((i) => topo.arcs[i]) };
}
