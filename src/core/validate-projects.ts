// Checks the pilot-projects file before anything uses it. Every problem is named by
// file, project and field, and all of them are reported at once, so a policy officer
// who edits data/projects.json can fix everything in one go.
import type { ProjectsDoc } from './types';
// Explicit extensions: vite.config.ts loads this file to validate the data at build time.
import { LANGS } from './languages.ts';
import { paletteProblem } from './palette.ts';
import { intentionGaps } from './intention.ts';

export class ProjectsValidationError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ProjectsValidationError';
    this.problems = problems;
  }
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const NIS = /^\d{5}$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * @param raw the parsed JSON
 * @param flemishCodes the 2017 Flemish NIS codes (from the geo build)
 * @param file the name used in messages
 */
export function validateProjects(
  raw: unknown,
  flemishCodes: ReadonlySet<string>,
  file = 'data/projects.json',
): ProjectsDoc {
  const problems: string[] = [];
  const c = checks(file, problems);
  if (!isObj(raw)) throw new ProjectsValidationError([`${file}: not a JSON object`]);
  if (raw.source === undefined) c.at('source', 'missing source citation');
  else c.text(raw.source, 'source');
  checkIntro(raw.intro, c);
  const known: Known = {
    flemishCodes,
    themes: c.vocabulary(raw.themes, 'themes'),
    partnerTypes: c.vocabulary(raw.partnerTypes, 'partnerTypes'),
    groupTypes: c.vocabulary(raw.targetGroupTypes, 'targetGroupTypes'),
    ids: new Set(),
    owner: new Map(),
  };
  if (!Array.isArray(raw.projects) || raw.projects.length === 0) {
    c.at('projects', 'missing or empty list');
    throw new ProjectsValidationError(problems);
  }
  const palette = paletteProblem(raw.projects.length);
  if (palette) c.at('projects', palette);
  raw.projects.forEach((p: unknown, i: number) => {
    if (isObj(p)) checkProject(p, i, c, known);
    else c.at(`projects[${i}]`, 'not an object');
  });
  if (problems.length) throw new ProjectsValidationError(problems);
  return raw as unknown as ProjectsDoc;
}

interface Checks {
  /** A problem at `where`. */
  at(where: string, msg: string): void;
  /** A text in every language; `where` names a field, or, a function of the field's path, names it inside a project's phrase ("field \"…\""). */
  text(v: unknown, where: string | ((path: string) => string), path?: string): void;
  /** A vocabulary's keys (themes, partner types, target groups), each with its label in every language. */
  vocabulary(v: unknown, where: string): Set<string>;
}

/** What the projects are checked against: the vocabularies, the Flemish codes, and the ids and municipalities seen so far. */
interface Known {
  flemishCodes: ReadonlySet<string>;
  themes: Set<string>;
  partnerTypes: Set<string>;
  groupTypes: Set<string>;
  ids: Set<string>;
  /** Each municipality's project, so that none is in two. */
  owner: Map<string, string>;
}

function checks(file: string, problems: string[]): Checks {
  const at = (where: string, msg: string) => {
    problems.push(`${file}: ${where}: ${msg}`);
  };
  const text: Checks['text'] = (v, where, path = '') => {
    const named = (suffix: string) => (typeof where === 'string' ? `${where}${suffix}` : where(`${path}${suffix}`));
    if (!isObj(v)) {
      at(named(''), `missing (needs ${LANGS.map((l) => `"${l}"`).join(' and ')})`);
      return;
    }
    for (const lang of LANGS) if (!nonEmpty(v[lang])) at(named(`.${lang}`), 'empty');
  };
  const vocabulary = (v: unknown, where: string): Set<string> => {
    if (!isObj(v)) {
      at(where, 'missing');
      return new Set();
    }
    for (const [k, label] of Object.entries(v)) text(label, `${where}.${k}`);
    return new Set(Object.keys(v));
  };
  return { at, text, vocabulary };
}

/** The overview's sentences, each resting on a passage of the question or the answer. */
function checkIntro(intro: unknown, c: Checks): void {
  if (!Array.isArray(intro) || intro.length === 0) return c.at('intro', 'missing (a list of sentences)');
  intro.forEach((sentence: unknown, j: number) => {
    c.text(sentence, `intro[${j}]`);
    const passages = isObj(sentence) ? [sentence.from, sentence.fromQuestion ?? []] : [];
    if (
      !passages.length ||
      !passages.every((p) => Array.isArray(p) && p.every(nonEmpty)) ||
      !passages.some((p) => (p as unknown[]).length)
    ) {
      c.at(`intro[${j}].from`, 'names no passage of the question or answer');
    }
  });
}

function checkProject(p: Obj, i: number, c: Checks, known: Known): void {
  const id = typeof p.id === 'string' ? p.id : '';
  const where = (field: string) => `project "${id || `#${i + 1}`}", field "${field}"`;
  if (!ID.test(id))
    c.at(where('id'), `malformed id ${JSON.stringify(p.id)} (lowercase letters, digits and single hyphens)`);
  else if (known.ids.has(id)) c.at(where('id'), 'duplicate id');
  known.ids.add(id);
  if (!nonEmpty(p.name)) c.at(where('name'), 'empty');

  const codes = Array.isArray(p.municipalities) ? p.municipalities : [];
  if (codes.length === 0) c.at(where('municipalities'), 'no member municipality');
  codes.forEach((code: unknown, j: number) => {
    const f = `municipalities[${j}]`;
    if (typeof code !== 'string' || !NIS.test(code)) c.at(where(f), `malformed NIS code ${JSON.stringify(code)}`);
    else if (!known.flemishCodes.has(code)) c.at(where(f), `unknown or non-Flemish NIS code ${code} (2017 boundaries)`);
    else if (known.owner.has(code))
      c.at(where(f), `municipality ${code} is already in project "${known.owner.get(code)}"`);
    else known.owner.set(code, id);
  });

  const list = (field: string) =>
    Array.isArray(p[field]) ? (p[field] as unknown[]) : (c.at(where(field), 'must be a list'), []);
  // Passages and phrases are found in the project's own source text, word for
  // word (whitespace aside), so every sentence and tag can be traced to the answer.
  const source = typeof p.sourceText === 'string' ? squash(p.sourceText) : '';
  const verbatim = (v: unknown) => nonEmpty(v) && (source === '' || source.includes(squash(v)));
  if (Array.isArray(p.summary) && p.summary.length === 0) c.at(where('summary'), 'no sentence');
  checkSummary(list('summary'), where, verbatim, c);
  checkTags(list, where, verbatim, known, c);
  if (p.subAreas !== undefined) {
    list('subAreas').forEach((s, j) => {
      if (!isObj(s) || typeof s.code !== 'string' || !codes.includes(s.code)) {
        c.at(where(`subAreas[${j}].code`), "must be one of the project's own municipalities");
      } else c.text(s.label, where, `subAreas[${j}].label`);
    });
  }
  if (!nonEmpty(p.sourceHeading)) c.at(where('sourceHeading'), 'empty');
  if (!nonEmpty(p.sourceText)) c.at(where('sourceText'), 'missing source text');
}

/** Each sentence in every language, resting on passages of the answer, word for word, and saying no more than they do. */
function checkSummary(
  summary: unknown[],
  where: (field: string) => string,
  verbatim: (v: unknown) => boolean,
  c: Checks,
): void {
  summary.forEach((sentence, j) => {
    if (!isObj(sentence)) return c.at(where(`summary[${j}]`), 'not a sentence');
    for (const lang of LANGS) if (!nonEmpty(sentence[lang])) c.at(where(`summary[${j}].${lang}`), 'empty sentence');
    const from = Array.isArray(sentence.from) ? sentence.from : [];
    if (from.length === 0) c.at(where(`summary[${j}].from`), 'names no passage of the answer');
    from.forEach((q, k) => {
      if (!verbatim(q))
        c.at(where(`summary[${j}].from[${k}]`), "must be a passage of the project's own source text, word for word");
    });
    if (!from.every(nonEmpty)) return;
    for (const lang of intentionGaps({ ...sentence, from: from as string[] }, LANGS)) {
      c.at(
        where(`summary[${j}].${lang}`),
        'a passage it rests on states a plan or the future ("zal", "wil(len)", "wordt … opgericht"…), or is an aim the answer lists ("Verhogen van …", "onderzoek naar …"), and the sentence states fewer: write each plan as a plan and a listed aim as an aim',
      );
    }
  });
}

/** Themes, target groups and partners: of a known type, each with its phrase from the answer, word for word. */
function checkTags(
  list: (field: string) => unknown[],
  where: (field: string) => string,
  verbatim: (v: unknown) => boolean,
  known: Known,
  c: Checks,
): void {
  const phrase = "must be a phrase of the project's own source text, word for word";
  list('themes').forEach((t, j) => {
    if (!isObj(t) || typeof t.type !== 'string' || !known.themes.has(t.type))
      c.at(where(`themes[${j}].type`), `unknown theme ${JSON.stringify(isObj(t) ? t.type : t)}`);
    else if (!verbatim(t.phrase)) c.at(where(`themes[${j}].phrase`), phrase);
  });
  list('targetGroups').forEach((g, j) => {
    if (!isObj(g) || typeof g.type !== 'string' || !known.groupTypes.has(g.type))
      c.at(where(`targetGroups[${j}].type`), `unknown target group ${JSON.stringify(isObj(g) ? g.type : g)}`);
    else if (!verbatim(g.phrase)) c.at(where(`targetGroups[${j}].phrase`), phrase);
  });
  list('partners').forEach((q, j) => {
    if (!isObj(q) || !nonEmpty(q.name)) c.at(where(`partners[${j}].name`), 'empty');
    else if (typeof q.type !== 'string' || !known.partnerTypes.has(q.type))
      c.at(where(`partners[${j}].type`), `unknown partner type ${JSON.stringify(q.type)}`);
    else if (!verbatim(q.phrase)) c.at(where(`partners[${j}].phrase`), phrase);
  });
}
