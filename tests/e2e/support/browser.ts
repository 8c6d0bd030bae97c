// The one file that touches Playwright. It finds a Chromium, launches it with the
// flags that work headless here (WebGL through SwiftShader), and records every
// console error and every request that leaves the app's own origin.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { HEADLESS_ARGS } from '../../../scripts/chromium.mjs';

const SINGLE_FILE_PREFIX = pathToFileURL(path.resolve('dist-single')).href + '/';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found: set CHROMIUM_PATH, or on Debian run `apt-get install -y chromium` (npm test does this when run as root).',
    );
  }
  return found;
}

/**
 * The raster mode: GPU raster on SwiftShader (Chromium's default here), or CPU
 * raster (`TEST_RASTER=cpu`, --disable-gpu-rasterization), which stands in for
 * the next Chromium's rasteriser: pixels differ between the two, and every pixel
 * check must pass under both (npm test runs the pixel specs under each).
 */
export const RASTER = process.env.TEST_RASTER === 'cpu' ? 'cpu' : 'gpu';

export const CHROMIUM_ARGS = [...HEADLESS_ARGS, ...(RASTER === 'cpu' ? ['--disable-gpu-rasterization'] : [])];

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  foreignRequests: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** A fresh context and page whose console errors and off-origin requests are recorded. */
export async function watchedPage(
  browser: Browser,
  origin: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  // Record Content-Security-Policy violations from the first script on.
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    // The app's own origin, inline data, and the single-file build's own page.
    if (
      url.startsWith(origin) ||
      url.startsWith('data:') ||
      url.startsWith('blob:') ||
      url.startsWith(SINGLE_FILE_PREFIX)
    )
      return route.continue();
    foreignRequests.push(url);
    return route.abort();
  });
  return { page, context, consoleErrors, foreignRequests };
}
