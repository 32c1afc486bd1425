/**
 * The pipeline state of many commitments at once, derived in SQL from `commitment_events` by the
 * same rules as derivePipeline (src/domain/ledger/pipeline.ts), so that reports over a million
 * lines need not load every event into memory. test/reports/pipeline-state.test.ts checks that
 * both agree commitment by commitment, with and without an as-of date.
 *
 * The rules, restated for SQL:
 * - events on or before the as-of date only; an event named by a correction is void;
 * - the last correction that sets a status resets the status to it; afterwards the status only
 *   rises (status events by their rank, deliveries to at least `delivering`);
 * - a line's delivered quantity is the sum of its deliveries (voided ones excepted); a delivery
 *   marked as an increase raises the committed quantity to what has been delivered by then;
 * - `delivering` becomes `delivered` once every line with a quantity is fully delivered.
 */
import { sql, type RawBuilder } from 'kysely';

export const statusOrder = ['announced', 'committed', 'contracted', 'delivering', 'delivered', 'cancelled'];
const statusArray = `ARRAY[${statusOrder.map((s) => `'${s}'`).join(', ')}]`;
export const rankOf = (column: string) => `(array_position(${statusArray}, ${column}::text) - 1)`;
const delivers = (alias: string) =>
  `(${alias}.kind = 'delivery' OR (${alias}.kind = 'correction' AND ${alias}.quantity IS NOT NULL))`;

/**
 * CTEs over a preceding CTE `scope` (one row per commitment, column `id`); `asOf` is the as-of
 * date as SQL of type `date` (NULL for every event), with its own parameters. Defines `pl_lines` (per line:
 * original quantity, committed, delivered) and `pl_status` (per commitment: status, measurable lines, sum of line
 * shares delivered); `withDetails` adds `pl_state` with suspension, planned date and last event.
 */
export function pipelineStateCtes(asOf: RawBuilder<unknown>, withDetails: boolean): RawBuilder<unknown> {
  const core = sql`
  pl_live AS MATERIALIZED (
    SELECT e.commitment_id, e.seq, e.kind, e.status, e.occurred_on, e.planned_on, e.line_no,
           e.quantity, e.increase, e.until_on, e.corrects_seq
      FROM commitment_events e JOIN scope s ON s.id = e.commitment_id
     WHERE (${asOf} IS NULL OR e.occurred_on <= ${asOf})
       AND NOT EXISTS (SELECT 1 FROM commitment_events v
                        WHERE v.commitment_id = e.commitment_id AND v.kind = 'correction'
                          AND v.corrects_seq = e.seq AND (${asOf} IS NULL OR v.occurred_on <= ${asOf}))
  ),
  pl_deliveries AS MATERIALIZED (
    SELECT d.commitment_id, d.line_no, d.seq, d.occurred_on, d.quantity, d.increase FROM pl_live d
     WHERE ${sql.raw(delivers('d'))} AND d.quantity IS NOT NULL AND d.line_no IS NOT NULL
  ),
  pl_raised AS (
    SELECT commitment_id, line_no, max(running) FILTER (WHERE increase) AS raised_to
      FROM (SELECT d.commitment_id, d.line_no, d.increase,
                   sum(d.quantity) OVER (PARTITION BY d.commitment_id, d.line_no ORDER BY d.occurred_on, d.seq) AS running
              FROM pl_deliveries d
             WHERE EXISTS (SELECT 1 FROM pl_deliveries i
                            WHERE i.increase AND i.commitment_id = d.commitment_id AND i.line_no = d.line_no)) w
     GROUP BY commitment_id, line_no
  ),
  pl_delivered AS (
    SELECT commitment_id, line_no, sum(quantity) AS delivered FROM pl_deliveries GROUP BY commitment_id, line_no
  ),
  pl_lines AS MATERIALIZED (
    SELECT l.commitment_id, l.line_no, l.equipment_id, l.quantity AS original,
           CASE WHEN l.quantity IS NULL THEN NULL ELSE greatest(l.quantity, coalesce(r.raised_to, 0)) END AS committed,
           coalesce(d.delivered, 0) AS delivered
      FROM commitment_lines l JOIN scope s ON s.id = l.commitment_id
      LEFT JOIN pl_delivered d ON d.commitment_id = l.commitment_id AND d.line_no = l.line_no
      LEFT JOIN pl_raised r ON r.commitment_id = l.commitment_id AND r.line_no = l.line_no
  ),
  pl_progress AS (
    SELECT commitment_id,
           count(*) FILTER (WHERE committed > 0) AS measurable,
           count(*) FILTER (WHERE committed > 0 AND delivered >= committed) AS complete,
           sum(least(delivered::numeric / committed, 1)) FILTER (WHERE committed > 0 AND delivered > 0) AS share_sum
      FROM pl_lines GROUP BY commitment_id
  ),
  pl_reset AS (
    SELECT DISTINCT ON (commitment_id) commitment_id, occurred_on, seq, status FROM pl_live
     WHERE kind = 'correction' AND status IS NOT NULL
     ORDER BY commitment_id, occurred_on DESC, seq DESC
  ),
  pl_rank AS (
    SELECT k.commitment_id, max(CASE
             WHEN r.seq IS NOT NULL AND (k.occurred_on, k.seq) < (r.occurred_on, r.seq) THEN NULL
             WHEN r.seq = k.seq THEN greatest(${sql.raw(rankOf('r.status'))}, CASE WHEN k.quantity IS NOT NULL THEN 3 END)
             WHEN k.kind = 'status' THEN ${sql.raw(rankOf('k.status'))}
             WHEN ${sql.raw(delivers('k'))} THEN 3
           END) AS rank
      FROM pl_live k LEFT JOIN pl_reset r ON r.commitment_id = k.commitment_id
     GROUP BY k.commitment_id
  ),
  pl_status AS (
    SELECT s.id AS commitment_id,
           (${sql.raw(statusArray)})[1 + CASE
             WHEN coalesce(rk.rank, 0) = 3 AND p.measurable > 0 AND p.complete = p.measurable THEN 4
             ELSE coalesce(rk.rank, 0) END] AS status,
           coalesce(p.measurable, 0) AS measurable, p.share_sum
      FROM scope s
      LEFT JOIN pl_rank rk ON rk.commitment_id = s.id
      LEFT JOIN pl_progress p ON p.commitment_id = s.id
  )`;
  if (!withDetails) return core;
  // A suspension is in force until it is lifted or its end date has passed.
  const inForce = sql`sp.kind = 'suspension'
                 AND (sp.until_on IS NULL OR coalesce(${asOf}, la.last_event_on) IS NULL
                      OR sp.until_on >= coalesce(${asOf}, la.last_event_on))`;
  return sql`${core},
  pl_suspension AS (
    SELECT DISTINCT ON (commitment_id) commitment_id, kind, occurred_on, until_on FROM pl_live
     WHERE kind IN ('suspension', 'resumption')
     ORDER BY commitment_id, occurred_on DESC, seq DESC
  ),
  pl_planned AS (
    SELECT DISTINCT ON (commitment_id) commitment_id, planned_on FROM pl_live
     WHERE planned_on IS NOT NULL
     ORDER BY commitment_id, occurred_on DESC, seq DESC
  ),
  pl_last AS (
    SELECT e.commitment_id, max(e.occurred_on) AS last_event_on
      FROM commitment_events e JOIN scope s ON s.id = e.commitment_id
     WHERE (${asOf} IS NULL OR e.occurred_on <= ${asOf})
     GROUP BY e.commitment_id
  ),
  pl_state AS (
    SELECT st.*, pl.planned_on, la.last_event_on,
           CASE WHEN ${inForce} THEN sp.occurred_on END AS suspended_since,
           CASE WHEN ${inForce} THEN sp.until_on END AS suspended_until
      FROM pl_status st
      LEFT JOIN pl_suspension sp ON sp.commitment_id = st.commitment_id
      LEFT JOIN pl_planned pl ON pl.commitment_id = st.commitment_id
      LEFT JOIN pl_last la ON la.commitment_id = st.commitment_id
  )`;
}
