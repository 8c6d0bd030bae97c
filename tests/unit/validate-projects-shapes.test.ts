// What the validator says of a data file that is not the shape it should be: each
// broken field named, with the project and the field, and nothing said of a
// correct one. (tests/unit/validate-projects.test.ts: what it says of the content.)
import { describe, expect, it } from 'vitest';
import { good, problemsOf as problemsIn, type Doc } from './support/validation';

const problemsOf = (edit: (doc: Doc) => void) => problemsIn(edit, 'f.json');
const w13 = (doc: Doc) => doc.projects.find((p: { id: string }) => p.id === 'w13');

describe('validateProjects on a file of the wrong shape', () => {
  it('names a missing or empty text, and each language missing', () => {
    expect(
      problemsOf((d) => {
        delete d.source;
      }),
    ).toEqual(['f.json: source: missing source citation']);
    expect(
      problemsOf((d) => {
        d.source = 'Vlaams Parlement';
      }),
    ).toEqual(['f.json: source: missing (needs "nl" and "en")']);
    expect(
      problemsOf((d) => {
        d.source = { nl: ' ', en: 'x' };
      }),
    ).toEqual(['f.json: source.nl: empty']);
    expect(
      problemsOf((d) => {
        d.themes = null;
      }),
    ).toContain('f.json: themes: missing');
    expect(
      problemsOf((d) => {
        d.themes.toegankelijkheid = { nl: 'x' };
      }),
    ).toEqual(['f.json: themes.toegankelijkheid.en: empty']);
  });

  it('names an overview without sentences, or a sentence resting on no passage', () => {
    expect(
      problemsOf((d) => {
        d.intro = [];
      }),
    ).toEqual(['f.json: intro: missing (a list of sentences)']);
    expect(
      problemsOf((d) => {
        d.intro = 'x';
      }),
    ).toEqual(['f.json: intro: missing (a list of sentences)']);
    expect(
      problemsOf((d) => {
        d.intro[0].from = [];
        d.intro[0].fromQuestion = [];
      }),
    ).toEqual(['f.json: intro[0].from: names no passage of the question or answer']);
    expect(
      problemsOf((d) => {
        d.intro[0].fromQuestion = [''];
      }),
    ).toEqual(['f.json: intro[0].from: names no passage of the question or answer']);
    expect(
      problemsOf((d) => {
        d.intro[0].from = 'x';
      }),
    ).toEqual(['f.json: intro[0].from: names no passage of the question or answer']);
    expect(
      problemsOf((d) => {
        d.intro[3].fromQuestion = ['De vraag.'];
      }),
    ).toEqual([]); // both kinds of passage: fine
    expect(
      problemsOf((d) => {
        d.intro[1] = 'x';
      }),
    ).toEqual([
      'f.json: intro[1]: missing (needs "nl" and "en")',
      'f.json: intro[1].from: names no passage of the question or answer',
    ]);
  });

  it('names a project list that is missing or empty, and a project that is not an object', () => {
    expect(
      problemsOf((d) => {
        d.projects = [];
      }),
    ).toEqual(['f.json: projects: missing or empty list']);
    expect(
      problemsOf((d) => {
        d.projects = {};
      }),
    ).toEqual(['f.json: projects: missing or empty list']);
    expect(
      problemsOf((d) => {
        d.projects[2] = 'x';
      }),
    ).toContain('f.json: projects[2]: not an object');
  });

  it("names a project's empty name, its missing members, a field that is no list, a summary without a sentence", () => {
    expect(
      problemsOf((d) => {
        w13(d).name = '';
      }),
    ).toEqual(['f.json: project "w13", field "name": empty']);
    expect(
      problemsOf((d) => {
        w13(d).municipalities = [];
        delete w13(d).subAreas;
      }),
    ).toEqual(['f.json: project "w13", field "municipalities": no member municipality']);
    expect(
      problemsOf((d) => {
        w13(d).themes = 'x';
      }),
    ).toEqual(['f.json: project "w13", field "themes": must be a list']);
    expect(
      problemsOf((d) => {
        w13(d).summary = [];
      }),
    ).toEqual(['f.json: project "w13", field "summary": no sentence']);
    expect(
      problemsOf((d) => {
        w13(d).summary[1] = 'x';
      }),
    ).toEqual(['f.json: project "w13", field "summary[1]": not a sentence']);
    expect(
      problemsOf((d) => {
        w13(d).sourceHeading = '';
      }),
    ).toEqual(['f.json: project "w13", field "sourceHeading": empty']);
    // A project without an id is named by its place in the list.
    expect(
      problemsOf((d) => {
        delete d.projects[0].id;
        d.projects[0].name = '';
      }).some((p) => p.includes('project "#1", field "name": empty')),
    ).toBe(true);
  });

  it('names an unknown theme, target group or partner type, a partner without a name, and an experiment outside its project', () => {
    expect(
      problemsOf((d) => {
        w13(d).themes[0].type = 'x';
      }),
    ).toEqual(['f.json: project "w13", field "themes[0].type": unknown theme "x"']);
    expect(
      problemsOf((d) => {
        w13(d).targetGroups[0] = 'x';
      })[0],
    ).toMatch(/field "targetGroups\[0\]\.type": unknown target group/);
    const partnered = (d: Doc) => d.projects.find((p: { partners: unknown[] }) => p.partners.length > 0);
    const id = partnered(good).id as string;
    expect(
      problemsOf((d) => {
        partnered(d).partners[0].name = '';
      }),
    ).toEqual([`f.json: project "${id}", field "partners[0].name": empty`]);
    expect(
      problemsOf((d) => {
        partnered(d).partners[0].type = 'x';
      })[0],
    ).toMatch(/field "partners\[0\]\.type"/);
    expect(
      problemsOf((d) => {
        w13(d).subAreas[0].code = '11002';
      }),
    ).toEqual(['f.json: project "w13", field "subAreas[0].code": must be one of the project\'s own municipalities']);
    expect(
      problemsOf((d) => {
        w13(d).subAreas[0].label = { nl: 'x' };
      }),
    ).toEqual(['f.json: project "w13", field "subAreas[0].label.en": empty']);
  });
});
