// Mutation testing of lib/ (npm run test:mutation): how many deliberate bugs the unit tests catch.
// The machine is shared by several engineers, so two workers; incremental mode reuses the last run's
// results for unchanged code and tests, so a rerun after a small change takes minutes, not the full run.
// Static mutants (a constant evaluated when a module loads: column lists, zod schemas, header tables) are
// 39 % of all and each needs the whole suite, 72 % of the time: they are left out (ignoreStatic) and the
// score is over the mutants a test can be aimed at; docs/testing.md says so beside the figures.
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  mutate: ['lib/**/*.{ts,js,mjs}', '!lib/**/*.test.ts'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  ignorePatterns: ['.next*', 'out', 'test-results', 'playwright-report', 'reports', 'bench/results'],
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  thresholds: { high: 80, low: 70, break: 70 },
  tempDirName: '.stryker-tmp',
};
export default config;
