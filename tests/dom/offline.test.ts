// The offline copy in words, and a new version offered, never forced: a fake
// service-worker container stands in for the browser's.
import { describe, expect, it } from 'vitest';
import { registerOffline, type WorkerContainer, type WorkerRegistration } from '../../src/app/offline';
import { mountOfflineStatus } from '../../src/ui/offline-status';
import { createStore } from '../../src/core/store';
import { initialState, type AppState } from '../../src/core/app-state';

const now = (fn: () => void) => {
  fn();
  return () => undefined;
};
const words = () => ({ noWorker: 'geen kopie', copyFailed: 'kopiëren mislukt' });

function fakeWorker(state: string) {
  const listeners: (() => void)[] = [];
  const messages: unknown[] = [];
  return {
    state,
    messages,
    postMessage: (m: unknown) => {
      messages.push(m);
    },
    addEventListener: (_: 'statechange', fn: () => void) => {
      listeners.push(fn);
    },
    become(next: string) {
      this.state = next;
      for (const fn of listeners) fn();
    },
  };
}

function fakeContainer(registration: Partial<WorkerRegistration>, controller: unknown = null, fail?: Error) {
  const changes: (() => void)[] = [];
  const container: WorkerContainer & { fireControllerChange(): void } = {
    controller,
    register: () =>
      fail
        ? Promise.reject(fail)
        : Promise.resolve({
            installing: null,
            waiting: null,
            active: null,
            addEventListener: () => undefined,
            ...registration,
          }),
    addEventListener: (_: 'controllerchange', fn: () => void) => {
      changes.push(fn);
    },
    removeEventListener: () => undefined,
    fireControllerChange: () => {
      for (const fn of changes) fn();
    },
  };
  return container;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function setup(hash = '#/') {
  const el = document.createElement('div');
  const store = createStore<AppState>(initialState(hash));
  const status = mountOfflineStatus(el, store);
  return { el, store, status };
}

describe('offline copy', () => {
  it("says when the copy is ready, with Safari's limit", async () => {
    const { el, status } = setup();
    const installing = fakeWorker('installing');
    registerOffline(now, status.ui, words, fakeContainer({ installing: installing as never }));
    await settle();
    expect(el.textContent).toBe('');
    installing.become('activated');
    expect(el.textContent).toContain('Klaar voor offline gebruik');
    expect(el.textContent).toContain('Safari wist deze kopie na 7 dagen');
  });

  it('says why when there is no copy', async () => {
    const { el, status } = setup();
    registerOffline(now, status.ui, words, fakeContainer({}, null, new Error('SecurityError: no https')));
    await settle();
    expect(el.textContent).toBe('Offline niet beschikbaar: SecurityError: no https');
  });

  it('offers a waiting new version, never during a presentation, and reloads once it has taken over', async () => {
    const { el, store, status } = setup('#/presentatie/2');
    const waiting = fakeWorker('installed');
    let reloads = 0;
    const container = fakeContainer({ active: {}, waiting: waiting as never }, {});
    registerOffline(now, status.ui, words, container, () => {
      reloads++;
    });
    await settle();
    expect(el.querySelector('.update-notice')).toBeNull(); // the presenter is presenting
    store.set({ route: { kind: 'overview' } });
    const button = el.querySelector<HTMLButtonElement>('.update-notice button')!;
    expect(el.querySelector('.update-notice')!.textContent).toContain('Er is een nieuwe versie.');
    expect(reloads).toBe(0);
    button.click();
    expect(waiting.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    container.fireControllerChange();
    expect(reloads).toBe(1);
  });
});

describe('offline copy, blocked', () => {
  it('says so when the browser answers the registration with nothing', async () => {
    const { el, status } = setup();
    const container = { ...fakeContainer({}), register: () => Promise.resolve(undefined as never) };
    registerOffline(now, status.ui, words, container);
    await settle();
    expect(el.textContent).toBe('Offline niet beschikbaar: geen kopie');
  });
});
