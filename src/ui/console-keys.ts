// The presenter console's keys: the slide's keys and clicker (core/presentation.ts
// keyAction), less what belongs to the console's own buttons and notes.
import type { Store } from '../core/store';
import type { AppState } from '../core/app-state';
import type { View } from '../core/resolve';
import { keyAction } from '../core/presentation';

type ConsoleView = Extract<View, { kind: 'console' }>;

/** Keys and clicker, as on the slide: a step, a number typed, the black screen. */
export function consoleKeys(
  store: Store<AppState>,
  current: () => ConsoleView | null,
  goTo: (step: number) => void,
): (e: KeyboardEvent) => void {
  let digits = '';
  return (e) => {
    const v = current();
    if (!v || e.altKey || e.ctrlKey || e.metaKey) return;
    // Enter and Space press the console's own buttons; Tab moves between them.
    if ((e.key === 'Enter' || e.key === ' ') && e.target instanceof HTMLButtonElement) return;
    if (
      (e.key === 'ArrowUp' || e.key === 'ArrowDown') &&
      e.target instanceof Element &&
      e.target.closest('.console-notes')
    )
      return;
    const action = keyAction(e.key, v.step, v.total, digits);
    if (action.type === 'none' || action.type === 'exit' || action.type === 'help' || action.type === 'console') return;
    e.preventDefault();
    digits = action.type === 'digits' ? action.digits : '';
    if (action.type === 'go') {
      if (store.get().blank) store.set({ blank: false });
      if (action.step !== v.step) goTo(action.step);
    } else if (action.type === 'blank') store.set({ blank: !store.get().blank });
  };
}
