/**
 * Every export and dump publishes a checkpoint of the audit trail beside the data, so that a trail
 * cut short after a copy of the ledger left the machine no longer verifies.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import type { Database } from '../../src/store/database.ts';
import { openPGlite } from '../../src/store/pglite.ts';
import { openPostgres } from '../../src/store/postgres.ts';
import { removeLastAuditEvents } from '../support/audit-tampering.ts';
import { openTestDb, tempDir, type TestDatabase } from '../support/db.ts';
import { runRamstein } from '../support/processes.ts';

let t: TestDatabase;
let dataDir: string;
let out: string;
const ramstein = (...args: string[]) =>
  runRamstein(['--data-dir', dataDir, ...args], { DATABASE_URL: t.url ?? '', RAMSTEIN_AUDIT_KEY: '' });
const reopen = (): Promise<Database> => (t.url ? openPostgres(t.url) : openPGlite(t.dataDir!));
const checkpoints = () =>
  fs.existsSync(path.join(dataDir, 'audit-checkpoints.jsonl'))
    ? fs.readFileSync(path.join(dataDir, 'audit-checkpoints.jsonl'), 'utf8').split('\n').filter(Boolean)
    : [];

beforeAll(async () => {
  t = await openTestDb();
  for (const id of ['exp-1', 'exp-2', 'exp-3'])
    await createCommitment(t.ctx, { id, donor: 'DK', recipient: 'UA', announced_on: '2025-06-01' });
  await t.db.close(); // the commands open it
  dataDir = t.dataDir ?? tempDir('ramstein-anchor-');
  out = tempDir('ramstein-export-');
});
afterAll(async () => {
  await t.close().catch(() => undefined);
  fs.rmSync(out, { recursive: true, force: true });
});

describe('checkpoints with exports and dumps', () => {
  it('each export format and the dump appends a checkpoint of the trail as it stands', async () => {
    const runs = [
      ['export', '--format', 'json', '--out', path.join(out, 'ledger.json')],
      ['export', '--format', 'csv', '--out', path.join(out, 'tables')],
      ['export', '--format', 'xlsx', '--out', path.join(out, 'ledger.xlsx')],
      ['export', '--format', 'iati', '--out', path.join(out, 'iati.xml')],
      ['db', 'dump', path.join(out, 'ledger.dump.gz')],
    ];
    for (const [n, args] of runs.entries()) {
      const run = await ramstein(...args);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/checkpoint of audit event \d+ appended to .*audit-checkpoints\.jsonl/);
      expect(checkpoints()).toHaveLength(n + 1);
    }
    const verified = await ramstein('audit', 'verify');
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/audit trail intact: .* matches the checkpoint of/);
  }, 300_000); // six commands, each a process of its own

  it('audit verify then notices the last events removed after the export', async () => {
    const exported = await ramstein('export', '--format', 'json', '--out', path.join(out, 'again.json'));
    expect(exported.code, exported.stderr).toBe(0);
    const db = await reopen();
    await removeLastAuditEvents(db, 2);
    await db.close();
    const verified = await ramstein('audit', 'verify');
    expect(verified.code).not.toBe(0);
    expect(verified.stderr).toMatch(/audit trail broken at event \d+: .*events were removed/);
  }, 180_000);

  it('an export of a trail that does not verify is kept, with no checkpoint and the reason told', async () => {
    const before = checkpoints().length;
    const run = await ramstein('export', '--format', 'json', '--out', path.join(out, 'broken.json'));
    expect(run.code).toBe(0);
    expect(fs.existsSync(path.join(out, 'broken.json'))).toBe(true);
    expect(run.stderr).toMatch(
      /warning: the export .*broken\.json written, but no checkpoint: the audit trail is broken/,
    );
    expect(checkpoints()).toHaveLength(before);
  }, 180_000);
});
