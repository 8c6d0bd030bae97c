import { defineConfig } from 'vitest/config';

// The unit tests alone, for mutation testing of src/core (stryker.config.mjs):
// pure code in Node, so each mutant runs only the few tests that cover it.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
