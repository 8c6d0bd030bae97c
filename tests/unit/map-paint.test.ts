// The WebGL map's style is generated from the one paint list (src/core/map-paint.ts):
// each generated layer's paint, layout and filter is evaluated here with MapLibre's
// own expression evaluator, for a feature in every state (kept, dimmed, selected,
// hovered) at several zooms and label scales, and must say what the list says.
// The SVG map reads the same list (tests/unit/area-shapes.test.ts).
import { describe, expect, it } from 'vitest';
import {
  Color,
  featureFilter,
  latest,
  normalizePropertyExpression,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { buildSurroundingsLayers, buildLayers } from '../../src/render/maplibre/style';
import {
  MAP_PAINT,
  amountAt,
  byState,
  dashPixels,
  dashScale,
  type PaintLayer,
  type PaintState,
} from '../../src/core/map-paint';

const STATES: Record<string, Partial<Record<PaintState, boolean>>> = {
  kept: {},
  dimmed: { dimmed: true },
  selected: { selected: true },
  hovered: { hover: true },
  'dimmed and selected': { dimmed: true, selected: true },
};
const ZOOMS = [5, 7, 8.5, 11, 12];
const SCALES = [1, 1.6];

type Group = 'paint' | 'layout';
/** A property of a generated layer, evaluated as MapLibre evaluates it (its default where the layer does not set it). */
function evaluate(
  layer: LayerSpecification,
  group: Group,
  key: string,
  zoom: number,
  properties: Record<string, unknown>,
  state: Record<string, boolean>,
): unknown {
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
    `${group}_${layer.type}`
  ]![key]!;
  const value =
    (layer as unknown as Record<Group, Record<string, unknown> | undefined>)[group]?.[key] ??
    (spec as { default?: unknown }).default;
  const expression = normalizePropertyExpression(value as never, `layers.${layer.id}.${group}.${key}`, spec);
  return expression.evaluate({ zoom }, { type: 3, properties, id: 1 } as never, state);
}

const colour = (c: string) => Color.parse(c);

/** Feature properties a layer's data carries: a project's colour, a surroundings' kind, the plan's label scale. */
function propertiesFor(p: PaintLayer, scale: number, kind?: string): Record<string, unknown> {
  return { colour: '#3a7d44', kind: kind ?? p.kinds?.[0] ?? '', scale };
}

function generated(basemap = false, elz = true): Map<string, LayerSpecification> {
  return new Map([...buildSurroundingsLayers(), ...buildLayers(basemap, elz)].map((l) => [l.id, l]));
}

describe("the WebGL map's style, generated from the paint list", () => {
  it("has one layer for each entry of the list, in the list's order (the surroundings go under Flanders)", () => {
    const main = buildLayers(false)
      .map((l) => l.id)
      .filter((id) => id !== 'plan-labels');
    const at = main.indexOf('vlaanderen-fill');
    const drawn = [...main.slice(0, at), ...buildSurroundingsLayers().map((l) => l.id), ...main.slice(at)];
    expect(drawn).toEqual(MAP_PAINT.map((p) => p.id));
  });

  for (const p of MAP_PAINT) {
    it(`${p.id}: paints what the list says, in every state, zoom and label scale`, () => {
      const layer = generated().get(p.id)!;
      let checked = 0;
      for (const [name, state] of Object.entries(STATES)) {
        for (const zoom of ZOOMS) {
          for (const scale of SCALES) {
            const props = propertiesFor(p, scale);
            const times = p.scaled ? scale : 1;
            const what = `${name} at zoom ${zoom}, scale ${scale}`;
            if (p.data === 'background') {
              expect(evaluate(layer, 'paint', 'background-color', zoom, props, state), what).toEqual(
                colour(p.fill!.colour as string),
              );
            } else if (p.fill) {
              const c = p.fill.colour;
              const kinds = typeof c === 'object' && 'byKind' in c ? Object.keys(c.byKind) : [undefined];
              for (const kind of kinds) {
                const expected = typeof c === 'string' ? c : 'property' in c ? String(props.colour) : c.byKind[kind!]!;
                expect(
                  evaluate(layer, 'paint', 'fill-color', zoom, propertiesFor(p, scale, kind), state),
                  `${what} ${kind ?? ''}`,
                ).toEqual(colour(expected));
              }
              expect(evaluate(layer, 'paint', 'fill-opacity', zoom, props, state), what).toBeCloseTo(
                byState(p.fill.opacity, state),
                10,
              );
            } else if (p.line) {
              expect(evaluate(layer, 'paint', 'line-color', zoom, props, state), what).toEqual(colour(p.line.colour));
              expect(evaluate(layer, 'paint', 'line-width', zoom, props, state), what).toBeCloseTo(
                amountAt(byState(p.line.width, state), zoom, times),
                10,
              );
              expect(evaluate(layer, 'paint', 'line-opacity', zoom, props, state), what).toBeCloseTo(
                byState(p.line.opacity, state),
                10,
              );
              const dash = (layer.paint as Record<string, unknown>)['line-dasharray'];
              expect(dash, what).toEqual(p.line.dash ? [...p.line.dash] : undefined);
            } else {
              const c = p.circle!;
              expect(evaluate(layer, 'paint', 'circle-radius', zoom, props, state), what).toBeCloseTo(
                amountAt(c.radius, zoom, times),
                10,
              );
              expect(evaluate(layer, 'paint', 'circle-color', zoom, props, state), what).toEqual(colour(c.colour));
              expect(evaluate(layer, 'paint', 'circle-stroke-color', zoom, props, state), what).toEqual(
                colour(c.stroke),
              );
              expect(evaluate(layer, 'paint', 'circle-stroke-width', zoom, props, state), what).toBeCloseTo(
                c.strokeWidth * times,
                10,
              );
            }
            checked++;
          }
        }
      }
      expect(checked).toBe(Object.keys(STATES).length * ZOOMS.length * SCALES.length);
    });
  }

  it('draws only the kinds of the surroundings each entry names', () => {
    for (const p of MAP_PAINT.filter((x) => x.kinds)) {
      const filter = featureFilter(
        (generated().get(p.id) as { filter?: unknown }).filter as never,
        `layers.${p.id}.filter`,
      );
      for (const kind of ['sea', 'wallonia', 'land']) {
        expect(filter.filter({ zoom: 8 }, { type: 3, properties: { kind } } as never), `${p.id}, ${kind}`).toBe(
          p.kinds!.includes(kind),
        );
      }
    }
  });

  it('shows the zones only when they are switched on', () => {
    expect(evaluate(generated(false, true).get('elz-line')!, 'layout', 'visibility', 8, {}, {})).toBe('visible');
    expect(evaluate(generated(false, false).get('elz-line')!, 'layout', 'visibility', 8, {}, {})).toBe('none');
  });

  it("lets a basemap through Flanders' fill only when there is one", () => {
    const flanders = MAP_PAINT.find((p) => p.id === 'vlaanderen-fill')!.fill!;
    expect(evaluate(generated(true).get('vlaanderen-fill')!, 'paint', 'fill-opacity', 8, {}, {})).toBe(
      flanders.overBasemap,
    );
    expect(evaluate(generated(false).get('vlaanderen-fill')!, 'paint', 'fill-opacity', 8, {}, {})).toBe(
      flanders.opacity.base,
    );
  });

  it("gives the SVG map MapLibre's dashes: in line widths, longer between two whole zooms", () => {
    // As measured on MapLibre's own drawing of a straight line of width 2 (map-paint.ts).
    const measured: [number, [number, number]][] = [
      [7, [6, 4]],
      [7.3, [7.4, 5]],
      [7.5, [8.5, 5.7]],
      [8, [6, 4]],
    ];
    for (const [zoom, [on, off]] of measured) {
      const [a, b] = dashPixels([3, 2], 2).map((v) => v * dashScale(zoom)) as [number, number];
      expect(Math.abs(a - on), `dash at zoom ${zoom}`).toBeLessThan(0.5);
      expect(Math.abs(b - off), `gap at zoom ${zoom}`).toBeLessThan(0.5);
    }
  });
});
