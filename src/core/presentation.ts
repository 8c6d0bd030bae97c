// Presenter mode as data: the steps of a talk and what each key does. Step 1 is
// all pilots with the key figures, then one step per project, and the last step
// the overview again. Steps are numbered from 1, as in the URL (#/presentatie/3).
import type { Project, ProjectsDoc } from './types';
import type { Route } from './url-state';

/**
 * Map labels in presenter mode, relative to the screen: a projected map is read from
 * across a room, where 12 px names beside a 28 px card text are lost.
 */
export const PRESENTER_LABEL_SCALE = 1.6;

export type Step = { kind: 'overview'; position: 'start' | 'end' } | { kind: 'project'; project: Project };

export function presentationSteps(doc: ProjectsDoc): Step[] {
  return [
    { kind: 'overview', position: 'start' },
    ...doc.projects.map((project): Step => ({ kind: 'project', project })),
    { kind: 'overview', position: 'end' },
  ];
}

/** The step a route shows, on the slide or in the presenter's console; null outside a presentation. */
export function presentationStep(route: Route): number | null {
  return route.kind === 'presenter' || route.kind === 'console' ? route.step : null;
}

/** The ordinary view a step shows (for the console's small maps): the project, or all of Flanders. */
export function stepRoute(step: Step): { kind: 'project'; id: string } | { kind: 'overview' } {
  return step.kind === 'project' ? { kind: 'project', id: step.project.id } : { kind: 'overview' };
}

export function clampStep(step: number, count: number): number {
  return Math.min(Math.max(1, Math.trunc(step) || 1), count);
}

export type KeyAction =
  | { type: 'go'; step: number }
  | { type: 'blank' }
  | { type: 'exit' }
  /** Show the key cheat sheet again for a few seconds. */
  | { type: 'help' }
  /** Open the presenter's console (in the console itself: nothing). */
  | { type: 'console' }
  | { type: 'digits'; digits: string }
  | { type: 'none' };

/**
 * What a key does on a given step. Presentation clickers send PageDown/PageUp
 * (some send "." or "b" for a black screen); a typed number followed by Enter
 * jumps to that step.
 */
export function keyAction(key: string, step: number, count: number, digits: string): KeyAction {
  if (/^[0-9]$/.test(key)) return { type: 'digits', digits: (digits + key).slice(-3) };
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case ' ':
    case 'Spacebar':
    case 'PageDown':
      return { type: 'go', step: clampStep(step + 1, count) };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return { type: 'go', step: clampStep(step - 1, count) };
    case 'Home':
      return { type: 'go', step: 1 };
    case 'End':
      return { type: 'go', step: count };
    case 'Enter':
      return digits
        ? { type: 'go', step: clampStep(Number(digits), count) }
        : { type: 'go', step: clampStep(step + 1, count) };
    case 'b':
    case 'B':
    case '.':
      return { type: 'blank' };
    case 'Escape':
      return { type: 'exit' };
    case '?':
    case 'h':
    case 'H':
      return { type: 'help' };
    case 'p':
    case 'P':
      return { type: 'console' };
    default:
      return { type: 'none' };
  }
}
