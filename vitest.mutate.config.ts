import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vite.config';

// The unit tests alone, for mutation testing of src/core (stryker.config.mjs):
// pure code in Node, so each mutant runs only the few tests that cover it. The
// app's build constants (define) come from vite.config.ts; its projects do not.
export default mergeConfig(
  { ...base, test: undefined },
  defineConfig({
    test: {
      include: ['tests/unit/**/*.test.ts'],
      environment: 'node',
    },
  }),
);
