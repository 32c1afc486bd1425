/**
 * Pipeline facts of many commitments at once (the follow-through report's, and the delivered
 * share of the burden report's valuation bases), as one set-based query: the derived state as known on the as-of date (pipeline-state.sql.ts), the committed and
 * delivered units, the delivered share as an exact fraction (ratio_sum, migration 0052), and the
 * days of first and of full delivery.
 *
 * The delivery milestones replay the pipeline event by event in SQL, by the rules of
 * derivePipeline (src/domain/ledger/pipeline.ts) over the events known on the as-of date, voided
 * ones left out from the start:
 * - the status rank after each event is the running maximum of the events' ranks since the last
 *   correction that sets a status (which restarts it at its own); a delivery ranks `delivering`;
 * - each line's delivered quantity is the running sum of its deliveries, its committed quantity
 *   raised by a delivery marked as an increase to what has been delivered by then; the counts of
 *   lines measurable (committed > 0), complete and with something delivered move by the changes
 *   of each line's state;
 * - the state of a day is the state after its last event. First delivery: the first day that is
 *   delivering or delivered or has a delivered quantity; full delivery: the first day of the last
 *   run of delivered days, when the last day is delivered.
 * test/reports/progress.test.ts checks every commitment against derivePipeline
 * replayed day by day.
 */
import { sql } from 'kysely';
import type { Actor } from '../../domain/access/actor.ts';
import type { Status } from '../../domain/ledger/vocabulary.ts';
import type { Database } from '../database.ts';
import { valuationScopeSql, type ValuationScope } from '../repositories/valuations.ts';
import { pipelineStateCtes, rankOf, statusOrder } from './pipeline-state.sql.ts';
import { runReportQuery } from './run-report-query.ts';

export interface CommitmentProgressRow {
  id: string;
  status: Status;
  /** Committed units (raised by increases), all lines summed; integer string. */
  units: string;
  /** Delivered units, at most the committed quantity per line; integer string. */
  delivered_units: string;
  /** Delivered share as an exact fraction: 1 once delivered, else the mean over measurable lines. */
  share_num: string;
  share_den: string;
  first_delivery_on: string | null;
  full_delivery_on: string | null;
}

const delivering = statusOrder.indexOf('delivering');
const delivered = statusOrder.indexOf('delivered');

/** Units and the exact delivered share per commitment, from `pl_lines` as known on the as-of date. */
const unitsCte = `
  ft_units AS (
    SELECT commitment_id,
           sum(coalesce(committed, 0)) AS units,
           sum(CASE WHEN committed IS NOT NULL AND delivered > committed THEN committed ELSE delivered END) AS delivered_units,
           count(*) FILTER (WHERE committed > 0 AND delivered >= committed) AS complete,
           count(*) FILTER (WHERE original > 0) AS measurable_at_start,
           ratio_sum(delivered, committed) FILTER (WHERE committed > 0 AND delivered > 0 AND delivered < committed) AS partial
      FROM pl_lines GROUP BY commitment_id
  )`;

/** First and full delivery per commitment (see the header), over `pl_live`. */
const milestoneCtes = `
  ms_events AS MATERIALIZED (
    SELECT k.commitment_id, k.occurred_on, k.kind, k.line_no, k.quantity, k.increase,
           row_number() OVER (PARTITION BY k.commitment_id ORDER BY k.occurred_on, k.seq) AS n,
           (k.kind = 'correction' AND k.status IS NOT NULL)::int AS restarts,
           CASE
             WHEN k.kind = 'correction' AND k.status IS NOT NULL
               THEN greatest(${rankOf('k.status')}, CASE WHEN k.quantity IS NOT NULL THEN ${delivering} END)
             WHEN k.kind = 'status' THEN ${rankOf('k.status')}
             WHEN k.kind = 'delivery' OR (k.kind = 'correction' AND k.quantity IS NOT NULL) THEN ${delivering}
           END AS rank
      FROM pl_live k
     WHERE k.commitment_id IN (
             SELECT commitment_id FROM pl_live
              WHERE kind IN ('delivery', 'correction') OR status IN ('delivering', 'delivered'))
  ),
  ms_segments AS (
    SELECT commitment_id, n, occurred_on, rank,
           sum(restarts) OVER (PARTITION BY commitment_id ORDER BY n) AS segment
      FROM ms_events
  ),
  ms_line_sums AS (
    SELECT e.commitment_id, e.line_no, e.n, e.increase, l.original,
           sum(e.quantity) OVER (PARTITION BY e.commitment_id, e.line_no ORDER BY e.n) AS delivered
      FROM ms_events e
      JOIN pl_lines l ON l.commitment_id = e.commitment_id AND l.line_no = e.line_no
     WHERE e.quantity IS NOT NULL AND (e.kind = 'delivery' OR e.kind = 'correction')
  ),
  ms_line_states AS (
    SELECT commitment_id, line_no, n, (coalesce(original, 0) > 0)::int AS measurable_before,
           (committed > 0)::int AS measurable,
           (committed > 0 AND delivered >= committed)::int AS complete,
           (delivered > 0)::int AS positive
      FROM (SELECT s.*, CASE WHEN s.original IS NOT NULL THEN greatest(s.original, coalesce(
                     max(s.delivered) FILTER (WHERE s.increase)
                       OVER (PARTITION BY s.commitment_id, s.line_no ORDER BY s.n), 0)) END AS committed
              FROM ms_line_sums s) r
  ),
  ms_line_changes AS (
    SELECT commitment_id, n,
           measurable - lag(measurable, 1, measurable_before) OVER w AS measurable,
           complete - lag(complete, 1, 0) OVER w AS complete,
           positive - lag(positive, 1, 0) OVER w AS positive
      FROM ms_line_states
    WINDOW w AS (PARTITION BY commitment_id, line_no ORDER BY n)
  ),
  ms_steps AS (
    SELECT g.commitment_id, g.n, g.occurred_on,
           coalesce(max(g.rank) OVER (PARTITION BY g.commitment_id, g.segment ORDER BY g.n), 0) AS rank,
           coalesce(u.measurable_at_start, 0) + sum(coalesce(c.measurable, 0)) OVER w AS measurable,
           sum(coalesce(c.complete, 0)) OVER w AS complete,
           sum(coalesce(c.positive, 0)) OVER w AS positive
      FROM ms_segments g
      LEFT JOIN ms_line_changes c ON c.commitment_id = g.commitment_id AND c.n = g.n
      LEFT JOIN ft_units u ON u.commitment_id = g.commitment_id
    WINDOW w AS (PARTITION BY g.commitment_id ORDER BY g.n)
  ),
  ms_days AS (
    SELECT DISTINCT ON (commitment_id, occurred_on) commitment_id, occurred_on,
           rank IN (${delivering}, ${delivered}) OR positive > 0 AS delivering,
           rank = ${delivered} OR (rank = ${delivering} AND measurable > 0 AND complete = measurable) AS delivered
      FROM ms_steps
     ORDER BY commitment_id, occurred_on, n DESC
  ),
  ms_runs AS (
    SELECT commitment_id, max(occurred_on) FILTER (WHERE NOT delivered) AS last_undelivered_on
      FROM ms_days GROUP BY commitment_id
  ),
  ms AS (
    SELECT d.commitment_id,
           min(d.occurred_on) FILTER (WHERE d.delivering) AS first_delivery_on,
           min(d.occurred_on) FILTER (WHERE d.delivered
             AND (r.last_undelivered_on IS NULL OR d.occurred_on > r.last_undelivered_on)) AS full_delivery_on
      FROM ms_days d JOIN ms_runs r ON r.commitment_id = d.commitment_id
     GROUP BY d.commitment_id
  )`;

/**
 * Pipeline facts of the commitments of `scope` as known on `scope.asOf` (every event when null);
 * the delivery days only `withMilestones` (null otherwise).
 */
export function commitmentProgress(
  db: Database,
  actor: Actor,
  scope: ValuationScope,
  withMilestones: boolean,
): Promise<CommitmentProgressRow[]> {
  const milestones = withMilestones
    ? `,${milestoneCtes}`
    : `, ms AS (SELECT NULL::text AS commitment_id, NULL::date AS first_delivery_on, NULL::date AS full_delivery_on)`;
  const query = sql<CommitmentProgressRow>`
WITH scope AS MATERIALIZED (SELECT c.id FROM commitments c WHERE ${valuationScopeSql(actor, scope)}),
${pipelineStateCtes(sql`${scope.asOf}::date`, false)},
${sql.raw(unitsCte)}${sql.raw(milestones)}
SELECT s.id, st.status,
       coalesce(u.units, 0)::text AS units, coalesce(u.delivered_units, 0)::text AS delivered_units,
       (CASE WHEN st.status = 'delivered' THEN 1 WHEN st.measurable = 0 THEN 0
             ELSE u.partial[1] + u.complete * u.partial[2] END)::text AS share_num,
       (CASE WHEN st.status = 'delivered' OR st.measurable = 0 THEN 1
             ELSE u.partial[2] * st.measurable END)::text AS share_den,
       ms.first_delivery_on::text AS first_delivery_on, ms.full_delivery_on::text AS full_delivery_on
  FROM scope s
  JOIN pl_status st ON st.commitment_id = s.id
  LEFT JOIN ft_units u ON u.commitment_id = s.id
  LEFT JOIN ms ON ms.commitment_id = s.id`;
  return runReportQuery(db, query, { setWide: !scope.ids });
}
