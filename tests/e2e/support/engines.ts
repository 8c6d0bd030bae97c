// One way to drive the other engines people use, so the same journeys run in
// each: Firefox ESR (puppeteer-core over WebDriver BiDi; no WebGL headless here,
// so it draws the SVG map) and WebKitGTK (WebKitWebDriver under Xvfb, classic
// WebDriver: the engine of Safari and every iPhone browser; WebGL through Mesa).
// Clicks and keys are the driver's own input (trusted events), not events
// dispatched by a script. Scripts are function bodies whose return value comes
// back. Every wait polls what the page says, and names what it waited for.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { SCREENSHOT_DIR } from './driver';
import { startWebKit, WEBKIT_AVAILABLE } from './webdriver';
import { scaled } from './timeouts';

export type Key = 'Enter' | 'Escape' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';
export type EngineName = 'firefox' | 'webkit';

export interface EnginePage {
  readonly engine: EngineName;
  go(url: string): Promise<void>;
  /** Runs a function body in the page and returns what it returns. */
  run<T>(body: string): Promise<T>;
  /** Polls a function body until it returns something truthy; fails naming `what`. */
  until<T>(body: string, what: string, ms?: number): Promise<T>;
  /** A click on the middle of the first element the selector finds. */
  click(selector: string): Promise<void>;
  /** A click at a point of the window (CSS pixels from its top left). */
  clickAt(x: number, y: number): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  press(key: Key): Promise<void>;
  /** Chooses an option of a select by its value, as a user would. */
  select(selector: string, value: string): Promise<void>;
  screenshot(name: string): Promise<void>;
  /** The page printed as PDF, where the engine's driver can print; else null. */
  pdf(): Promise<Buffer | null>;
  close(): Promise<void>;
}

export const FIREFOX = '/usr/bin/firefox-esr';
export const ENGINES: Record<EngineName, { available: boolean; needs: string }> = {
  firefox: { available: existsSync(FIREFOX), needs: 'firefox-esr: apt-get install firefox-esr' },
  webkit: { available: WEBKIT_AVAILABLE, needs: 'webkit2gtk-driver and xvfb' },
};

const save = (name: string, png: Buffer) => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  writeFileSync(`${SCREENSHOT_DIR}/${name}.png`, png);
};

/** Polls `probe` until truthy; the error names `what`. */
async function poll<T>(probe: () => Promise<T>, what: string, ms: number, engine: string): Promise<T> {
  const end = Date.now() + scaled(ms);
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`${engine}: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function openFirefox(width = 1280, height = 800): Promise<EnginePage> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width, height },
  });
  const page = await browser.newPage();
  const run = <T>(body: string) => page.evaluate(`(() => { ${body} })()`) as Promise<T>;
  return {
    engine: 'firefox',
    go: async (url) => {
      await page.goto(url);
    },
    run,
    until: (body, what, ms = 30_000) => poll(() => run(body), what, ms, 'Firefox'),
    click: async (selector) => {
      await page.click(selector);
    },
    clickAt: (x, y) => page.mouse.click(x, y),
    type: (selector, text) => page.type(selector, text),
    press: (key) => page.keyboard.press(key),
    select: async (selector, value) => {
      await page.select(selector, value);
    },
    screenshot: async (name) => save(name, Buffer.from(await page.screenshot())),
    pdf: async () => Buffer.from(await page.pdf({ preferCSSPageSize: true })),
    close: () => browser.close(),
  };
}

// WebDriver's key codes (W3C WebDriver, "keyboard actions").
const KEY_CODES: Record<Key, string> = {
  Enter: '\uE007',
  Escape: '\uE00C',
  ArrowLeft: '\uE012',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

export async function openWebKit(width = 1280, height = 800): Promise<EnginePage> {
  const wk = await startWebKit(width, height);
  const run = <T>(body: string) => wk.run<T>(body);
  return {
    engine: 'webkit',
    go: (url) => wk.go(url),
    run,
    until: (body, what, ms = 30_000) => poll(() => run(body), what, ms, 'WebKit'),
    click: async (selector) => {
      await wk.call('POST', `/element/${await wk.find(selector)}/click`, {});
    },
    clickAt: (x, y) =>
      wk.actions([
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ]),
    type: async (selector, text) => {
      await wk.call('POST', `/element/${await wk.find(selector)}/value`, { text });
    },
    press: (key) =>
      wk.actions([
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value: KEY_CODES[key] },
            { type: 'keyUp', value: KEY_CODES[key] },
          ],
        },
      ]),
    // WebDriver selects an option by clicking it (WebDriver, "element click" on an option).
    select: async (selector, value) => {
      await wk.call('POST', `/element/${await wk.find(`${selector} option[value="${value}"]`)}/click`, {});
    },
    screenshot: async (name) => save(name, await wk.screenshot()),
    // W3C WebDriver's print command, where this WebKitWebDriver has it.
    pdf: async () => {
      try {
        return Buffer.from(await wk.call<string>('POST', '/print', { orientation: 'landscape' }), 'base64');
      } catch {
        return null;
      }
    },
    close: () => wk.close(),
  };
}

export const openEngine = (engine: EngineName): Promise<EnginePage> =>
  engine === 'firefox' ? openFirefox() : openWebKit();
