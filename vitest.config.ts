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
    env: { RAMSTEIN_TEST_DB: db, ...(pgUrl ? { RAMSTEIN_TEST_PG_URL: pgUrl } : {}) },
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      integration('integration-pglite', 'pglite'),
      ...(pgUrl ? [integration('integration-postgres', 'postgres')] : []),
    ],
  },
});
