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
export function validateProjects(raw: unknown, flemishCodes: ReadonlySet<string>, file = 'data/projects.json'): ProjectsDoc {
  const problems: string[] = [];
  const at = (where: string, msg: string) => problems.push(`${file}: ${where}: ${msg}`);

  if (!isObj(raw)) throw new ProjectsValidationError([`${file}: not a JSON object`]);
  /** `where` names a field; a function of the field's path names it inside a project's phrase ("field \"…\""). */
  const text = (v: unknown, where: string | ((path: string) => string), path = '') => {
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

  if (raw.source === undefined) at('source', 'missing source citation');
  else text(raw.source, 'source');
  if (!Array.isArray(raw.intro) || raw.intro.length === 0) at('intro', 'missing (a list of sentences)');
  else raw.intro.forEach((sentence: unknown, j: number) => {
    text(sentence, `intro[${j}]`);
    const passages = isObj(sentence) ? [sentence.from, sentence.fromQuestion ?? []] : [];
    if (!passages.length || !passages.every((p) => Array.isArray(p) && p.every(nonEmpty)) || !passages.some((p) => (p as unknown[]).length)) {
      at(`intro[${j}].from`, 'names no passage of the question or answer');
    }
  });
  const themes = vocabulary(raw.themes, 'themes');
  const partnerTypes = vocabulary(raw.partnerTypes, 'partnerTypes');
  const groupTypes = vocabulary(raw.targetGroupTypes, 'targetGroupTypes');

  if (!Array.isArray(raw.projects) || raw.projects.length === 0) {
    at('projects', 'missing or empty list');
    throw new ProjectsValidationError(problems);
  }
  const palette = paletteProblem(raw.projects.length);
  if (palette) at('projects', palette);
  const ids = new Set<string>();
  const owner = new Map<string, string>();
  raw.projects.forEach((p: unknown, i: number) => {
    if (!isObj(p)) {
      at(`projects[${i}]`, 'not an object');
      return;
    }
    const id = typeof p.id === 'string' ? p.id : '';
    const where = (field: string) => `project "${id || `#${i + 1}`}", field "${field}"`;
    if (!ID.test(id)) at(where('id'), `malformed id ${JSON.stringify(p.id)} (lowercase letters, digits and single hyphens)`);
    else if (ids.has(id)) at(where('id'), 'duplicate id');
    ids.add(id);
    if (!nonEmpty(p.name)) at(where('name'), 'empty');

    const codes = Array.isArray(p.municipalities) ? p.municipalities : [];
    if (codes.length === 0) at(where('municipalities'), 'no member municipality');
    codes.forEach((c: unknown, j: number) => {
      const f = `municipalities[${j}]`;
      if (typeof c !== 'string' || !NIS.test(c)) at(where(f), `malformed NIS code ${JSON.stringify(c)}`);
      else if (!flemishCodes.has(c)) at(where(f), `unknown or non-Flemish NIS code ${c} (2017 boundaries)`);
      else if (owner.has(c)) at(where(f), `municipality ${c} is already in project "${owner.get(c)}"`);
      else owner.set(c, id);
    });

    const list = (field: string) => (Array.isArray(p[field]) ? (p[field] as unknown[]) : (at(where(field), 'must be a list'), []));
    // Passages and phrases are found in the project's own source text, word for
    // word (whitespace aside), so every sentence and tag can be traced to the answer.
    const source = typeof p.sourceText === 'string' ? squash(p.sourceText) : '';
    const verbatim = (v: unknown) => nonEmpty(v) && (source === '' || source.includes(squash(v)));
    const summary = list('summary');
    if (Array.isArray(p.summary) && summary.length === 0) at(where('summary'), 'no sentence');
    summary.forEach((sentence, j) => {
      if (!isObj(sentence)) {
        at(where(`summary[${j}]`), 'not a sentence');
        return;
      }
      for (const lang of LANGS) if (!nonEmpty(sentence[lang])) at(where(`summary[${j}].${lang}`), 'empty sentence');
      const from = Array.isArray(sentence.from) ? sentence.from : [];
      if (from.length === 0) at(where(`summary[${j}].from`), 'names no passage of the answer');
      from.forEach((q, k) => {
        if (!verbatim(q)) at(where(`summary[${j}].from[${k}]`), 'must be a passage of the project\'s own source text, word for word');
      });
      if (from.every(nonEmpty)) {
        for (const lang of intentionGaps({ ...sentence, from: from as string[] }, LANGS)) {
          at(where(`summary[${j}].${lang}`), 'a passage it rests on states a plan or the future ("zal", "wil(len)", "wordt … opgericht"…), or is an aim the answer lists ("Verhogen van …", "onderzoek naar …"), and the sentence states fewer: write each plan as a plan and a listed aim as an aim');
        }
      }
    });
    list('themes').forEach((t, j) => {
      if (!isObj(t) || typeof t.type !== 'string' || !themes.has(t.type)) at(where(`themes[${j}].type`), `unknown theme ${JSON.stringify(isObj(t) ? t.type : t)}`);
      else if (!verbatim(t.phrase)) at(where(`themes[${j}].phrase`), 'must be a phrase of the project\'s own source text, word for word');
    });
    list('targetGroups').forEach((g, j) => {
      if (!isObj(g) || typeof g.type !== 'string' || !groupTypes.has(g.type)) at(where(`targetGroups[${j}].type`), `unknown target group ${JSON.stringify(isObj(g) ? g.type : g)}`);
      else if (!verbatim(g.phrase)) at(where(`targetGroups[${j}].phrase`), 'must be a phrase of the project\'s own source text, word for word');
    });
    list('partners').forEach((q, j) => {
      if (!isObj(q) || !nonEmpty(q.name)) at(where(`partners[${j}].name`), 'empty');
      else if (typeof q.type !== 'string' || !partnerTypes.has(q.type)) {
        at(where(`partners[${j}].type`), `unknown partner type ${JSON.stringify(q.type)}`);
      } else if (!verbatim(q.phrase)) at(where(`partners[${j}].phrase`), 'must be a phrase of the project\'s own source text, word for word');
    });
    if (p.subAreas !== undefined) {
      list('subAreas').forEach((s, j) => {
        if (!isObj(s) || typeof s.code !== 'string' || !codes.includes(s.code)) {
          at(where(`subAreas[${j}].code`), 'must be one of the project\'s own municipalities');
        } else text(s.label, where, `subAreas[${j}].label`);
      });
    }
    if (!nonEmpty(p.sourceHeading)) at(where('sourceHeading'), 'empty');
    if (!nonEmpty(p.sourceText)) at(where('sourceText'), 'missing source text');
  });

  if (problems.length) throw new ProjectsValidationError(problems);
  return raw as unknown as ProjectsDoc;
}
