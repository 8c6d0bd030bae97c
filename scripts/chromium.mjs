// Finds a Chromium for the browser tests: $CHROMIUM_PATH, then the usual Debian
// paths. Installs nothing (CI's .ci/run installs Debian's chromium before the
// tests); without one it stops and says how to get one. Never skips.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * The flags every headless Chromium of the tests and the benchmarks starts with:
 * quiet (no background traffic, no updates, no first-run pages) and with WebGL on
 * SwiftShader, which headless Chromium has without a GPU.
 */
export const HEADLESS_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export function findChromium() {
  return [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p) => p && existsSync(p)) ?? null;
}

export function requireChromium() {
  const found = findChromium();
  if (found) return found;
  console.error(
    'The browser tests need Chromium. Set CHROMIUM_PATH to a Chromium or Chrome binary,\n' +
      'or on Debian/Ubuntu install it: sudo apt-get install -y chromium',
  );
  process.exit(1);
}
