/**
 * Reconciliation of the ledger with Kiel release 30 (full file from ../shared), on the demo ledger
 * plus one restricted commitment: per donor both sides, differences, reasons, visibility applied;
 * and the same through /api/v1/editions.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { actingAs } from '../../src/app/context.ts';
import { importEdition } from '../../src/app/editions/import-edition.ts';
import { reconcileEdition } from '../../src/app/editions/reconcile-edition.ts';
import { publicActor } from '../../src/domain/access/actor.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

const r30 = new URL('../../../shared/data/external/kiel/r30/country_summary.csv', import.meta.url);

let t: TestDatabase;
let app: Api;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
  app = await buildServer(t.ctx, { logger: false });
  await importEdition(t.ctx, {
    source: 'kiel',
    release: '30',
    files: new Map([['country_summary.csv', fs.readFileSync(r30, 'utf8')]]),
  });
  await createCommitment(t.ctx, {
    id: 'restricted-de-for-reconcile',
    donor: 'DE',
    recipient: 'UA',
    mode: 'donation',
    items: [{ equipment: 'iris-t-slm', quantity: 2 }],
    money: { amount: '300000000', currency: 'EUR' },
    announced_on: '2026-02-01',
    visibility: 'restricted',
  });
}, 120_000);
afterAll(async () => {
  await app.close();
  await t.close();
});

const get = (url: string) => app.inject({ method: 'GET', url });

describe('editions reconcile', () => {
  it('puts the ledger beside the edition per donor, with the differences and their reasons', async () => {
    const r = await reconcileEdition(t.ctx, 'kiel-ust-r30');
    const de = r.rows.find((x) => x.party_code === 'DE')!;
    expect(de.edition!.military_allocated_minor).toBe(2_490_400_000_000n);
    expect(de.ledger!.committed_minor).toBeGreaterThan(0n);
    expect(de.delivered_difference_minor).toBe(
      de.ledger!.delivered_minor - de.edition!.military_allocated_minor!,
    );
    expect(de.committed_difference_minor).toBe(de.ledger!.committed_minor - de.edition!.committed_minor!);
    expect(de.reasons.map((x) => x.code)).toEqual(expect.arrayContaining(['scope', 'measure', 'valuation']));
    // Each reason also comes by its figures, for clients that word it in their language.
    const scope = de.reasons.find((x) => x.code === 'scope')!;
    expect(scope.params).toEqual({
      eur_minor: (de.edition!.allocated_minor! - de.edition!.military_allocated_minor!).toString(),
    });
    const valuation = de.reasons.find((x) => x.code === 'valuation')!;
    expect(valuation.params.eur_minor).toBe(de.ledger!.catalogue_minor.toString());
    const onlyKiel = r.rows.filter((x) => !x.ledger);
    expect(onlyKiel.length).toBeGreaterThan(0);
    expect(onlyKiel[0]!.reasons[0]!.code).toBe('only_in_edition');
    const attribution = 'Kiel Institute for the World Economy, Ukraine Support Tracker, Release 30';
    expect(r.notes).toContain(`Source: ${attribution}.`);
    // The same notes and rules by id, for clients that word them in their language.
    expect(r.note_ids.at(-1)).toEqual({ id: 'source', params: { attribution } });
    expect(r.note_ids.map((n) => n.id)).toContain('rates');
    expect(r.rule_ids.slice(0, 3)).toEqual([
      'reconcile-ledger',
      'reconcile-edition',
      'reconcile-differences',
    ]);
    expect(r.rule_ids).toHaveLength(r.rules.length);
  });

  it("applies the caller's visibility: the public does not see the restricted pledge", async () => {
    const admin = await reconcileEdition(t.ctx, 'kiel-ust-r30');
    const anonymous = await reconcileEdition(actingAs(t.ctx, publicActor, null), 'kiel-ust-r30');
    const de = (r: typeof admin) => r.rows.find((x) => x.party_code === 'DE')!.ledger!.committed_minor;
    expect(de(admin) - de(anonymous)).toBe(30_000_000_000n);
  });

  it('serves editions, the donor table as CSV with attribution, and the reconciliation on the API', async () => {
    const list = await get('/api/v1/editions');
    expect(list.statusCode).toBe(200);
    expect(list.json().items[0]).toMatchObject({ id: 'kiel-ust-r30', cut_off: '2026-06-30' });
    const csv = await get('/api/v1/editions/kiel-ust-r30?format=csv');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.split('\n')[1]).toMatch(/^US,United States,64617000000\.00,.*Release 30"$/);
    const rec = await get('/api/v1/editions/kiel-ust-r30/reconciliation');
    expect(rec.statusCode).toBe(200);
    expect(
      rec.json().rows.find((x: { party_code: string }) => x.party_code === 'DE').ledger.committed_minor,
    ).toMatch(/^\d+$/);
    expect((await get('/api/v1/editions/kiel-ust-r99')).statusCode).toBe(404);
    const doc = (await get('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/editions',
        '/api/v1/editions/{id}/reconciliation',
        '/api/v1/editions/{id}/diff/{other}',
        '/api/v1/editions/latest/reconciliation',
      ]),
    );
  });

  it('answers the comparison with the latest release of a data set at one address, 404 for a data set with none', async () => {
    const latest = await get('/api/v1/editions/latest/reconciliation?dataset=kiel-ust');
    expect(latest.statusCode).toBe(200);
    expect(latest.json()).toEqual((await get('/api/v1/editions/kiel-ust-r30/reconciliation')).json());
    // Kiel's data set by default, CSV as for one release.
    expect((await get('/api/v1/editions/latest/reconciliation')).json().edition.id).toBe('kiel-ust-r30');
    const csv = await get('/api/v1/editions/latest/reconciliation?format=csv');
    expect(csv.body).toBe((await get('/api/v1/editions/kiel-ust-r30/reconciliation?format=csv')).body);
    const none = await get('/api/v1/editions/latest/reconciliation?dataset=no-such-set');
    expect(none.statusCode).toBe(404);
    expect(none.json().detail).toContain('no-such-set');
  });
});
