// "Is er een pilootproject bij mij?": the plain answer for a place, as data. The
// sentence itself is worded by the i18n layer from these facts.
import type { GeoData } from './geo-data';
import { distanceKm, labelPoint, pointInPolygon } from './geometry';
import type { Municipality, Project, ProjectsDoc } from './types';
import type { Position } from 'geojson';

export interface NearbyPilot {
  project: Project;
  /** Nearest member municipality of that project. */
  via: Municipality;
  km: number;
}

export interface PartAnswer {
  municipality: Municipality;
  project: Project | null;
  /** Name of the current municipality when it differs (merged since 2019 or 2025). */
  nowIn: string | null;
}

export interface PlaceAnswer {
  parts: PartAnswer[];
  /** Only when no part had a pilot: the nearest pilot areas, closest first. */
  nearest: NearbyPilot[];
}

export interface AnswerContext {
  doc: ProjectsDoc;
  geo: GeoData;
  centres: Centres;
  projectOf(code: string): Project | null;
}

/** A 2017 municipality's label point, by code. */
export interface Centres {
  get(code: string): Position | undefined;
}

/**
 * Label points of the 2017 municipalities: what distances are measured between.
 * Each is found when first asked for and then kept: all 308 took 20–50 ms,
 * which the first map waited for, and an answer needs only a few dozen.
 */
export function municipalityCentres(geo: GeoData): Centres {
  const features = new Map(geo.layers.gemeenten.features.map((f) => [String(f.properties!.code), f]));
  const found = new Map<string, Position>();
  return {
    get(code) {
      const known = found.get(code);
      if (known) return known;
      const f = features.get(code);
      if (!f) return undefined;
      const p = labelPoint(f.geometry);
      found.set(code, p);
      return p;
    },
  };
}

export function answerFor(codes: string[], ctx: AnswerContext, nearestCount = 3): PlaceAnswer {
  const parts = codes.map((code): PartAnswer => {
    const m = ctx.geo.municipalities.get(code)!;
    const now = m.nu !== m.code ? (ctx.geo.current.get(m.nu)?.naam ?? null) : null;
    return { municipality: m, project: ctx.projectOf(code), nowIn: now };
  });
  if (parts.some((p) => p.project)) return { parts, nearest: [] };
  const from = ctx.centres.get(codes[0] ?? '');
  return { parts, nearest: from ? nearestPilots(from, ctx, nearestCount) : [] };
}

/** The pilots nearest to a point, each by its nearest member municipality. */
export function nearestPilots(from: Position, ctx: AnswerContext, nearestCount = 3): NearbyPilot[] {
  return ctx.doc.projects
    .map((project) => {
      const best = project.municipalities
        .map((c) => ({ via: ctx.geo.municipalities.get(c)!, km: distanceKm(from, ctx.centres.get(c)!) }))
        .reduce((a, b) => (b.km < a.km ? b : a));
      return { project, ...best };
    })
    .sort((a, b) => a.km - b.km)
    .slice(0, nearestCount);
}

/** The 2017 municipality containing a position, or null outside Flanders. */
export function municipalityAt(geo: GeoData, position: Position): string | null {
  const hit = geo.layers.gemeenten.features.find((f) => pointInPolygon(position, f.geometry));
  return hit ? String(hit.properties!.code) : null;
}

/** The pilots nearest to the Brussels-Capital Region, measured from the middle of the region. */
export function nearestToBrussels(ctx: AnswerContext, nearestCount = 3): NearbyPilot[] {
  const region = ctx.geo.layers.brussel.features[0];
  return region ? nearestPilots(labelPoint(region.geometry), ctx, nearestCount) : [];
}
