import { defineConfig } from 'vitest/config';

/**
 * Four suites, one runner: `unit` (pure shared/ and main/ logic), `integration` (services, migrations,
 * CLI and bridge against real SQLite files in temp folders), `component` (React views in happy-dom on the
 * real dispatcher over in-memory SQLite) and `e2e` (the real UI in Debian's Chromium through the loopback
 * bridge).
 */
export default defineConfig({
  test: {
    globals: true,
    // Vitest runs one file at a time on two cores (cores − 1). Much of a file's time is spent waiting on
    // Chromium, LibreOffice, PostgreSQL or a child `sxw`, so two at a time keeps both cores busy and the
    // whole run within CI's budget (e2e files still run one after another: fileParallelism below).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 20_000 },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          // A throwaway PostgreSQL cluster for the team server's tests, started once per run.
          globalSetup: ['test/integration/team/globalSetup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['test/component/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['test/component/setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          globalSetup: ['test/e2e/globalSetup.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
