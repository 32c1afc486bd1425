/**
 * The burden, pipeline, targets, claims and coverage reports of the demo data set, as seen by
 * each role, byte for byte against the output committed in fixtures/demo-reports.txt. The
 * fixture was produced by the reports as they were before their queries moved into src/store/,
 * so any change of a figure shows here. Regenerate only for an intended change of a report:
 * RAMSTEIN_UPDATE_REPORT_FIXTURE=1 npx vitest run test/reports/report-snapshot.test.ts
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { actingAs, createContext, type AppContext } from '../../src/app/context.ts';
import { reportBurden } from '../../src/app/reports/report-burden.ts';
import { reportClaims } from '../../src/app/reports/report-claims.ts';
import { reportPipeline } from '../../src/app/reports/report-pipeline.ts';
import { reportTargets } from '../../src/app/reports/report-targets.ts';
import { reportCoverage } from '../../src/app/requirements/report-coverage.ts';
import type { Actor } from '../../src/domain/access/actor.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

const fixture = new URL('./fixtures/demo-reports.txt', import.meta.url);

const actors: Actor[] = [
  { id: 'system', role: 'admin', party: null },
  { id: 'anonymous', role: 'public', party: null },
  { id: 'rep-no', role: 'representative', party: 'NO' },
  { id: 'rep-pl', role: 'representative', party: 'PL' },
  { id: 'analyst', role: 'analyst', party: null },
];

let t: TestDatabase;
let ctx: AppContext;

beforeAll(async () => {
  t = await openTestDb({ demo: true });
  ctx = createContext(t.db, { clock: { now: () => new Date('2025-10-01T00:00:00Z') } });
  // Restricted records of two nations, so that each role's view of a report differs.
  const restricted = { recipient: 'UA', mode: 'donation' as const, visibility: 'restricted' as const };
  await createCommitment(ctx, {
    ...restricted,
    id: 'no-restricted-2025',
    donor: 'NO',
    items: [{ equipment: 'nasams', quantity: 2 }],
    money: { amount: '300000000', currency: 'NOK', value_date: '2025-05-02' },
    announced_on: '2025-05-02',
  });
  await createCommitment(ctx, {
    ...restricted,
    id: 'pl-restricted-2025',
    donor: 'PL',
    items: [{ category: 'munitions', quantity: 5000 }],
    money: { amount: '40000000', currency: 'EUR', value_date: '2025-04-11' },
    announced_on: '2025-04-11',
  });
});
afterAll(() => t.close());

async function reportsAs(actor: Actor) {
  const as = actingAs(ctx, actor, null);
  return {
    burden_eur: await reportBurden(as),
    burden_usd_2024: await reportBurden(as, { currency: 'USD', from: '2024-01-01', to: '2024-12-31' }),
    burden_as_of: await reportBurden(as, { as_of: '2024-06-30' }),
    pipeline: await reportPipeline(as, { on: '2025-09-30' }),
    pipeline_usd: await reportPipeline(as, { on: '2024-12-31', currency: 'USD' }),
    targets: await reportTargets(as),
    claims: await reportClaims(as),
    coverage: await reportCoverage(as, { list: 'ua-priorities-demo' }),
  };
}

const bigints = (_key: string, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value);

describe('reports of the demo data set', () => {
  it('give the same figures, byte for byte, for every role', async () => {
    // One line per role and report: a changed figure shows as one changed line.
    const lines: string[] = [];
    for (const actor of actors) {
      for (const [name, report] of Object.entries(await reportsAs(actor)))
        lines.push(`${actor.role}:${actor.party ?? '-'} ${name} ${JSON.stringify(report, bigints)}`);
    }
    const text = `${lines.join('\n')}\n`;
    if (process.env.RAMSTEIN_UPDATE_REPORT_FIXTURE) fs.writeFileSync(fixture, text);
    expect(text).toBe(fs.readFileSync(fixture, 'utf8'));
  });
});
