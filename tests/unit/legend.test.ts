// The map's key (src/core/legend.ts), decided once for the panel, the image and the
// slide: which entries each shows, and that each is marked in what the map draws.
import { describe, expect, it } from 'vitest';
import { legendEntries } from '../../src/core/legend';
import { paintLayer } from '../../src/core/map-paint';
import { projectColour } from '../../src/core/palette';
import { strings } from '../../src/i18n';

const t = strings.nl;

describe("the map's key", () => {
  it("gives the panel one entry for the pilots, the base map, Brussels, the provinces and W13's markers; the selection and the zones only when shown", () => {
    const panel = legendEntries({ base: true, brussels: true, experiments: true }, t);
    expect(panel.map((e) => e.label)).toEqual([
      t.legendPilot,
      t.legendOther,
      t.legendBrussels,
      t.legendProvince,
      t.legendExperiment,
    ]);
    const more = legendEntries({ base: true, brussels: true, experiments: true, selection: true, elz: true }, t);
    expect(more.slice(-2).map((e) => e.label)).toEqual([t.legendSelected, t.legendElz]);
  });

  it('marks each entry in the colours the map draws it with (the paint list)', () => {
    const byLabel = new Map(
      legendEntries({ base: true, brussels: true, experiments: true, selection: true, elz: true }, t).map((e) => [
        e.label,
        e,
      ]),
    );
    expect(byLabel.get(t.legendPilot)).toMatchObject({
      mark: 'fill',
      colour: projectColour(0),
      border: paintLayer('project-outline').line!.colour,
    });
    expect(byLabel.get(t.legendOther)).toMatchObject({
      mark: 'fill',
      colour: paintLayer('vlaanderen-fill').fill!.colour,
      border: paintLayer('gemeenten-line').line!.colour,
    });
    expect(byLabel.get(t.legendBrussels)).toMatchObject({
      mark: 'fill',
      colour: paintLayer('brussel-fill').fill!.colour,
    });
    expect(byLabel.get(t.legendProvince)).toMatchObject({
      mark: 'line',
      colour: paintLayer('provincies-line').line!.colour,
    });
    expect(byLabel.get(t.legendExperiment)).toMatchObject({
      mark: 'dot',
      colour: paintLayer('sub-areas').circle!.colour,
      border: paintLayer('sub-areas').circle!.stroke,
    });
    expect(byLabel.get(t.legendSelected)).toMatchObject({
      mark: 'line',
      colour: paintLayer('gemeenten-selected').line!.colour,
    });
    expect(byLabel.get(t.legendElz)).toMatchObject({ mark: 'line', colour: paintLayer('elz-line').line!.colour });
  });

  it('names each pilot in its colour for the image and the slide, faint and said so where a filter leaves it out', () => {
    const image = legendEntries(
      {
        projects: [
          { name: 'Gent', dimmed: false },
          { name: 'Genk', dimmed: true },
        ],
        brussels: true,
      },
      t,
    );
    expect(image).toEqual([
      expect.objectContaining({ colour: projectColour(0), label: 'Gent' }),
      expect.objectContaining({ colour: projectColour(1), label: `Genk (${t.legendDimmed})`, dimmed: true }),
      expect.objectContaining({ label: t.legendBrussels }),
    ]);
    expect(image[0]!.dimmed).toBeUndefined();
  });
});
