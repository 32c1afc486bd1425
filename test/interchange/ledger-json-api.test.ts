/**
 * GET /api/v1/export/ledger.json: the file `ramstein export --format json` writes for the same
 * reader, written while it is read; `ramstein import` takes it back whole, another nation's
 * restricted records are not in it, anonymous readers get public records only, and the ledger
 * list's filters choose its commitments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/app/accounts/manage-tokens.ts';
import { actingAs } from '../../src/app/context.ts';
import { exportLedger, ledgerJson } from '../../src/app/interchange/export-ledger.ts';
import { importLedger } from '../../src/app/interchange/import-ledger.ts';
import type { JobQueue } from '../../src/app/jobs/job-queue.ts';
import { getJobOutput } from '../../src/app/jobs/manage-jobs.ts';
import { runJobAttempt } from '../../src/app/jobs/run-job.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import { commitments } from '../../src/store/repositories/commitments.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let app: Api;
const auth: Record<string, string> = {};
const hiddenUrl = 'https://intranet.example.pl/gepard-plan';
const articleText = 'Warsaw pledged two Gepard systems on 1 March 2024.';

beforeAll(async () => {
  t = await openTestDb({ demo: true });
  await importLedger(t.ctx, {
    sources: [
      {
        id: 'src-pl-plan',
        url: hiddenUrl,
        visibility: 'restricted',
        owner_party: 'PL',
        text: 'Internal plan.',
      },
      {
        id: 'src-pl-article',
        url: 'https://news.example.org/pl-gepard',
        visibility: 'public',
        text: articleText,
      },
    ],
    commitments: [
      {
        id: 'pl-hidden-json',
        donor: 'PL',
        recipient: 'UA',
        mode: 'donation',
        items: [{ equipment: 'gepard', quantity: 2 }],
        announced_on: '2024-03-01',
        visibility: 'restricted',
        owner_party: 'PL',
        sources: [hiddenUrl],
      },
      {
        id: 'pl-public-json',
        donor: 'PL',
        recipient: 'UA',
        mode: 'donation',
        items: [{ equipment: 'gepard', quantity: 2 }],
        announced_on: '2024-03-01',
        sources: ['https://news.example.org/pl-gepard'],
      },
    ],
  });
  app = await buildServer(t.ctx, { logger: false });
  const token = async (role: 'admin' | 'representative', party: string | null) =>
    `Bearer ${(await createApiToken(t.ctx, { name: `${role}-${party}`, role, party })).token}`;
  auth.admin = await token('admin', null);
  auth.DE = await token('representative', 'DE');
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const get = (url: string, who?: string) =>
  app.inject({ method: 'GET', url, headers: who ? { authorization: auth[who]! } : {} });

/** Every record of every section, with the section it is in. */
const records = (doc: Record<string, unknown>): Record<string, unknown>[] =>
  Object.entries(doc).flatMap(([section, value]) =>
    Array.isArray(value) ? value.map((r) => ({ section, ...(r as Record<string, unknown>) })) : [],
  );

describe('the JSON export over the API', () => {
  it('is the file the CLI writes, with source texts on request, and imports back into an identical ledger', async () => {
    const res = await get('/api/v1/export/ledger.json?with_texts=1', 'admin');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toMatch(/ramstein-ledger\.json/);
    expect(res.body).toBe(ledgerJson(await exportLedger(t.ctx, t.ctx.db, { withTexts: true })));
    const doc = JSON.parse(res.body);
    expect(doc.sources.find((s: { id: string }) => s.id === 'src-pl-article').text).toBe(articleText);
    const without = (await get('/api/v1/export/ledger.json', 'admin')).json();
    expect(without.sources.every((s: object) => !('text' in s))).toBe(true);

    const other = await openTestDb();
    try {
      await importLedger(other.ctx, doc);
      const otherApp = await buildServer(other.ctx, { logger: false });
      try {
        const admin = (await createApiToken(other.ctx, { name: 'a', role: 'admin', party: null })).token;
        const again = await otherApp.inject({
          method: 'GET',
          url: '/api/v1/export/ledger.json?with_texts=true',
          headers: { authorization: `Bearer ${admin}` },
        });
        expect(again.body).toBe(res.body);
      } finally {
        await otherApp.close();
      }
    } finally {
      await other.close();
    }
  }, 120_000);

  it("leaves out another nation's restricted records and the sources only they cite", async () => {
    const res = await get('/api/v1/export/ledger.json?with_texts=1', 'DE');
    expect(res.statusCode).toBe(200);
    const german = actingAs(t.ctx, { id: 'rep-de', role: 'representative', party: 'DE' }, null);
    expect(res.body).toBe(ledgerJson(await exportLedger(german, german.db, { withTexts: true })));
    expect(res.body).not.toContain('pl-hidden-json');
    expect(res.body).not.toContain(hiddenUrl);
    expect(res.body).toContain('pl-public-json');
  });

  it('gives anonymous readers public records only', async () => {
    const res = await get('/api/v1/export/ledger.json?with_texts=1');
    expect(res.statusCode).toBe(200);
    const all = records((await get('/api/v1/export/ledger.json', 'admin')).json());
    const seen = records(res.json());
    expect(all.some((r) => r.visibility === 'coalition' || r.visibility === 'restricted')).toBe(true);
    expect(seen.filter((r) => 'visibility' in r && r.visibility !== 'public')).toEqual([]);
    expect(res.body).not.toContain('pl-hidden-json');
    expect(res.body).not.toContain('Internal plan.');
  });

  it('holds the commitments the ledger list shows for the same filters, and those only', async () => {
    for (const filter of [
      'donor=DE',
      'equipment=gepard&from=2023-01-01',
      'status=delivered',
      'mode=pooled',
    ]) {
      const listed = (await get(`/api/v1/commitments?${filter}&sort=id&limit=1000`, 'DE')).json() as {
        items: { id: string }[];
      };
      const exported = (await get(`/api/v1/export/ledger.json?${filter}`, 'DE')).json() as {
        commitments: { id: string }[];
        equipment: unknown[];
      };
      expect(listed.items.length).toBeGreaterThan(0);
      expect(exported.commitments.map((c) => c.id)).toEqual(listed.items.map((c) => c.id));
      // The other sections stay whole, so the file imports on its own.
      expect(exported.equipment.length).toBeGreaterThan(10);
    }
    const bad = await get('/api/v1/export/ledger.json?status=lost', 'DE');
    expect(bad.statusCode).toBe(400);
  });

  it('reads commitments from the store in batches that make up the whole list', async () => {
    const whole = await commitments.search(t.db, { sort: 'id' }, t.ctx.actor);
    const batches = [];
    for await (const batch of commitments.batches(t.db, {}, t.ctx.actor, { size: 7 })) batches.push(batch);
    expect(batches.length).toBe(Math.ceil(whole.length / 7));
    expect(batches.flat().map((r) => r.id)).toEqual(whole.map((r) => r.id));
  });

  it('queues the same export as a job on request, with the source texts when asked', async () => {
    // A queue that only stores its jobs: the test runs the job itself.
    const held: JobQueue = {
      kind: 'in-process',
      ping: async () => undefined,
      counts: async () => ({ queued: 0, running: 0, completed: 0, failed: 0 }),
      enqueue: async () => undefined,
      close: async () => undefined,
    };
    const queuing = await buildServer({ ...t.ctx, jobs: held }, { logger: false });
    try {
      const queued = await queuing.inject({
        method: 'GET',
        url: '/api/v1/export/ledger.json?with_texts=1',
        headers: { authorization: auth.admin!, prefer: 'respond-async' },
      });
      expect(queued.statusCode).toBe(202);
      expect(queued.headers.location).toBe(`/api/v1/jobs/${queued.json().id}`);
      await runJobAttempt(t.ctx, queued.json().id);
      const { text } = await getJobOutput(t.ctx, queued.json().id);
      expect(text).toBe(ledgerJson(await exportLedger(t.ctx, t.ctx.db, { withTexts: true })));
      expect(text).toContain(articleText);
    } finally {
      await queuing.close();
    }
  });
});
