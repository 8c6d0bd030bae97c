// A minimal typed store: get, set (shallow merge), subscribe → unsubscribe.
//
// `settle` keeps the state's own rules (a pure function of the next state and the
// one before it), so no listener has to correct the state after the fact. A set
// made while listeners are being told of another (a listener that reacts by
// writing) waits until every listener has heard the first: each listener hears
// every change once, in order, never a later one before an earlier one.
export type Listener<S> = (state: S, previous: S) => void;

export interface Store<S> {
  get(): S;
  set(patch: Partial<S>): void;
  subscribe(listener: Listener<S>): () => void;
}

export function createStore<S extends object>(
  initial: S,
  settle: (next: S, previous: S) => S = (next) => next,
): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  const queued: Partial<S>[] = [];
  let telling = false;
  return {
    get: () => state,
    set(patch) {
      queued.push(patch);
      if (telling) return;
      telling = true;
      try {
        for (let next = queued.shift(); next; next = queued.shift()) {
          const previous = state;
          state = settle({ ...state, ...next }, previous);
          for (const l of [...listeners]) l(state, previous);
        }
      } finally {
        telling = false;
        queued.length = 0;
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
