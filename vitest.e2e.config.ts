import { defineConfig } from 'vitest/config';

// Browser specs: one Chromium at a time on a 2-core machine, generous timeouts
// because WebGL runs in software (SwiftShader).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
