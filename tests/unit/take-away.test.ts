// The data to take away: the GeoJSON a GIS opens (RFC 7946) and the CSV a Belgian
// Excel opens, checked against the map's own data, not against copies of it.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { MultiPolygon, Point, Position } from 'geojson';
import {
  experimentsGeoJson,
  municipalitiesCsv,
  pilotAreasGeoJson,
  rfc7946,
  type TakeAwaySources,
} from '../../src/core/take-away';
import { parseGeoData } from '../../src/core/geo-data';
import { computeCoverage } from '../../src/core/coverage';
import { labelPoint, pointInPolygon } from '../../src/core/geometry';
import { compareNl } from '../../src/core/collate';
import type { ProjectsDoc } from '../../src/core/types';

const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
const geo = parseGeoData(JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8')));
const sources: TakeAwaySources = {
  pilots: 'PILOTS',
  boundaries: 'BOUNDARIES',
  population: 'POPULATION',
  experimentPoints: 'POINTS',
  licence: 'LICENCE',
};
const shapeOf = (code: string) =>
  geo.layers.gemeenten.features.find((f) => String(f.properties.code) === code)!.geometry;
const members = doc.projects.flatMap((p) => p.municipalities);

/** Twice the ring's signed area, positive counterclockwise (x east, y north). */
const area = (ring: Position[]) =>
  ring.reduce((s, p, i) => {
    const q = ring[(i + 1) % ring.length]!;
    return s + p[0]! * q[1]! - q[0]! * p[1]!;
  }, 0);

describe('the pilot areas as GeoJSON', () => {
  const fc = pilotAreasGeoJson(doc, geo, sources, 'NAME');

  it("has one feature a pilot, in the answer's order, with its municipalities by code and name, and says its sources", () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.name).toBe('NAME');
    expect(fc.source).toEqual(['PILOTS', 'BOUNDARIES']);
    expect(fc.licence).toBe('LICENCE');
    expect(fc.features.map((f) => f.properties!.id)).toEqual(doc.projects.map((p) => p.id));
    expect(fc.features.map((f) => f.properties!.name)).toEqual(doc.projects.map((p) => p.name));
    const listed = fc.features.flatMap((f) => f.properties!.municipalities as { code: string; name: string }[]);
    expect(listed).toHaveLength(26);
    expect(listed.map((m) => m.code)).toEqual(members);
    for (const m of listed) expect(m.name).toBe(geo.municipalities.get(m.code)!.naam);
    expect(listed.find((m) => m.code === '44021')?.name).toBe('Gent');
  });

  it("covers each pilot's municipalities and no other, in WGS84 with closed rings that turn as RFC 7946 asks", () => {
    fc.features.forEach((f, i) => {
      const shape = f.geometry as MultiPolygon;
      expect(shape.type).toBe('MultiPolygon');
      for (const polygon of shape.coordinates) {
        polygon.forEach((ring, r) => {
          expect(ring.at(0)).toEqual(ring.at(-1));
          expect(area(ring) > 0, `ring ${r} of ${f.properties!.id}`).toBe(r === 0);
          for (const [lon, lat] of ring) {
            expect(lon).toBeGreaterThan(2.5);
            expect(lon).toBeLessThan(6);
            expect(lat).toBeGreaterThan(50.6);
            expect(lat).toBeLessThan(51.6);
            expect(Math.round(lon! * 1e6) / 1e6).toBe(lon);
          }
        });
      }
      const own = new Set(doc.projects[i]!.municipalities);
      for (const code of own)
        expect(pointInPolygon(labelPoint(shapeOf(code)), shape), `${code} inside ${f.properties!.id}`).toBe(true);
      for (const other of members.filter((c) => !own.has(c)))
        expect(pointInPolygon(labelPoint(shapeOf(other)), shape)).toBe(false);
    });
    // Antwerpen has no pilot: no area covers it.
    expect(fc.features.some((f) => pointInPolygon(labelPoint(shapeOf('11002')), f.geometry as MultiPolygon))).toBe(
      false,
    );
  });

  it('turns rings the other way when they come clockwise, and keeps holes clockwise', () => {
    const cw = [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 0],
      [0, 0],
    ];
    const hole = [
      [0.2, 0.2],
      [0.4, 0.2],
      [0.4, 0.4],
      [0.2, 0.4],
      [0.2, 0.2],
    ];
    const [[outer, inner]] = rfc7946({ type: 'MultiPolygon', coordinates: [[cw, hole]] }).coordinates as [
      [Position[], Position[]],
    ];
    expect(area(outer!)).toBeGreaterThan(0);
    expect(area(inner!)).toBeLessThan(0);
    expect(outer).toEqual([...cw].reverse());
  });
});

describe("W13's local experiments as GeoJSON", () => {
  it('has one point each, inside the municipality the answer names, with its label in the language asked', () => {
    const fc = experimentsGeoJson(doc, geo, sources, 'NAME', 'en');
    const subAreas = doc.projects.flatMap((p) => p.subAreas ?? []);
    expect(fc.source).toEqual(['PILOTS', 'POINTS']);
    expect(fc.licence).toBe('LICENCE');
    expect(fc.features).toHaveLength(subAreas.length);
    expect(fc.features.map((f) => f.properties!.municipality.name)).toEqual(['Anzegem', 'Avelgem', 'Kortrijk']);
    fc.features.forEach((f, i) => {
      expect(f.properties!.project).toBe('w13');
      expect(f.properties!.label).toBe(subAreas[i]!.label.en);
      expect(pointInPolygon((f.geometry as Point).coordinates, shapeOf(subAreas[i]!.code))).toBe(true);
    });
  });
});

describe('the pilot municipalities as CSV', () => {
  const csv = municipalitiesCsv(doc, geo, sources, (code) => `P${code}`, {
    title: 'TITLE',
    header: ['CODE', 'NAME', 'PROVINCE', 'PROJECT', 'INHABITANTS'],
  });
  const lines = csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((l) => l.split(';'));

  it('opens in a Belgian Excel: a BOM, ";" between cells and CRLF line ends, the sources and licences on top', () => {
    expect(
      csv.startsWith(
        '\uFEFFTITLE\r\nPILOTS\r\nPOPULATION\r\nLICENCE\r\n\r\nCODE;NAME;PROVINCE;PROJECT;INHABITANTS\r\n',
      ),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('lists the 26 municipalities by name, each with its province, pilot and inhabitants on 1 January 2018', () => {
    const rows = lines.slice(5);
    expect(rows).toHaveLength(26);
    expect(rows.map((r) => r[0]).sort()).toEqual([...members].sort());
    expect(rows.map((r) => r[1])).toEqual(rows.map((r) => r[1]!).sort(compareNl));
    for (const [code, name, province, project, inhabitants] of rows) {
      const m = geo.municipalities.get(code!)!;
      expect([name, province, inhabitants]).toEqual([m.naam, `P${m.prov}`, String(m.pop)]);
      expect(doc.projects.find((p) => p.name === project)?.municipalities).toContain(code);
    }
    expect(rows.find((r) => r[1] === 'Kortrijk')?.[3]).toBe('W13');
    const total = rows.reduce((s, r) => s + Number(r[4]), 0);
    expect(total).toBe(computeCoverage(doc, geo, {}, String).covered.population);
  });
});
