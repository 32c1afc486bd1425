/**
 * Exports through the API publish a checkpoint of the audit trail in the server's data folder, as
 * the command line's do: a trail cut short after the copy left no longer verifies, and an export
 * of a trail that does not verify is still sent, with no checkpoint.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/app/accounts/manage-tokens.ts';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import { fileAnchor } from '../../src/store/audit-checkpoints.ts';
import { removeLastAuditEvents } from '../support/audit-tampering.ts';
import { openTestDb, tempDir, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let app: Api;
let dataDir: string;
const anchor = () => fileAnchor({ dataDir, envKey: 'a key kept outside the database' });
const checkpoints = () => {
  const file = path.join(dataDir, 'audit-checkpoints.jsonl');
  return fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { seq: string })
    : [];
};
const head = async () =>
  (await t.db.query<{ seq: string }>('SELECT max(seq)::text AS seq FROM audit_events'))[0]!.seq;

beforeAll(async () => {
  t = await openTestDb();
  dataDir = tempDir('ramstein-api-anchor-');
  app = await buildServer(t.ctx, { logger: false, auditAnchor: anchor() });
  await createCommitment(t.ctx, {
    id: 'api-exp-1',
    donor: 'DK',
    recipient: 'UA',
    announced_on: '2025-06-01',
  });
});
afterAll(async () => {
  await app.close();
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('checkpoints with API exports', () => {
  it('each export format appends a checkpoint of the trail as it stands, once per change', async () => {
    const exports = [
      '/api/v1/export/ledger.json',
      '/api/v1/export/iati',
      '/api/v1/export/ledger.xlsx',
      '/api/v1/export/tables/commitments',
    ];
    for (const [n, url] of exports.entries()) {
      await createCommitment(t.ctx, {
        id: `api-exp-${n + 2}`,
        donor: 'NO',
        recipient: 'UA',
        announced_on: '2025-07-01',
      });
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, res.body).toBe(200);
      expect(checkpoints()).toHaveLength(n + 1);
      expect(checkpoints().at(-1)!.seq).toBe(await head());
    }
    // Nothing changed since: a second copy of the same trail adds no checkpoint.
    expect((await app.inject({ method: 'GET', url: exports[0]! })).statusCode).toBe(200);
    expect(checkpoints()).toHaveLength(exports.length);
  });

  it('the trail cut short after an export no longer verifies, and the next export adds no checkpoint', async () => {
    const before = checkpoints().length;
    await removeLastAuditEvents(t.db, 2);
    const res = await app.inject({ method: 'GET', url: '/api/v1/export/ledger.json' });
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body).commitments.length).toBeGreaterThan(0);
    expect(checkpoints()).toHaveLength(before);
    const verified = await app.inject({
      method: 'GET',
      url: '/api/v1/audit/verify',
      headers: { authorization: `Bearer ${await adminToken()}` },
    });
    expect(verified.json()).toMatchObject({ ok: false });
    expect(verified.json().broken.reason).toMatch(/events were removed/);
  });
});

async function adminToken(): Promise<string> {
  return (await createApiToken(t.ctx, { name: 'verify', role: 'admin', party: null })).token;
}
