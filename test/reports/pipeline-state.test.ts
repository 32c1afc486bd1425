/**
 * The pipeline status derived in SQL (src/store/reports/pipeline-state.sql.ts) against the reference,
 * derivePipeline, commitment by commitment: on the demo ledger and on commitments that use every
 * kind of event, with and without an as-of date.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitmentEventInput } from '../../src/app/commitments/commitment.types.ts';
import { toPipelineEvent, toPipelineLine } from '../../src/app/commitments/commitment-view.ts';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { pipelineStateCtes } from '../../src/store/reports/pipeline-state.sql.ts';
import { runReportQuery } from '../../src/store/reports/run-report-query.ts';
import { derivePipeline } from '../../src/domain/ledger/pipeline.ts';
import { commitments } from '../../src/store/repositories/commitments.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;

const ev = (e: Omit<CommitmentEventInput, 'increase'> & { increase?: boolean }): CommitmentEventInput => ({
  increase: false,
  ...e,
});
const committed = (date: string, planned_on?: string) =>
  ev({ kind: 'status', status: 'committed', date, planned_on });
const deliver = (date: string, line: number, quantity: number, increase = false) =>
  ev({ kind: 'delivery', date, line, quantity, increase });

beforeAll(async () => {
  t = await openTestDb({ demo: true });
  const base = { recipient: 'UA', donor: 'NO', mode: 'donation' as const, announced_on: '2025-01-10' };
  const twoLines = [
    { category: 'air_defence', quantity: 10 },
    { category: 'munitions', quantity: 100 },
  ];
  const oneLine = [{ category: 'vehicles', quantity: 10 }];
  const cases: { id: string; items: typeof twoLines; events: CommitmentEventInput[] }[] = [
    {
      id: 'x-partial-lines',
      items: twoLines,
      events: [
        committed('2025-01-10', '2025-06-01'),
        deliver('2025-02-01', 1, 4),
        deliver('2025-03-01', 2, 100),
        deliver('2025-04-01', 1, 6),
      ],
    },
    {
      id: 'x-increase',
      items: oneLine,
      events: [committed('2025-01-10'), deliver('2025-02-01', 1, 10), deliver('2025-03-01', 1, 3, true)],
    },
    {
      id: 'x-suspend-resume',
      items: oneLine,
      events: [
        committed('2025-01-10'),
        ev({ kind: 'suspension', date: '2025-02-01' }),
        ev({ kind: 'resumption', date: '2025-03-01' }),
        deliver('2025-03-15', 1, 2),
        ev({ kind: 'suspension', date: '2025-04-01', until: '2025-05-01' }),
      ],
    },
    {
      id: 'x-void-delivery',
      items: oneLine,
      events: [
        committed('2025-01-10'),
        deliver('2025-02-01', 1, 10),
        ev({ kind: 'correction', date: '2025-02-15', corrects: 2 }),
      ],
    },
    {
      id: 'x-status-back',
      items: oneLine,
      events: [
        committed('2025-01-10'),
        ev({ kind: 'status', status: 'delivering', date: '2025-02-01' }),
        ev({ kind: 'correction', status: 'committed', date: '2025-03-01' }),
        ev({ kind: 'status', status: 'contracted', date: '2025-04-01', planned_on: '2025-09-01' }),
        ev({ kind: 'correction', date: '2025-05-01', line: 1, quantity: 4 }),
      ],
    },
    {
      id: 'x-cancelled',
      items: twoLines,
      events: [
        committed('2025-01-10'),
        deliver('2025-02-01', 2, 50),
        ev({ kind: 'status', status: 'cancelled', date: '2025-05-01' }),
      ],
    },
  ];
  for (const c of cases) await createCommitment(t.ctx, { ...base, ...c });
});
afterAll(() => t.close());

interface SqlState {
  id: string;
  status: string;
  planned_on: string | null;
  suspended_since: string | null;
  suspended_until: string | null;
  lines: { line_no: number; committed: string | null; delivered: string }[];
}

async function sqlStates(asOf: string | null): Promise<Map<string, SqlState>> {
  const query = sql<SqlState>`
WITH scope AS MATERIALIZED (SELECT id FROM commitments),
${pipelineStateCtes(sql`${asOf}::date`, true)}
SELECT st.commitment_id AS id, st.status, st.planned_on::text AS planned_on,
       st.suspended_since::text AS suspended_since, st.suspended_until::text AS suspended_until,
       coalesce((SELECT json_agg(json_build_object('line_no', l.line_no, 'committed', l.committed::text,
                                                  'delivered', l.delivered::text) ORDER BY l.line_no)
                   FROM pl_lines l WHERE l.commitment_id = st.commitment_id), '[]') AS lines
  FROM pl_state st`;
  const rows = await runReportQuery(t.db, query);
  return new Map(rows.map((r) => [r.id, r]));
}

async function referenceStates(asOf: string | null) {
  const ids = (await t.db.query<{ id: string }>('SELECT id FROM commitments ORDER BY id')).map((r) => r.id);
  const [lines, events] = await Promise.all([commitments.lines(t.db, ids), commitments.events(t.db, ids)]);
  return ids.map((id) => {
    const state = derivePipeline(
      (lines.get(id) ?? []).map(toPipelineLine),
      (events.get(id) ?? []).map(toPipelineEvent),
      asOf,
    );
    return {
      id,
      status: state.status,
      planned_on: state.plannedOn,
      suspended_since: state.suspension?.since ?? null,
      suspended_until: state.suspension?.until ?? null,
      lines: state.lines.map((l) => ({
        line_no: l.lineNo,
        committed: l.committed === null ? null : l.committed.toString(),
        delivered: l.delivered.toString(),
      })),
    };
  });
}

describe('pipeline state in SQL', () => {
  it.each([null, '2022-08-01', '2025-02-10', '2025-03-20', '2025-04-15'])(
    'agrees with derivePipeline commitment by commitment (as of %s)',
    async (asOf) => {
      const [sql, reference] = await Promise.all([sqlStates(asOf), referenceStates(asOf)]);
      expect(sql.size).toBe(reference.length);
      for (const expected of reference) expect({ ...sql.get(expected.id) }).toEqual(expected);
    },
  );

  it('covers what the cases are for', async () => {
    const state = await sqlStates(null);
    expect(state.get('x-partial-lines')?.status).toBe('delivered');
    expect(state.get('x-increase')?.lines[0]).toEqual({ line_no: 1, committed: '13', delivered: '13' });
    expect(state.get('x-void-delivery')).toMatchObject({ status: 'committed', lines: [{ delivered: '0' }] });
    expect(state.get('x-status-back')?.status).toBe('delivering');
    expect(state.get('x-cancelled')?.status).toBe('cancelled');
    expect((await sqlStates('2025-02-10')).get('x-suspend-resume')?.suspended_since).toBe('2025-02-01');
    expect((await sqlStates('2025-04-15')).get('x-suspend-resume')?.suspended_until).toBe('2025-05-01');
  });
});
