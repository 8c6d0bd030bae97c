// The overview the build writes into the page (src/prerender/): its paths say the
// shapes to half a pixel, and at every frame width the names it shows are where
// the live map's plan puts them at that width.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { geoTransform } from 'd3-geo';
import { parseGeoData } from '../../src/core/geo-data';
import { validateProjects } from '../../src/core/validate-projects';
import { createPictures } from '../../src/app/map/picture';
import { createLookup } from '../../src/core/lookup';
import { resolveRoute } from '../../src/core/resolve';
import { initialState } from '../../src/core/app-state';
import { fitCamera, screenProjection } from '../../src/core/camera';
import { planLabels } from '../../src/core/label-plan';
import { measureText } from '../../src/core/text-widths';
import { storeShapes } from '../../src/core/map-shapes';
import { projectColour } from '../../src/core/palette';
import { overviewMapSvg } from '../../src/prerender/overview-map';
import { compactPath } from '../../src/prerender/markup';
import { LAYOUT } from '../../src/prerender/page';

const geo = parseGeoData(JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8')));
const doc = validateProjects(
  JSON.parse(readFileSync('data/projects.json', 'utf8')),
  new Set(geo.municipalities.keys()),
);
const pictures = createPictures({
  doc,
  geo,
  lookup: createLookup(doc, geo),
  view: (s) => resolveRoute(s.route, doc, geo, s.outside),
  shapes: storeShapes(geo, doc),
});
pictures.setSurroundings(JSON.parse(readFileSync('public/geo/context.topo.json', 'utf8')));
const picture = pictures.of(initialState('#/'));
const { html, css } = overviewMapSvg(picture, LAYOUT, measureText, (id) => `#/project/${id}`);

/** The absolute points of compact path data ("M x y" then relative pairs after "l"). */
function points(d: string): [number, number][][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) => {
      const [head, rest = ''] = part.replace(/z$/, '').split('l');
      const [x0, y0] = head!.trim().split(' ').map(Number);
      const ring: [number, number][] = [[x0!, y0!]];
      const nums = rest.match(/-?\d+/g)?.map(Number) ?? [];
      for (let i = 0; i < nums.length; i += 2) ring.push([ring.at(-1)![0] + nums[i]!, ring.at(-1)![1] + nums[i + 1]!]);
      return ring;
    });
}

describe('the prerendered overview map', () => {
  it('writes each vertex to the unit, relative to the last, and leaves out those that round onto it', () => {
    const identity = geoTransform({
      point(x, y) {
        this.stream.point(x, y);
      },
    });
    const d = compactPath(identity)({
      type: 'LineString',
      coordinates: [
        [10.4, 20.6],
        [13.2, 18.9],
        [13.4, 19.1],
        [-2, 30],
      ],
    });
    expect(d).toBe('M10 21l3-2-15 11');
    expect(points(d)).toEqual([
      [
        [10, 21],
        [13, 19],
        [-2, 30],
      ],
    ]);
    // A ring that rounds onto one point stays a valid "M x y".
    expect(
      compactPath(identity)({
        type: 'LineString',
        coordinates: [
          [1.1, 1.1],
          [1.2, 1.2],
        ],
      }),
    ).toBe('M1 1');
  });

  it("draws every project's area in its colour, in the frame fitted as the live map fits Flanders", () => {
    const areas = [
      ...html.matchAll(
        /<a href="#\/project\/([^"]+)" tabindex="-1"><path d="([^"]*)" fill="([^"]+)"[^>]*data-project="([^"]+)"/g,
      ),
    ].map((m) => [m[0], m[2], m[3], m[4], m[1]] as const);
    expect(areas.map((m) => m[3])).toEqual(doc.projects.map((p) => p.id));
    // Each area is the link to its project.
    expect(areas.map((m) => m[4])).toEqual(doc.projects.map((p) => p.id));
    expect(areas.map((m) => m[2])).toEqual(doc.projects.map((_, i) => projectColour(i)));
    const camera = fitCamera(picture.target.bounds, LAYOUT.size, LAYOUT.padding);
    const screen = screenProjection(camera, LAYOUT.size);
    const [[west, south], [east, north]] = picture.target.bounds;
    const viewBox = /viewBox="([^"]+)"/.exec(html)![1]!.split(' ').map(Number);
    expect(viewBox[0]).toBeCloseTo(2 * screen.x(west), 0);
    expect(viewBox[1]).toBeCloseTo(2 * screen.y(north), 0);
    expect(viewBox[2]).toBeCloseTo(2 * (screen.x(east) - screen.x(west)), 0);
    expect(viewBox[3]).toBeCloseTo(2 * (screen.y(south) - screen.y(north)), 0);
    // Gent's first vertex, where the camera puts Gent's first vertex (in half pixels).
    const gent = picture.scene.layers.projects.features.find((f) => f.properties.id === 'gent')!.geometry;
    const first = (gent.type === 'MultiPolygon' ? gent.coordinates[0]![0]![0] : gent.coordinates[0]![0])!;
    expect(points(areas.find((m) => m[3] === 'gent')![1]!)[0]![0]).toEqual([
      Math.round(2 * screen.x(first[0]!)),
      Math.round(2 * screen.y(first[1]!)),
    ]);
  });

  // A run is cut where the plan changes its mind, found by bisection between samples
  // 1 % apart; a plan that changes its mind and back within 1 % goes unseen there.
  it("shows, at every frame width from a phone's to a wall screen's, the names the live plan draws there, within half a pixel", () => {
    const runs = [...html.matchAll(/<svg class="prerender-names" data-run="(\d+)"[^>]*>(.*?)<\/svg>/g)].map((m) => ({
      index: Number(m[1]),
      body: m[2]!,
    }));
    const from = [0, ...[...css.matchAll(/@container \(min-width: ([\d.]+)px\)/g)].map((m) => Number(m[1]))];
    expect(runs.map((r) => r.index)).toEqual(from.map((_, i) => i));
    expect(from.slice(1)).toEqual([...from.slice(1)].sort((a, b) => a - b));
    const [[west, south], [east, north]] = picture.target.bounds;
    const reference = screenProjection(fitCamera(picture.target.bounds, LAYOUT.size, LAYOUT.padding), LAYOUT.size);
    const aspect = (reference.x(east) - reference.x(west)) / (reference.y(south) - reference.y(north));
    /** The names the page shows at a frame width, and how far each is from where the live plan puts it there. */
    const misses = (width: number) => {
      const run = runs[from.filter((f) => f <= width).length - 1]!;
      const shown = new Map(
        [
          ...run.body.matchAll(
            /<text data-kind="([^"]+)" data-id="([^"]+)"(?: transform="translate\(([-\d.]+) ([-\d.]+)\)")?[^>]*><tspan x="([-\d.]+)%" y="([-\d.]+)%"/g,
          ),
        ].map((m) => [
          `${m[1]}|${m[2]}`,
          {
            x: (Number(m[5]) / 100) * width + Number(m[3] ?? 0),
            y: (Number(m[6]) / 100) * (width / aspect) + Number(m[4] ?? 0),
          },
        ]),
      );
      // The live plan at that frame width, in a box with room above and below as the desktop's.
      const size = { width: width + 48, height: (2 * width) / aspect + 48 };
      const camera = fitCamera(picture.target.bounds, size, LAYOUT.padding);
      const screen = screenProjection(camera, size);
      const planned = planLabels(picture.scene, { camera, size, padding: LAYOUT.padding }, measureText).labels;
      expect([...shown.keys()].sort(), `the names at ${width} px`).toEqual(
        planned.map((l) => `${l.kind}|${l.id}`).sort(),
      );
      return planned.map((l) => {
        const s = shown.get(`${l.kind}|${l.id}`)!;
        return {
          key: `${l.kind}|${l.id}`,
          off: Math.hypot(s.x - (screen.x(l.at[0]) - screen.x(west)), s.y - (screen.y(l.at[1]) - screen.y(north))),
        };
      });
    };
    // The frames of the viewports the browser tests use, and of a few common screens: exact.
    for (const width of [374, 546, 832, 918, 1110, 1472, 2112]) {
      const m = misses(width);
      expect(
        m.filter((n) => n.key.startsWith('project|')),
        `every project named at ${width} px`,
      ).toHaveLength(doc.projects.length);
      expect(
        m.filter((n) => n.off > 0.6),
        `names off at ${width} px`,
      ).toEqual([]);
    }
    // Everywhere between, 3.7 px apart: all but a handful of names.
    const all = Array.from({ length: 514 }, (_, i) => 300 + i * 3.7).flatMap(misses);
    const off = all.filter((n) => n.off > 0.6);
    expect(off.length / all.length, off.map((n) => n.key).join(', ')).toBeLessThan(0.005);
  });
});
