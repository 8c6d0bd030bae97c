import { defineConfig } from 'vitest/config';

// Browser specs: two spec files at a time on a 2-core machine, generous timeouts
// because WebGL runs in software (SwiftShader).
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
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
