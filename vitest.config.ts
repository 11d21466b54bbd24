import { defineConfig } from 'vitest/config';

// One test command for the whole workspace. Pure packages run in parallel; server tests
// share databases started once per run by the global setup.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'analytics',
          root: 'packages/analytics',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'import',
          root: 'packages/import',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'loyalty',
          root: 'packages/loyalty',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'server',
          root: 'packages/server',
          globalSetup: ['test/support/global-setup.ts'],
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          // The web app's pure logic (formatting, catalogues, the offline queue, form rules); pages
          // are tested by e2e.
          name: 'web',
          root: 'packages/web',
          // test/: checks on the built app (the customer pages' weight), which build it if stale.
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root: 'packages/web',
          include: ['e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One browser and one server at a time: the flows share a machine with the rest.
          fileParallelism: false,
        },
      },
    ],
  },
});
