// The presenter's console in happy-dom: what it shows for a step, its keys and
// buttons, its timer on fake time, and the link that keeps it and the slide in
// step (two stores joined by an in-memory channel that delivers like the real one:
// later, never to the sender).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { openApp, waitFor } from './support/app';
import { strings } from '../../src/i18n';
import { createStore } from '../../src/core/store';
import { initialState, settleState, type AppState } from '../../src/core/app-state';
import { passagesOf } from '../../src/core/console-notes';
import { mountPresenterLink, type Channel } from '../../src/app/present/presenter-link';
import type { SyncMessage } from '../../src/core/presenter-sync';
import type { ProjectsDoc } from '../../src/core/types';

const nl = strings.nl;
const doc = JSON.parse(readFileSync('data/projects.json', 'utf8')) as ProjectsDoc;
const total = doc.projects.length + 2;
const text = (sel: string) => document.querySelector(sel)?.textContent?.trim() ?? '';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the console', () => {
  it("shows the step now, the next one, the answer's text with its passages marked, and every step", async () => {
    const project = doc.projects[1]!;
    const app = await openApp('#/presentatie/3?scherm=console');
    await waitFor(() => !document.getElementById('console')!.hidden, 'the console');
    expect(document.body.dataset.view).toBe('console');
    expect(text('#console-now-heading')).toBe(`${nl.consoleNow} · ${nl.presenterStepLabel(3, total)}: ${project.name}`);
    expect(text('.console-next-title')).toBe(doc.projects[2]!.name);
    const marked = app.texts('.console-notes mark').join(' ').replace(/\s+/g, ' ');
    for (const passage of passagesOf(project)) expect(marked).toContain(passage.replace(/\s+/g, ' ').trim());
    expect(text('.console-notes blockquote').replace(/\s+/g, ' ')).toBe(project.sourceText.replace(/\s+/g, ' ').trim());
    expect(app.texts('.console-steps button')).toHaveLength(total);
    expect(document.querySelector('.console-steps [aria-current=step]')?.textContent).toBe(`3. ${project.name}`);
    // The slide's text in small, without headings of its own in the console's outline.
    expect(text('.console-card .presenter-title')).toBe(project.name);
    expect(document.querySelectorAll('.console h1')).toHaveLength(1);
    expect(document.querySelectorAll('.console-card h2, .console-card h3')).toHaveLength(0);
  });

  it("moves with the clicker's keys and the buttons, announces each step once, and blanks the slide", async () => {
    const app = await openApp('#/presentatie/2?scherm=console');
    await waitFor(() => !document.getElementById('console')!.hidden, 'the console');
    expect(text('.console .visually-hidden[role=status]')).toBe(''); // opening is no step change
    app.key('PageDown', document.body);
    await waitFor(() => location.hash === '#/presentatie/3?scherm=console', 'step 3 after PageDown');
    expect(text('.console .visually-hidden[role=status]')).toBe(
      nl.consoleStepAnnounced(3, total, doc.projects[1]!.name),
    );
    expect(app.live()).toBe(''); // the page's own live region stays quiet: announced once
    app.key('1', document.body);
    app.key('0', document.body);
    app.key('Enter', document.body);
    await waitFor(() => location.hash === '#/presentatie/10?scherm=console', 'step 10 after 1, 0, Enter');
    app.click('.console-steps [data-step="1"]');
    await waitFor(() => location.hash === '#/presentatie/1?scherm=console', 'step 1 from the list');
    expect(text('#console-notes-heading')).toBe(`${nl.consoleNotes}: ${nl.consoleNotesFigures}`);
    expect(text('.console-notes')).toContain(nl.presenterFiguresSource);
    expect((document.querySelector('[data-action=previous]') as HTMLButtonElement).disabled).toBe(true);
    app.click('[data-action=next]');
    await waitFor(() => location.hash === '#/presentatie/2?scherm=console', 'step 2 from Volgende');
    app.key('b', document.body);
    await waitFor(
      () => !(document.querySelector('.console-blank-note') as HTMLElement).hidden,
      'the slide shown blank',
    );
    expect(document.querySelector('[data-action=blank]')?.getAttribute('aria-pressed')).toBe('true');
    app.key('ArrowRight', document.body); // a step brings the slide back
    await waitFor(() => (document.querySelector('.console-blank-note') as HTMLElement).hidden, 'the blank screen gone');
    app.key('Escape', document.body); // the console never ends the talk
    expect(location.hash).toBe('#/presentatie/3?scherm=console');
  });

  it('counts the time since it opened, on fake time, and resets it', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    await openApp('#/presentatie/1?scherm=console');
    await waitFor(() => !document.getElementById('console')!.hidden, 'the console');
    expect(text('.console-elapsed')).toBe('0:00');
    vi.advanceTimersByTime(65_000);
    expect(text('.console-elapsed')).toBe('1:05');
    vi.advanceTimersByTime(3_600_000);
    expect(text('.console-elapsed')).toBe('1:01:05');
    expect(text('.console-clock')).toMatch(/^\d{2}:\d{2}$/);
    (document.querySelector('[data-action=reset-time]') as HTMLButtonElement).click();
    expect(text('.console-elapsed')).toBe('0:00');
    vi.advanceTimersByTime(9_000);
    expect(text('.console-elapsed')).toBe('0:09');
  });
});

describe('the slide opens the console', () => {
  it('with P, in a window of its own at the same step, and says so when the browser blocks it', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const app = await openApp('#/presentatie/4?taal=en');
    app.key('p');
    expect(open).toHaveBeenCalledWith(
      expect.stringMatching(/#\/presentatie\/4\?scherm=console&taal=en$/),
      'gbo-console',
      expect.stringContaining('popup'),
    );
    await waitFor(() => text('.presenter-tool-note') !== '', 'the blocked window named');
    expect(text('.presenter-tool-note')).toBe(strings.en.consoleBlocked);
    expect((document.querySelector('.presenter-tools') as HTMLElement).hidden).toBe(false);
    open.mockReturnValue({} as Window);
    app.click('[data-action=open-console]');
    expect(open).toHaveBeenCalledTimes(2);
    expect(text('.presenter-tool-note')).toBe('');
  });
});

describe('the slide on the other screen', () => {
  it('goes full screen on the projector where the Window Management API is offered, and says so when there is one screen', async () => {
    const laptop = { left: 0, top: 0, isInternal: true, isPrimary: true };
    const projector = { left: 1920, top: 0, isInternal: false, isPrimary: false };
    const screens = vi.fn().mockResolvedValue({ screens: [laptop, projector], currentScreen: laptop });
    Object.defineProperty(window, 'getScreenDetails', { value: screens, configurable: true });
    const full = vi.fn().mockResolvedValue(undefined);
    document.documentElement.requestFullscreen = full;
    try {
      const app = await openApp('#/presentatie/2');
      app.click('[data-action=other-screen]');
      await waitFor(() => full.mock.calls.length > 0, 'full screen asked for');
      expect(full).toHaveBeenCalledWith({ screen: projector });
      screens.mockResolvedValue({ screens: [laptop], currentScreen: laptop });
      app.click('[data-action=other-screen]');
      await waitFor(() => text('.presenter-tool-note') === nl.noOtherScreen, 'one screen named');
      expect(full).toHaveBeenCalledTimes(1);
    } finally {
      delete (window as { getScreenDetails?: unknown }).getScreenDetails;
      delete (document.documentElement as { requestFullscreen?: unknown }).requestFullscreen; // the prototype's again
    }
  });

  it('is not offered without that API', async () => {
    await openApp('#/presentatie/2');
    expect(document.querySelector('[data-action=other-screen]')).toBeNull();
    expect(document.querySelector('[data-action=open-console]')).not.toBeNull();
  });
});

/** Windows of one origin joined by channels: a message reaches the others, later, never its sender. */
function channelBus() {
  const members = new Set<Channel & { closed: boolean }>();
  const open = (): Channel => {
    const ch = {
      closed: false,
      onmessage: null as ((e: MessageEvent) => void) | null,
      postMessage(message: SyncMessage) {
        const data = structuredClone(message);
        for (const other of members)
          if (other !== ch)
            setTimeout(() => {
              if (!other.closed) other.onmessage?.({ data } as MessageEvent);
            }, 0);
      },
      close() {
        ch.closed = true;
        members.delete(ch);
      },
    };
    members.add(ch);
    return ch;
  };
  return { open };
}

function window_(hash: string, open: () => Channel) {
  const store = createStore<AppState>(initialState(hash), settleState);
  const url = { navigate: (patch: Partial<AppState>) => store.set(patch) };
  const dispose = mountPresenterLink(store, url, open);
  const step = () => {
    const r = store.get().route;
    return r.kind === 'presenter' || r.kind === 'console' ? r.step : 0;
  };
  return { store, dispose, step };
}

describe('the link between the slide and the console', () => {
  it('keeps both at one step and one black screen, whichever window moves, and picks up the step after a reload', async () => {
    const bus = channelBus();
    const slide = window_('#/presentatie/3', bus.open);
    let console_ = window_('#/presentatie/3?scherm=console', bus.open);
    await waitFor(() => slide.store.get().link === 'linked' && console_.store.get().link === 'linked', 'both linked');

    console_.store.set({ route: { kind: 'console', step: 5 } });
    await waitFor(() => slide.step() === 5, 'the slide at step 5');
    slide.store.set({ route: { kind: 'presenter', step: 6 } });
    slide.store.set({ route: { kind: 'presenter', step: 7 } }); // a quick double click: no echo brings back 6
    await waitFor(() => console_.step() === 7, 'the console at step 7');
    await new Promise((r) => setTimeout(r, 0));
    expect([slide.step(), console_.step()]).toEqual([7, 7]);
    console_.store.set({ blank: true });
    await waitFor(() => slide.store.get().blank, 'the slide black');

    // The console reloads at the step its URL had: it takes over the slide's.
    console_.dispose();
    console_ = window_('#/presentatie/2?scherm=console', bus.open);
    await waitFor(() => console_.step() === 7 && console_.store.get().blank, 'the reloaded console at step 7, black');

    // The slide closes: the console says so; the slide opens again and picks up the step.
    slide.dispose();
    await waitFor(() => console_.store.get().link === 'other-closed', 'the console told');
    console_.store.set({ route: { kind: 'console', step: 9 } });
    const reopened = window_('#/presentatie/1', bus.open);
    await waitFor(() => reopened.step() === 9 && console_.store.get().link === 'linked', 'the new slide at step 9');
    reopened.dispose();
    console_.dispose();
  });

  it('says so where no channel can be opened, and the slide goes on alone', async () => {
    const slide = window_('#/presentatie/3', () => {
      throw new DOMException('opaque origin', 'SecurityError');
    });
    await waitFor(() => slide.store.get().link === 'unavailable', 'the link said unavailable');
    slide.store.set({ route: { kind: 'presenter', step: 4 } });
    expect(slide.step()).toBe(4);
    slide.dispose();
  });

  it('writes no state from its listener: a navigation into presentation mode is heard once, the failed channel after it', async () => {
    const page = window_('#/', () => {
      throw new DOMException('opaque origin', 'SecurityError');
    });
    const heard: string[] = [];
    page.store.subscribe((s) => heard.push(`${s.route.kind} ${s.link}`));
    page.store.set({ route: { kind: 'presenter', step: 1 } });
    await waitFor(() => page.store.get().link === 'unavailable', 'the link said unavailable');
    expect(heard).toEqual(['presenter alone', 'presenter unavailable']);
    // Leaving presentation mode: alone again, by the state's own rule, in the same change.
    page.store.set({ route: { kind: 'overview' } });
    expect(heard.at(-1)).toBe('overview alone');
    expect(heard).toHaveLength(3);
    page.dispose();
  });
});
