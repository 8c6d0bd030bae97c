// Mutation testing of the pure core (`npm run mutate`): how many of the small
// faults Stryker writes into src/core the unit tests catch. Not part of npm test.
// Per-test coverage (each mutant runs only the tests that reach it) and an
// incremental file (a run after a change tests only the mutants it touches), so
// a full run fits in about half an hour on 2 cores and a later one in minutes.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  mutate: ['src/core/**/*.ts', '!src/core/**/*.d.ts'],
  coverageAnalysis: 'perTest',
  // Mutants of module-level constants (colours, label styles, tables: 40 % of all)
  // would each run every unit test, 97 % of the time: left out, and said so.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  concurrency: 2,
  timeoutMS: 10_000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowEmojis: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
