// Every rejection the validator promises, each named by file, project and field.
import { describe, expect, it } from 'vitest';
import { codes, good, problemsOf, type Doc } from './support/validation';
import { validateProjects } from '../../src/core/validate-projects';
import { PROJECT_COLOURS, projectColour } from '../../src/core/palette';

const project = (doc: Doc, id: string) => doc.projects.find((p: { id: string }) => p.id === id);

describe('validateProjects', () => {
  it('accepts the committed data file', () => {
    expect(problemsOf(() => {})).toEqual([]);
  });

  it('refuses a sentence that states as fact what its passage states as a plan, naming the language', () => {
    const problems = problemsOf((d) => {
      const s = project(d, 'diest-scherpenheuvel-zichem').summary[1]!;
      s.nl = 'Lokale vindplaatsen slaan de brug naar die vraagverduidelijking.';
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /project "diest-scherpenheuvel-zichem", field "summary\[1\]\.nl": a passage it rests on states a plan/,
      ),
    ]);
  });

  it('rejects an unknown NIS code', () => {
    expect(
      problemsOf((d) => {
        project(d, 'w13').municipalities[2] = '99999';
      }),
    ).toEqual([
      'data/projects.json: project "w13", field "municipalities[2]": unknown or non-Flemish NIS code 99999 (2017 boundaries)',
    ]);
  });

  it('rejects a non-Flemish (Brussels) NIS code', () => {
    expect(
      problemsOf((d) => {
        project(d, 'gent').municipalities.push('21004');
      }),
    ).toEqual([
      'data/projects.json: project "gent", field "municipalities[1]": unknown or non-Flemish NIS code 21004 (2017 boundaries)',
    ]);
  });

  it('rejects a malformed NIS code', () => {
    expect(
      problemsOf((d) => {
        project(d, 'genk').municipalities[0] = 71016;
      })[0],
    ).toMatch(/project "genk", field "municipalities\[0\]": malformed NIS code 71016/);
  });

  it('rejects a municipality in two projects', () => {
    expect(
      problemsOf((d) => {
        project(d, 'zoersel').municipalities.push('34022');
      }),
    ).toEqual([
      'data/projects.json: project "zoersel", field "municipalities[1]": municipality 34022 is already in project "w13"',
    ]);
  });

  it('rejects duplicate and malformed ids', () => {
    expect(
      problemsOf((d) => {
        project(d, 'genk').id = 'gent';
      }),
    ).toContain('data/projects.json: project "gent", field "id": duplicate id');
    expect(
      problemsOf((d) => {
        project(d, 'genk').id = 'Genk City';
      })[0],
    ).toMatch(/project "Genk City", field "id": malformed id/);
  });

  it('rejects an empty sentence in either language', () => {
    expect(
      problemsOf((d) => {
        project(d, 'oostende').summary[1].en = '  ';
      }),
    ).toEqual(['data/projects.json: project "oostende", field "summary[1].en": empty sentence']);
  });

  it('traces every sentence to passages of the answer, word for word (whitespace aside)', () => {
    expect(
      problemsOf((d) => {
        project(d, 'zoersel').summary[0].from = [];
      }),
    ).toEqual(['data/projects.json: project "zoersel", field "summary[0].from": names no passage of the answer']);
    expect(
      problemsOf((d) => {
        project(d, 'zoersel').summary[0].from = ['Realisatie van een Huis van de Zorg voor iedereen'];
      }),
    ).toEqual([
      'data/projects.json: project "zoersel", field "summary[0].from[0]": must be a passage of the project\'s own source text, word for word',
    ]);
    // Line breaks and double spaces in a passage do not matter.
    expect(
      problemsOf((d) => {
        project(d, 'zoersel').summary[1].from = ['Samen met partners\n wordt  een sterk netwerk'];
      }),
    ).toEqual([]);
  });

  it('rejects an unknown theme, and a theme without the words that justify it', () => {
    expect(
      problemsOf((d) => {
        project(d, 'gent').themes.push({ type: 'armoede', phrase: 'Het project' });
      })[0],
    ).toMatch(/project "gent", field "themes\[\d+\].type": unknown theme "armoede"/);
    expect(
      problemsOf((d) => {
        project(d, 'gent').themes[0].phrase = 'toegankelijk voor iedereen';
      }),
    ).toEqual([
      'data/projects.json: project "gent", field "themes[0].phrase": must be a phrase of the project\'s own source text, word for word',
    ]);
  });

  it('rejects a partner the answer does not name', () => {
    expect(
      problemsOf((d) => {
        project(d, 'genk').partners[1].phrase = 'CAW Oost-Vlaanderen';
      }),
    ).toEqual([
      'data/projects.json: project "genk", field "partners[1].phrase": must be a phrase of the project\'s own source text, word for word',
    ]);
  });

  it('rejects a missing source citation and a missing source text', () => {
    expect(
      problemsOf((d) => {
        delete d.source;
      }),
    ).toEqual(['data/projects.json: source: missing source citation']);
    expect(
      problemsOf((d) => {
        delete project(d, 'turnhout').sourceText;
      }),
    ).toEqual(['data/projects.json: project "turnhout", field "sourceText": missing source text']);
  });

  it('rejects an unknown partner type and a sub-area outside the project', () => {
    expect(
      problemsOf((d) => {
        project(d, 'genk').partners[0].type = 'bank';
      })[0],
    ).toMatch(/project "genk", field "partners\[0\].type": unknown partner type "bank"/);
    expect(
      problemsOf((d) => {
        project(d, 'w13').subAreas[0].code = '44021';
      })[0],
    ).toMatch(/project "w13", field "subAreas\[0\].code"/);
  });

  it('reports all problems at once', () => {
    expect(
      problemsOf((d) => {
        project(d, 'gent').summary[0].nl = '';
        project(d, 'genk').themes = [{ type: 'x', phrase: 'y' }];
      }),
    ).toHaveLength(2);
  });

  it('rejects input that is not an object', () => {
    expect(() => validateProjects('[]', codes)).toThrow('data/projects.json: not a JSON object');
  });
});

describe('the palette', () => {
  it('names the problem when a new project has no colour of its own', () => {
    const problems = problemsOf((d) => {
      const copy = structuredClone(project(d, 'gent'));
      copy.id = 'nieuw';
      copy.municipalities = [];
      d.projects.push(copy);
    });
    expect(problems).toContain(
      `data/projects.json: projects: ${good.projects.length + 1} projects, but the palette has ${PROJECT_COLOURS.length} colours: add a colour to PROJECT_COLOURS in src/core/palette.ts`,
    );
  });

  it('never hands out one colour twice', () => {
    expect(new Set(PROJECT_COLOURS.map((c) => c.toLowerCase())).size).toBe(PROJECT_COLOURS.length);
    expect(() => projectColour(PROJECT_COLOURS.length)).toThrow(RangeError);
  });
});

describe('target groups', () => {
  it("takes only words of the vocabulary, each with a phrase of the project's own text", () => {
    expect(
      problemsOf((d) => {
        project(d, 'genk').targetGroups[0].type = 'jongeren';
      }),
    ).toEqual(['data/projects.json: project "genk", field "targetGroups[0].type": unknown target group "jongeren"']);
    expect(
      problemsOf((d) => {
        project(d, 'genk').targetGroups[0].phrase = 'alle jongeren';
      }),
    ).toEqual([
      'data/projects.json: project "genk", field "targetGroups[0].phrase": must be a phrase of the project\'s own source text, word for word',
    ]);
  });
});
