import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatElapsed, markPassages, otherScreen, passagesOf } from '../../src/core/console-notes';
import { onSyncMessage, readSyncMessage } from '../../src/core/presenter-sync';
import { keyAction, presentationSteps, stepRoute } from '../../src/core/presentation';
import { formatHash, parseHash } from '../../src/core/url-state';
import { resolveRoute } from '../../src/core/resolve';
import { layoutOf } from '../../src/core/view-effects';
import type { ProjectsDoc } from '../../src/core/types';

const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
const joined = (paras: { text: string; marked: boolean }[][]) =>
  paras.map((p) => p.map((s) => s.text).join('')).join('\n');

describe("the console's address", () => {
  it('is the presenter step with ?scherm=console, and reads back the same', () => {
    expect(parseHash('#/presentatie/3?scherm=console').route).toEqual({ kind: 'console', step: 3 });
    expect(parseHash('#/presentatie?scherm=console&taal=en')).toMatchObject({
      route: { kind: 'console', step: 1 },
      lang: 'en',
    });
    expect(parseHash('#/presentatie/3').route).toEqual({ kind: 'presenter', step: 3 });
    expect(formatHash({ route: { kind: 'console', step: 4 }, lang: 'en' })).toBe(
      '#/presentatie/4?scherm=console&taal=en',
    );
    expect(layoutOf({ kind: 'console', step: 2 })).toBe('console');
  });

  it('resolves to the current step, the next one (none after the last) and every step', () => {
    const steps = presentationSteps(doc);
    const v = resolveRoute({ kind: 'console', step: 2 }, doc, null);
    expect(v).toMatchObject({ kind: 'console', step: 2, total: steps.length, current: steps[1], next: steps[2] });
    const last = resolveRoute({ kind: 'console', step: 99 }, doc, null);
    expect(last).toMatchObject({ step: steps.length, next: null });
  });

  it('opens from the slide with P, and each step has the ordinary view of its map', () => {
    expect(keyAction('p', 3, 13, '')).toEqual({ type: 'console' });
    expect(keyAction('P', 3, 13, '')).toEqual({ type: 'console' });
    const [first, second] = presentationSteps(doc);
    expect(stepRoute(first!)).toEqual({ kind: 'overview' });
    expect(stepRoute(second!)).toEqual({ kind: 'project', id: doc.projects[0]!.id });
  });
});

describe("notes: the answer's text with the passages marked", () => {
  it('marks each passage where it stands, whatever the whitespace, and keeps every character', () => {
    const text = 'Eerst komt A.\nDan komt  B en C.\nTot slot D.';
    const paras = markPassages(text, ['komt A', 'komt B', 'B en C', 'niet in de tekst']);
    expect(joined(paras)).toBe(text);
    expect(paras.map((p) => p.filter((s) => s.marked).map((s) => s.text))).toEqual([['komt A'], ['komt  B en C'], []]);
  });

  it('marks a passage that runs over a line break in both paragraphs', () => {
    const paras = markPassages('een twee\ndrie vier', ['twee drie']);
    expect(paras).toEqual([
      [
        { text: 'een ', marked: false },
        { text: 'twee', marked: true },
      ],
      [
        { text: 'drie', marked: true },
        { text: ' vier', marked: false },
      ],
    ]);
  });

  it('finds every passage of every project in its own source text', () => {
    for (const p of doc.projects) {
      const marked = markPassages(p.sourceText, passagesOf(p))
        .flat()
        .filter((s) => s.marked)
        .map((s) => s.text)
        .join(' ')
        .replace(/\s+/g, ' ');
      for (const passage of passagesOf(p))
        expect(marked, `${p.id}: ${passage}`).toContain(passage.replace(/\s+/g, ' ').trim());
      expect(joined(markPassages(p.sourceText, passagesOf(p))).replace(/\n+/g, '\n')).toBe(
        p.sourceText.replace(/\n+/g, '\n').replace(/^\n|\n$/g, ''),
      );
    }
  });
});

describe('time and screens', () => {
  it('shows elapsed time as minutes and seconds, hours when needed', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
    expect(formatElapsed(-5)).toBe('0:00');
  });

  it('sends the slide to another screen, an external one first; none with one screen', () => {
    const laptop = { left: 0, top: 0, isInternal: true };
    const tv = { left: 1920, top: 0, isInternal: false };
    const third = { left: -1280, top: 0 };
    expect(otherScreen([laptop, third, tv], laptop)).toBe(tv);
    expect(otherScreen([laptop, third], laptop)).toBe(third);
    expect(otherScreen([laptop], laptop)).toBeNull();
  });
});

describe('the slide and the console in step', () => {
  it('reads only well-formed messages', () => {
    expect(readSyncMessage({ kind: 'state', from: 'slide', step: 3, blank: false })).toEqual({
      kind: 'state',
      from: 'slide',
      step: 3,
      blank: false,
    });
    expect(readSyncMessage({ kind: 'hello', from: 'console', extra: 1 })).toEqual({ kind: 'hello', from: 'console' });
    for (const bad of [
      null,
      'state',
      { kind: 'state', from: 'slide', step: '3', blank: false },
      { kind: 'state', from: 'other', step: 3, blank: false },
      { kind: 'state', from: 'slide', step: 0, blank: false },
      { kind: 'go', from: 'slide' },
    ])
      expect(readSyncMessage(bad)).toBeNull();
  });

  it("answers a hello with its state, takes over the other's state, and notes a goodbye", () => {
    expect(onSyncMessage('slide', { kind: 'hello', from: 'console' }, { step: 4, blank: true })).toEqual([
      { kind: 'status', status: 'linked' },
      { kind: 'reply', message: { kind: 'state', from: 'slide', step: 4, blank: true } },
    ]);
    expect(
      onSyncMessage('console', { kind: 'state', from: 'slide', step: 6, blank: false }, { step: 4, blank: false }),
    ).toEqual([
      { kind: 'status', status: 'linked' },
      { kind: 'adopt', step: 6, blank: false },
    ]);
    expect(
      onSyncMessage('console', { kind: 'state', from: 'slide', step: 4, blank: false }, { step: 4, blank: false }),
    ).toEqual([{ kind: 'status', status: 'linked' }]);
    expect(onSyncMessage('console', { kind: 'bye', from: 'slide' }, { step: 4, blank: false })).toEqual([
      { kind: 'status', status: 'other-closed' },
    ]);
    expect(
      onSyncMessage('slide', { kind: 'state', from: 'slide', step: 9, blank: false }, { step: 4, blank: false }),
    ).toEqual([]);
  });
});
