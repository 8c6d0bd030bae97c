// Finds a Chromium for the browser tests: $CHROMIUM_PATH, then /usr/bin/chromium.
// On a Debian machine where we are root, installs Debian's chromium rather than
// fail; anywhere else stops with a message saying how to get one. Never skips.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function findChromium() {
  return [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p) => p && existsSync(p)) ?? null;
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian\'s chromium (apt-get)…');
    const sh = (cmd) => spawnSync('sh', ['-c', cmd], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    sh('apt-get update -qq');
    sh('apt-get install -y -qq chromium');
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error('The browser tests need Chromium. Set CHROMIUM_PATH to a Chromium or Chrome binary,\n' +
    'or on Debian/Ubuntu install it: sudo apt-get install -y chromium');
  process.exit(1);
}
