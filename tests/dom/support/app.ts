// The whole app in happy-dom: the real index.html body, the real data files read
// from disk (or a broken stand-in), and fake maps. openApp(hash) → a driver that
// speaks the app's domain, like the browser specs' AppDriver.
import { readFileSync } from 'node:fs';
import { afterEach } from 'vitest';
import { startApp } from '../../../src/main';
import type { DataSource } from '../../../src/data-source';
import { fakeMaps, type FakeMap } from './fake-map';

const body = readFileSync('index.html', 'utf8')
  .replace(/^[\s\S]*<body>/, '')
  .replace(/<\/body>[\s\S]*$/, '')
  .replace(/<script[\s\S]*?<\/script>/g, '');

const cache = new Map<string, unknown>();
const json = (file: string) => async () => {
  if (!cache.has(file)) cache.set(file, JSON.parse(readFileSync(file, 'utf8')));
  // A deep copy: the app may keep and change what it is given.
  return structuredClone(cache.get(file));
};
export const realData: DataSource = {
  projects: json('data/projects.json'),
  geometry: json('public/geo/base.topo.json'),
  places: json('public/geo/places.json'),
  surroundings: json('public/geo/context.topo.json'),
};

/** Polls until `probe` returns something truthy; fails with `what` after `ms`. */
export async function waitFor<T>(probe: () => T | null | undefined | false, what: string, ms = 3000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = probe();
    // A promise is always truthy: an async probe would end the wait at once, unchecked.
    if (v instanceof Promise) throw new Error(`waitFor(${what}): the probe must answer now, not with a promise`);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';

export class DomApp {
  constructor(
    readonly maps: FakeMap[],
    readonly dispose: () => void,
  ) {}

  /** The map that stays: the WebGL map, once it has taken over from the SVG map drawn first. */
  map(): Promise<FakeMap> {
    return waitFor(
      () => this.maps.find((m) => m.kind === 'webgl' && !m.destroyed && this.maps.every((o) => o === m || o.destroyed)),
      'the map',
    );
  }

  heading(): string {
    return text(document.getElementById('panel-heading'));
  }

  async waitForHeading(expected: string): Promise<void> {
    await waitFor(() => this.heading() === expected, `heading "${expected}" (now "${this.heading()}")`);
  }

  /** All texts matching a selector. */
  texts(selector: string): string[] {
    return [...document.querySelectorAll(selector)].map(text);
  }

  textOf(selector: string): string {
    return text(document.querySelector(selector));
  }

  focused(): Element | null {
    return document.activeElement;
  }

  click(selector: string | Element): void {
    const el = typeof selector === 'string' ? document.querySelector(selector) : selector;
    if (!(el instanceof HTMLElement)) throw new Error(`nothing to click at ${String(selector)}`);
    el.click();
  }

  /** Clicks the link (or button) whose text starts with `label`. */
  clickText(selector: string, label: string): void {
    const el = [...document.querySelectorAll(selector)].find((e) => text(e).startsWith(label));
    if (!el) throw new Error(`no ${selector} starting with "${label}" among: ${this.texts(selector).join(' | ')}`);
    this.click(el);
  }

  key(key: string, target: Element | null = document.activeElement ?? document.body): void {
    target?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  }

  /** Types into the search box and waits for suggestions (or the "nothing found" line). */
  async search(query: string): Promise<string[]> {
    const input = document.getElementById('search-input') as HTMLInputElement;
    input.focus();
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(
      () => !document.querySelector('#search-list .search-loading') && !document.getElementById('search-list')?.hidden,
      'suggestions',
    );
    return this.texts('#search-list [role=option]').map((s) => s.replace(/\s+/g, ' '));
  }

  live(): string {
    return text(document.getElementById('live'));
  }
}

let current: DomApp | null = null;
afterEach(() => {
  current?.dispose();
  current = null;
});

/** Starts the app at `hash` (and `query`, e.g. "?embed=1") and waits for its first panel. */
/** `prerendered`: the page as the build writes it, with the prerendered map in the map's box (src/prerender/). */
export async function openApp(
  hash = '#/',
  options: {
    data?: Partial<DataSource>;
    query?: string;
    webgl?: boolean;
    failSvg?: number;
    prerendered?: { focus: string; typed?: string };
    without?: string;
  } = {},
): Promise<DomApp> {
  current?.dispose();
  // The app's own index.html, read from disk: the page every test starts from.
  // eslint-disable-next-line no-unsanitized/property
  document.body.innerHTML = body;
  // A part of the page taken away, so that mounting it fails.
  if (options.without) document.querySelector(options.without)?.remove();
  if (options.prerendered) {
    // The parts of the build's page a user can reach before the script runs: the map, a list link, the search box.
    document
      .getElementById('map')!
      .append(Object.assign(document.createElement('div'), { className: 'prerender-map' }));
    const link = Object.assign(document.createElement('a'), { href: '#/project/gent', textContent: 'Gent' });
    link.dataset.project = 'gent';
    document.getElementById('panel-content')!.replaceChildren(link);
    document
      .getElementById('search')!
      .append(
        Object.assign(document.createElement('input'), { id: 'search-input', value: options.prerendered.typed ?? '' }),
      );
    document.querySelector<HTMLElement>(options.prerendered.focus)?.focus();
  }
  document.body.removeAttribute('data-embed');
  history.replaceState(null, '', `/${options.query ?? ''}${hash}`);
  const { factory, made } = fakeMaps({ webgl: options.webgl, failSvg: options.failSvg });
  const dispose = startApp({
    data: { ...realData, ...options.data },
    createMap: factory,
    firstMapCode: Promise.resolve(),
  });
  current = new DomApp(made, dispose);
  await waitFor(() => document.querySelector('#panel-heading, #presenter-title, [role=alert]'), 'the first panel');
  return current;
}
