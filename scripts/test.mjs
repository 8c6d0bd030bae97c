// `npm test`: everything, in the order a failure is cheapest to find.
// type check → lint → unit tests (incl. the geo pipeline when ../shared is there) →
// production build → browser tests against the build. Ends with one line
// "tests: N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function vitest(label, args, report) {
  mkdirSync('test-results', { recursive: true });
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  } else if (!ok) totals.failed += 1;
  return ok;
}

function finish(ok) {
  // A step that failed before any test could count it (type check, lint, build)
  // still counts as a failure in the closing line.
  if (!ok && totals.failed === 0) totals.failed = 1;
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(ok && totals.failed === 0 ? 0 : 1);
}

const chromium = ensureChromium();
const steps = [
  () => run('type check (tsc --noEmit)', 'npx', ['tsc', '--noEmit']),
  () => run('type check: src/core without the DOM (tsc -p tsconfig.core.json)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.core.json']),
  () => run('lint (eslint)', 'npx', ['eslint', '.']),
  () => vitest('unit tests', [], 'test-results/unit.json'),
  () => run('production build', 'npx', ['vite', 'build', '--logLevel', 'warn']),
  () => run('single-file build', 'npx', ['vite', 'build', '-c', 'vite.single.config.ts', '--logLevel', 'warn']),
  () => { process.env.CHROMIUM_PATH = chromium; return vitest('browser tests', ['-c', 'vitest.e2e.config.ts'], 'test-results/e2e.json'); },
];
for (const step of steps) if (!step()) finish(false);
finish(true);
