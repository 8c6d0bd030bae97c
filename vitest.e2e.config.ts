import { defineConfig } from 'vitest/config';
import { scaled } from './tests/e2e/support/timeouts';

// Browser specs: two spec files at a time on a 2-core machine, generous timeouts
// because WebGL runs in software (SwiftShader), scaled to the machine's cores and load.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    // A worker keeps its modules across spec files, so it keeps its Chromium too
    // (tests/e2e/support/fixture.ts); every test still gets a fresh context.
    isolate: false,
    // Scaled to the machine (tests/e2e/support/timeouts.ts).
    testTimeout: scaled(90_000),
    hookTimeout: scaled(60_000),
  },
});
