// The presenter console's notes for a step: for a project the answer's own text,
// the passages the slide's sentences rest on marked (core/console-notes.ts); for
// the other steps the figures with their sources.
import type { Lang } from '../core/languages';
import type { Step } from '../core/presentation';
import { markPassages, passagesOf } from '../core/console-notes';
import { strings, formatNumber } from '../i18n';
import { h } from './dom';
import { slideFigures, type SlideDeps } from './slide-card';

/** The notes: for a project the answer's own text with the slide's passages marked; else the figures with their sources. */
export function renderNotes(
  p: { notesHeading: HTMLElement; notes: HTMLElement },
  step: Step,
  lang: Lang,
  deps: SlideDeps,
): void {
  const t = strings[lang];
  if (step.kind === 'project') {
    p.notesHeading.textContent = `${t.consoleNotes}: ${step.project.name}`;
    p.notes.replaceChildren(
      h('p', { class: 'console-notes-about' }, t.consoleNotesProject),
      h(
        'blockquote',
        { lang: 'nl' },
        ...markPassages(step.project.sourceText, passagesOf(step.project)).map((para) =>
          h('p', {}, ...para.map((seg) => (seg.marked ? h('mark', {}, seg.text) : seg.text))),
        ),
      ),
      h('p', { class: 'citation' }, deps.doc.source[lang]),
    );
  } else {
    const members = new Set(deps.doc.projects.flatMap((q) => q.municipalities)).size;
    p.notesHeading.textContent = `${t.consoleNotes}: ${t.consoleNotesFigures}`;
    p.notes.replaceChildren(
      h(
        'ul',
        {},
        h('li', {}, t.consoleFigureProjects(deps.doc.projects.length, formatNumber(members, lang))),
        h(
          'li',
          {},
          slideFigures(lang, deps),
          h('br'),
          h('span', { class: 'console-source' }, t.presenterFiguresSource),
        ),
      ),
    );
  }
}
