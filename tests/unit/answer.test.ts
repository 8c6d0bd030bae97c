import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { answerFor, municipalityAt, municipalityCentres } from '../../src/core/answer';
import { parseGeoData } from '../../src/core/geo-data';
import { createLookup } from '../../src/core/lookup';
import type { ProjectsDoc } from '../../src/core/types';

const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
const geo = parseGeoData(JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8')));
// The context the app gives it (main.ts), from the app's own lookup: nothing re-implemented here.
const ctx = { doc, geo, centres: municipalityCentres(geo), projectOf: createLookup(doc, geo).projectOf };

describe('answerFor', () => {
  it('names the project of a pilot municipality and lists no neighbours', () => {
    const a = answerFor(['34022'], ctx);
    expect(a.parts[0]!.project?.name).toBe('W13');
    expect(a.nearest).toEqual([]);
  });

  it('lists the three nearest pilot areas, closest first, for a municipality without one', () => {
    const a = answerFor(['36011'], ctx); // Ledegem, between Roeselare and W13
    expect(a.parts[0]!.project).toBeNull();
    expect(a.nearest).toHaveLength(3);
    expect(
      a.nearest
        .map((n) => n.project.id)
        .slice(0, 2)
        .sort(),
    ).toEqual(['roeselare', 'w13']);
    expect(a.nearest[0]!.km).toBeLessThanOrEqual(a.nearest[1]!.km);
    // Independent check: Ledegem's centre to Roeselare's is a few km, under 15.
    const roeselare = a.nearest.find((n) => n.project.id === 'roeselare')!;
    expect(roeselare.km).toBeGreaterThan(3);
    expect(roeselare.km).toBeLessThan(15);
  });

  it('names the current municipality of one that merged since', () => {
    const a = answerFor(['44029'], ctx); // Knesselare → Aalter (2019)
    expect(a.parts[0]!.nowIn).toBe('Aalter');
    expect(answerFor(['34022'], ctx).parts[0]!.nowIn).toBeNull();
  });
});

describe('municipalityAt', () => {
  it('finds the municipality of a position and nothing outside Flanders', () => {
    expect(municipalityAt(geo, [3.265, 50.8279])).toBe('34022');
    expect(municipalityAt(geo, [4.3517, 50.8467])).toBeNull(); // Brussels
    expect(municipalityAt(geo, [5.567, 50.6326])).toBeNull(); // Liège
  });
});
