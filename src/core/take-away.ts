// The data to take away, for a GIS or a spreadsheet: the pilot areas and W13's
// local experiments as GeoJSON (RFC 7946), the pilot municipalities as CSV for a
// Belgian Excel. Made from the data the map draws, in the browser, so the files
// work offline and in the single-file build, and always match the map.
import type { Feature, FeatureCollection, MultiPolygon, Point, Position } from 'geojson';
import type { ProjectsDoc } from './types';
import { projectAreas, type GeoData } from './geo-data';
import { labelPoint } from './geometry';
import { toCsvSections } from './csv';
import { compareNl } from './collate';

/** Where each file's facts come from, and under which terms: carried in every file. */
export interface TakeAwaySources {
  /** The answer to question nr. 114: which municipalities form which pilot. */
  pilots: string;
  /** Statbel's boundaries, as simplified for this map. */
  boundaries: string;
  /** Statbel's population on 1 January 2018. */
  population: string;
  /** How the W13 points were placed: the answer names municipalities, not addresses. */
  experimentPoints: string;
  /** Under which licences the derived data may be used. */
  licence: string;
}

export interface MunicipalityCsvWords {
  title: string;
  header: [code: string, name: string, province: string, project: string, inhabitants: string];
}

/** ~0.1 m at these latitudes: finer than the simplified boundaries, and files stay small. */
const round = (p: Position): Position => [Math.round(p[0]! * 1e6) / 1e6, Math.round(p[1]! * 1e6) / 1e6];

/** Twice the ring's signed area in degrees²: positive when it runs counterclockwise. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return sum;
}

/** RFC 7946 §3.1.6: exterior rings counterclockwise, holes clockwise (TopoJSON merges them the other way). */
export function rfc7946(area: MultiPolygon): MultiPolygon {
  return {
    type: 'MultiPolygon',
    coordinates: area.coordinates.map((polygon) =>
      polygon.map((ring, i) => {
        const rounded = ring.map(round);
        const ccw = signedArea(rounded) > 0;
        return ccw === (i === 0) ? rounded : rounded.reverse();
      }),
    ),
  };
}

type WithSources = FeatureCollection & { name: string; source: string[]; licence: string };

/** One feature a pilot, in the answer's order: its id, its name and its municipalities (2017 boundaries). */
export function pilotAreasGeoJson(doc: ProjectsDoc, geo: GeoData, sources: TakeAwaySources, name: string): WithSources {
  const areas = projectAreas(geo, doc, '2017');
  return {
    type: 'FeatureCollection',
    name,
    // Foreign members (RFC 7946 §6.1): a GIS keeps them, and a reader sees them first.
    source: [sources.pilots, sources.boundaries],
    licence: sources.licence,
    features: doc.projects.map((p, i): Feature<MultiPolygon> => ({
      type: 'Feature',
      id: p.id,
      properties: {
        id: p.id,
        name: p.name,
        municipalities: p.municipalities.map((code) => ({ code, name: geo.municipalities.get(code)?.naam ?? code })),
      },
      geometry: rfc7946(areas.features[i]!.geometry as MultiPolygon),
    })),
  };
}

/** W13's local experiments: one point each, where the map marks them (inside the municipality the answer names). */
export function experimentsGeoJson(
  doc: ProjectsDoc,
  geo: GeoData,
  sources: TakeAwaySources,
  name: string,
  lang: 'nl' | 'en',
): WithSources {
  const byCode = new Map(geo.layers.gemeenten.features.map((f) => [String(f.properties.code), f.geometry]));
  return {
    type: 'FeatureCollection',
    name,
    source: [sources.pilots, sources.experimentPoints],
    licence: sources.licence,
    features: doc.projects.flatMap((p) =>
      (p.subAreas ?? []).flatMap((s): Feature<Point>[] => {
        const shape = byCode.get(s.code);
        return shape
          ? [
              {
                type: 'Feature',
                properties: {
                  project: p.id,
                  label: s.label[lang],
                  municipality: { code: s.code, name: geo.municipalities.get(s.code)?.naam ?? s.code },
                },
                geometry: { type: 'Point', coordinates: round(labelPoint(shape)) },
              },
            ]
          : [];
      }),
    ),
  };
}

/** The pilot municipalities, one row each, by name: code, name, province, pilot, inhabitants on 1 January 2018. */
export function municipalitiesCsv(
  doc: ProjectsDoc,
  geo: GeoData,
  sources: TakeAwaySources,
  provinceName: (code: string) => string,
  w: MunicipalityCsvWords,
): string {
  const rows = doc.projects
    .flatMap((p) =>
      p.municipalities.map((code) => {
        const m = geo.municipalities.get(code);
        return [code, m?.naam ?? code, m ? provinceName(m.prov) : '', p.name, m?.pop ?? ''];
      }),
    )
    .sort((a, b) => compareNl(String(a[1]), String(b[1])));
  return toCsvSections([
    { rows: [[w.title], [sources.pilots], [sources.population], [sources.licence]] },
    { rows: [w.header, ...rows] },
  ]);
}
