import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/app/accounts/manage-tokens.ts';
import { createUser } from '../../src/app/accounts/manage-users.ts';
import { verifyAuditTrail } from '../../src/app/audit/verify-audit-trail.ts';
import { createContext } from '../../src/app/context.ts';
import { exportLedger, ledgerJson } from '../../src/app/interchange/export-ledger.ts';
import type { Database } from '../../src/store/database.ts';
import { migrate } from '../../src/store/migrate.ts';
import { openPGlite } from '../../src/store/pglite.ts';
import { dumpDatabase } from '../../src/store/snapshot/dump.ts';
import { restoreDatabase } from '../../src/store/snapshot/restore.ts';
import { snapshotTables } from '../../src/store/snapshot/tables.ts';
import { checkpointAuditTrail } from '../../src/app/audit/checkpoint-audit-trail.ts';
import { submitJob } from '../../src/app/jobs/manage-jobs.ts';
import { openJobQueue } from '../../src/app/jobs/pg-boss-queue.ts';
import { ingestArticle } from '../../src/app/review/ingest-article.ts';
import { fileAnchor, type AuditAnchor } from '../../src/store/audit-checkpoints.ts';
import { openEmptyPostgres, openTestDb, tempDir, testDbKind, type TestDatabase } from '../support/db.ts';

let source: TestDatabase;
let folder: string;
let file: string;
let anchor: AuditAnchor;
beforeAll(async () => {
  source = await openTestDb({ demo: true });
  await createUser(source.ctx, {
    id: 'anna',
    role: 'representative',
    party: 'DE',
    password: 'a long passphrase here',
  });
  await createApiToken(source.ctx, { name: 'nightly import', role: 'coordinator' });
  folder = tempDir('ramstein-dump-');
  // Beyond the demo ledger: a source with its text and its review candidates, a finished job, a
  // signed checkpoint of the audit trail (kept outside the database).
  await ingestArticle(source.ctx, {
    text: 'On 2 May 2025 Finland announced a package of 90 million euros in artillery ammunition for Ukraine.',
    url: 'https://news.example.org/dump-test',
    published: '2025-05-02',
  });
  const queue = await openJobQueue(source.ctx, {
    url: source.url ?? undefined,
    settings: { timeoutSeconds: 60, retryDelaySeconds: 1, maintenanceSeconds: 5, concurrency: 1 },
    work: false,
  });
  await submitJob({ ...source.ctx, jobs: queue }, 'export-ledger', { format: 'json' });
  await queue.close();
  anchor = fileAnchor({ dataDir: folder, envKey: 'a test key of at least thirty-two characters' });
  await checkpointAuditTrail(source.ctx, anchor);
  file = path.join(folder, 'ramstein.dump.gz');
});
afterAll(async () => {
  await source.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

/** Every table's row count and a digest of its rows as PostgreSQL writes them, in a stable order. */
async function contents(db: Database): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of await snapshotTables(db)) {
    const [row] = await db.query<{ rows: bigint; digest: string | null }>(
      `SELECT count(*) AS rows, md5(string_agg(j, E'\\n' ORDER BY j)) AS digest
         FROM (SELECT row_to_json(t)::text AS j FROM "${table.name}" t) r`,
    );
    out[table.name] = `${row!.rows} ${row!.digest ?? ''}`;
  }
  return out;
}

async function restoredCopy(open: () => Promise<Database>) {
  const db = await open();
  await migrate(db);
  const summary = await restoreDatabase(db, file);
  return { db, summary };
}

describe('dump and restore', () => {
  it(
    'restores everything into an empty database: same rows, an intact audit trail, the same export',
    { timeout: 300_000 },
    async () => {
      const dumped = await dumpDatabase(source.db, file);
      expect(dumped.rows).toBeGreaterThan(1000);
      const expected = await contents(source.db);
      const exportBefore = ledgerJson(await exportLedger(source.ctx));
      const trailBefore = await verifyAuditTrail(source.ctx);
      expect(trailBefore.checked).toBeGreaterThan(0);

      // A database of the same kind as the source, an embedded one and one on PostgreSQL (moving
      // from PostgreSQL to the embedded database and back).
      const targets = [
        async () => {
          const t = await openTestDb({ empty: true });
          return { ...t.db, close: () => t.close() };
        },
        () => openPGlite(null),
        ...(testDbKind === 'pglite' && process.env.RAMSTEIN_TEST_PG_URL
          ? [async () => (await openEmptyPostgres())!]
          : []),
      ];
      expect(targets.length).toBe(process.env.RAMSTEIN_TEST_PG_URL && testDbKind === 'pglite' ? 3 : 2);
      for (const open of targets) {
        const { db, summary } = await restoredCopy(open);
        try {
          expect(summary.rows).toBe(dumped.rows);
          const restored = await contents(db);
          expect(Object.keys(restored)).toEqual(Object.keys(expected));
          for (const table of Object.keys(expected)) expect(restored[table], table).toEqual(expected[table]);
          const ctx = createContext(db);
          expect(await verifyAuditTrail(ctx)).toEqual(trailBefore);
          // The checkpoint signed on the source holds for the restored trail.
          expect(await verifyAuditTrail(ctx, anchor)).toMatchObject({ ok: true });
          for (const table of ['sources', 'candidates', 'jobs', 'users', 'api_tokens', 'audit_events'])
            expect(restored[table], table).not.toMatch(/^0 /);
          expect(ledgerJson(await exportLedger(ctx))).toBe(exportBefore);
          // Users and tokens come back as hashes only, never as secrets.
          const [anna] = await db.query<{ password_hash: string }>(
            `SELECT password_hash FROM users WHERE id = 'anna'`,
          );
          expect(anna!.password_hash).not.toContain('a long passphrase here');
        } finally {
          await db.close();
        }
      }
    },
  );

  it('writes a gzip file of JSON lines with the schema version and every table', () => {
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').trim().split('\n');
    const header = JSON.parse(lines[0]!);
    expect(header).toMatchObject({ format: 'ramstein-dump', version: 1, database: testDbKind });
    expect(header.migrations).toContain('0001');
    const tables = lines.filter((l) => l.startsWith('{"@table":')).map((l) => JSON.parse(l)['@table']);
    expect(tables).toEqual(
      expect.arrayContaining(['parties', 'commitments', 'audit_events', 'users', 'api_tokens', 'sources']),
    );
    expect(tables).not.toContain('sessions');
    expect(tables.indexOf('parties')).toBeLessThan(tables.indexOf('commitments'));
    expect(JSON.parse(lines.at(-1)!)['@end'].commitments).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toMatch(/rst_[0-9a-f]{8}_/); // no API token in clear
  });

  it(
    'refuses a used database, a truncated file and a file that is no dump, and changes nothing',
    { timeout: 180_000 },
    async () => {
      await expect(restoreDatabase(source.db, file)).rejects.toThrow(
        /target database is not empty \(audit_events has rows\)/,
      );

      const truncated = path.join(folder, 'truncated.gz');
      const text = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').trim().split('\n');
      fs.writeFileSync(truncated, zlib.gzipSync(text.slice(0, -1).join('\n')));
      const notDump = path.join(folder, 'notes.gz');
      fs.writeFileSync(notDump, zlib.gzipSync('{"hello":"world"}\n'));
      const plain = path.join(folder, 'plain.txt');
      fs.writeFileSync(plain, 'not compressed');

      const db = await openPGlite(null);
      try {
        await migrate(db);
        const before = await contents(db);
        await expect(restoreDatabase(db, truncated)).rejects.toThrow(/is incomplete/);
        await expect(restoreDatabase(db, notDump)).rejects.toThrow(/is not a Ramstein dump/);
        await expect(restoreDatabase(db, plain)).rejects.toThrow(/not a readable dump/);
        await expect(restoreDatabase(db, path.join(folder, 'missing.gz'))).rejects.toThrow(/no such file/);
        expect(await contents(db)).toEqual(before);
      } finally {
        await db.close();
      }
    },
  );
});
