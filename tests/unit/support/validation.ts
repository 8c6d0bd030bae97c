// The committed data file, the 2017 codes the geo build knows, and what the
// validator says of a copy of the file changed by `edit`: its problems, or none.
import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateProjects, ProjectsValidationError } from '../../../src/core/validate-projects';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test edits the raw JSON freely, into any wrong shape
export type Doc = any;
export const good: Doc = JSON.parse(readFileSync('data/projects.json', 'utf8'));
const topo = JSON.parse(readFileSync('public/geo/base.topo.json', 'utf8'));
export const codes = new Set<string>(
  topo.objects.gemeenten.geometries.map((g: { properties: { code: string } }) => g.properties.code),
);

export function problemsOf(edit: (doc: Doc) => void, file?: string): string[] {
  const doc = structuredClone(good);
  edit(doc);
  try {
    validateProjects(doc, codes, file);
  } catch (e) {
    expect(e).toBeInstanceOf(ProjectsValidationError);
    const err = e as ProjectsValidationError;
    expect(err.name).toBe('ProjectsValidationError');
    expect(err.message).toBe(err.problems.join('\n'));
    return err.problems;
  }
  return [];
}
