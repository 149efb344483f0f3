import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(__dirname) } },
  test: {
    // CSS modules' own class names in the drawings' golden files (test/drawings/), so moving a file changes no output.
    css: { modules: { classNameStrategy: 'non-scoped' } },
    include: ['lib/**/*.test.ts', 'i18n/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.{ts,tsx}'],
    environment: 'node',
    env: { TZ: 'UTC' },
  },
});
