// `npm test`: everything, in the order a failure is cheapest to find.
// type checks → lint and format → unit and DOM tests (incl. the geo pipeline when ../shared is
// there) → production and single-file builds → browser tests against the builds →
// the specs that read pixels once more under CPU raster.
// Prints how long each step took, names every skipped test with its reason, and
// ends with one line "tests: N passed, N failed, N skipped" that CI reads.
// Installs nothing: .ci/run installs Chromium on CI.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { requireChromium } from './chromium.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const skipped = [];
const timings = [];

// The specs that read pixels (they read colours through tests/e2e/support/colours.ts):
// run a second time under CPU raster, which stands in for the next Chromium's
// rasteriser, so no pixel check holds on one raster mode only.
const pixelSpecs = () =>
  readdirSync('tests/e2e')
    .filter((f) => f.endsWith('.spec.ts'))
    .filter((f) => /from '\.\/support\/colours'/.test(readFileSync(`tests/e2e/${f}`, 'utf8')))
    .map((f) => `tests/e2e/${f}`);

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const start = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  timings.push(`${label}: ${((Date.now() - start) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

function vitest(label, args, report, env = {}) {
  mkdirSync('test-results', { recursive: true });
  const ok = run(
    label,
    'npx',
    ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    env,
  );
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    // Every skipped test says why: its suite's name carries the reason ("needs ../shared/seed").
    for (const file of r.testResults) {
      for (const t of file.assertionResults) {
        if (t.status === 'skipped' || t.status === 'pending' || t.status === 'todo')
          skipped.push([label, ...t.ancestorTitles, t.title].join(' › '));
      }
    }
  } else if (!ok) totals.failed += 1;
  return ok;
}

function finish(ok) {
  // A step that failed before any test could count it (type check, lint, build)
  // still counts as a failure in the closing line.
  if (!ok && totals.failed === 0) totals.failed = 1;
  console.log(`\nSteps:\n  ${timings.join('\n  ')}`);
  if (skipped.length) console.log(`\nSkipped, with the reason in the suite's name:\n  ${skipped.join('\n  ')}`);
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(ok && totals.failed === 0 ? 0 : 1);
}

const chromium = requireChromium();
const steps = [
  () => run('type check (tsc --noEmit)', 'npx', ['tsc', '--noEmit']),
  () => run('type check: src/core without the DOM', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.core.json']),
  () => run('type check: the geo build', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.geo.json']),
  () => run('lint (eslint)', 'npx', ['eslint', '.']),
  () => run('format (prettier --check)', 'npx', ['prettier', '--check', '.']),
  () => vitest('unit and DOM tests', [], 'test-results/unit.json'),
  () => run('production build', 'npx', ['vite', 'build', '--logLevel', 'warn']),
  () => run('single-file build', 'npx', ['vite', 'build', '-c', 'vite.single.config.ts', '--logLevel', 'warn']),
  () => {
    process.env.CHROMIUM_PATH = chromium;
    return vitest('browser tests (GPU raster)', ['-c', 'vitest.e2e.config.ts'], 'test-results/e2e.json');
  },
  () =>
    vitest(
      'pixel specs again, CPU raster (--disable-gpu-rasterization)',
      ['-c', 'vitest.e2e.config.ts', ...pixelSpecs()],
      'test-results/e2e-cpu.json',
      { TEST_RASTER: 'cpu' },
    ),
];
for (const step of steps) if (!step()) finish(false);
finish(true);
