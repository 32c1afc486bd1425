import { defineConfig } from 'vitest/config';
import { postgresTestUrl } from './test/support/postgres-url.ts';

// Integration tests run on the embedded database always, and on PostgreSQL when one answers
// (CI starts one). Each file gets its own fresh database (see test/support/db.ts).
const pgUrl = await postgresTestUrl();
if (!pgUrl) console.warn('PostgreSQL does not answer: integration tests run on PGlite only.');

const integration = (name: string, db: string) => ({
  extends: true as const,
  test: {
    name,
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', '**/node_modules/**'],
    env: { RAMSTEIN_TEST_DB: db, ...(pgUrl ? { RAMSTEIN_TEST_PG_URL: pgUrl } : {}) },
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    pool: 'forks',
    // Most test time is spent waiting on other processes (PostgreSQL, Chromium, the servers and
    // commands the tests start), so more files run at once than there are cores: vitest's default
    // (one fewer than the cores) would run them one at a time on a 2-core machine.
    maxWorkers: 3,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      { extends: true, test: { name: 'web', include: ['web/src/**/*.test.ts'] } },
      {
        // The web application in real Chromium against the real server (test/e2e/support/).
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // A page's answer to a click can take seconds while the rest of the suite runs beside it:
          // vitest's 1 s default for expect.poll failed a save that did land.
          expect: { poll: { timeout: 15_000 } },
        },
      },
      integration('integration-pglite', 'pglite'),
      ...(pgUrl ? [integration('integration-postgres', 'postgres')] : []),
    ],
  },
});
