// Finds a Chromium for the browser tests: $CHROMIUM_PATH, then the usual Debian
// paths. Installs nothing (CI's .ci/run installs Debian's chromium before the
// tests); without one it stops and says how to get one. Never skips.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

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
