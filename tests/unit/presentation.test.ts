import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { clampStep, keyAction, presentationSteps } from '../../src/core/presentation';
import type { ProjectsDoc } from '../../src/core/types';

const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;

describe('presentation steps', () => {
  it('opens and closes on the overview with one step per project between', () => {
    const steps = presentationSteps(doc);
    expect(steps).toHaveLength(doc.projects.length + 2);
    expect(steps[0]).toEqual({ kind: 'overview', position: 'start' });
    expect(steps.at(-1)).toEqual({ kind: 'overview', position: 'end' });
    expect(steps.slice(1, -1).map((s) => s.kind === 'project' && s.project.id)).toEqual(doc.projects.map((p) => p.id));
  });

  it('clamps steps into range', () => {
    expect(clampStep(0, 13)).toBe(1);
    expect(clampStep(99, 13)).toBe(13);
    expect(clampStep(Number.NaN, 13)).toBe(1);
  });
});

describe('keys', () => {
  it("moves with arrows, space and the clicker's page keys, within bounds", () => {
    for (const k of ['ArrowRight', ' ', 'PageDown']) expect(keyAction(k, 3, 13, '')).toEqual({ type: 'go', step: 4 });
    for (const k of ['ArrowLeft', 'PageUp']) expect(keyAction(k, 3, 13, '')).toEqual({ type: 'go', step: 2 });
    expect(keyAction('ArrowRight', 13, 13, '')).toEqual({ type: 'go', step: 13 });
    expect(keyAction('PageUp', 1, 13, '')).toEqual({ type: 'go', step: 1 });
    expect(keyAction('Home', 7, 13, '')).toEqual({ type: 'go', step: 1 });
    expect(keyAction('End', 7, 13, '')).toEqual({ type: 'go', step: 13 });
  });

  it('jumps to a typed number on Enter', () => {
    expect(keyAction('1', 3, 13, '')).toEqual({ type: 'digits', digits: '1' });
    expect(keyAction('0', 3, 13, '1')).toEqual({ type: 'digits', digits: '10' });
    expect(keyAction('Enter', 3, 13, '10')).toEqual({ type: 'go', step: 10 });
    expect(keyAction('Enter', 3, 13, '99')).toEqual({ type: 'go', step: 13 });
  });

  it('blanks with B or ".", leaves with Escape, ignores the rest', () => {
    expect(keyAction('b', 3, 13, '')).toEqual({ type: 'blank' });
    expect(keyAction('.', 3, 13, '')).toEqual({ type: 'blank' });
    expect(keyAction('Escape', 3, 13, '')).toEqual({ type: 'exit' });
    expect(keyAction('x', 3, 13, '')).toEqual({ type: 'none' });
  });
});
