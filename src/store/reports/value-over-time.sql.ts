/**
 * Aid value per month and mode of giving: committed value in the month of announcement, delivered
 * value in the month each delivery happened. The same counting rules as the burden report
 * (burden.sql.ts): aid only, recorded money or the catalogue's indicative values, pooled shares
 * not linked to a commitment for their funder, each amount converted at its value date and
 * rounded once. A delivery adds the part of its line it completes (capped at the committed
 * quantity); a commitment declared delivered adds what its deliveries had not yet covered on the
 * day of that declaration. Summed over every month, delivered equals the burden report's figure.
 */
import type { Actor } from '../../domain/access/actor.ts';
import { sql, type RawBuilder } from 'kysely';
import { visibleTo } from '../visibility.ts';
import type { Database } from '../database.ts';
import type { ConversionAuditRow } from '../../domain/money/conversion-summary.ts';
import { conversionAuditSelect, currencySql, minorUnitsCte, rateCte } from './conversion.sql.ts';
import { pipelineStateCtes } from './pipeline-state.sql.ts';
import { runReportQuery } from './run-report-query.ts';

export interface ValueOverTimeScope {
  currency: string;
  recipient: string;
  /** Only these donors (lead donors, or funders of pooled shares); null for every donor. */
  donors: string[] | null;
}

/** One row per measure, month (YYYY-MM, null when undated) and mode (null when not stated). */
export interface MonthModeRow {
  measure: 'committed' | 'delivered';
  month: string | null;
  mode: string | null;
  value: string | null;
  /** Items valued here (commitments, catalogue lines, package shares). */
  valued: number;
  /** Items with a value that could not be converted (no value date, or no ECB rate near it). */
  unconvertible: number;
}

/** Commitments counted but not summed, by reason. */
export interface UnsummedRow {
  reason: 'vague' | 'unvalued';
  count: number;
}

/**
 * The value-over-time query; with `audit`, instead of the sums, the conversion audit of the same
 * amounts (conversionAuditSelect), each amount once (its committed row: every delivered row
 * repeats the currency and value date of one).
 */
function valueOverTimeQuery(actor: Actor, scope: ValueOverTimeScope, audit: boolean): RawBuilder<unknown> {
  const currency = currencySql(scope.currency);
  const recipient = sql`${scope.recipient}::text`;
  const donors = sql`${scope.donors}::text[]`;
  const head = sql`
WITH ${minorUnitsCte()},
scope AS MATERIALIZED (
  SELECT c.id, c.donor, c.mode, c.money_minor, c.money_currency,
         coalesce(c.money_value_date, c.announced_on) AS value_date,
         coalesce(c.announced_on, c.money_value_date) AS on_date
    FROM commitments c
   WHERE c.recipient = ${recipient} AND c.mode IS DISTINCT FROM 'sale' AND c.replenishes IS NULL
     AND c.donor <> c.recipient
     AND (${donors} IS NULL OR c.donor = ANY (${donors}))
     AND ${visibleTo(actor, 'c')}
),
${pipelineStateCtes(sql`NULL::date`, false)},
catalogue AS (
  SELECT l.commitment_id AS id, l.line_no, et.indicative_value_minor AS unit,
         et.indicative_value_currency AS currency, l.committed
    FROM pl_lines l
    JOIN equipment_types et ON et.id = l.equipment_id
    JOIN scope s ON s.id = l.commitment_id
   WHERE s.money_currency IS NULL AND l.committed IS NOT NULL AND et.indicative_value_minor IS NOT NULL
),
steps AS (
  -- Each delivery completes part of its line, never beyond the committed quantity.
  SELECT d.commitment_id AS id, d.line_no, d.occurred_on, l.committed,
         least(d.running, l.committed) - least(d.running - d.quantity, l.committed) AS units
    FROM (SELECT d.*, sum(d.quantity) OVER (PARTITION BY d.commitment_id, d.line_no
                                            ORDER BY d.occurred_on, d.seq) AS running
            FROM pl_deliveries d) d
    JOIN pl_lines l ON l.commitment_id = d.commitment_id AND l.line_no = d.line_no
   WHERE l.committed > 0
),
done AS (
  -- Declared delivered: the rest counts on the day of the declaration (or of the last event).
  SELECT st.commitment_id AS id, st.measurable, coalesce(st.share_sum, 0) AS share_sum,
         coalesce(max(k.occurred_on) FILTER (WHERE k.status = 'delivered'), max(k.occurred_on)) AS on_date
    FROM pl_status st JOIN pl_live k ON k.commitment_id = st.commitment_id
   WHERE st.status = 'delivered'
   GROUP BY st.commitment_id, st.measurable, st.share_sum
),
valued AS (
  SELECT 'committed' AS measure, s.id, s.mode, s.on_date, s.money_minor::numeric AS amount,
         s.money_currency AS currency, s.value_date, 1::numeric AS share_num, 1::numeric AS share_den,
         s.donor
    FROM scope s WHERE s.money_minor IS NOT NULL
  UNION ALL
  SELECT 'delivered', s.id, s.mode, t.occurred_on, s.money_minor::numeric, s.money_currency, s.value_date,
         t.units, t.committed * st.measurable, s.donor
    FROM steps t JOIN scope s ON s.id = t.id JOIN pl_status st ON st.commitment_id = t.id
   WHERE s.money_minor IS NOT NULL AND t.units <> 0
  UNION ALL
  SELECT 'delivered', s.id, s.mode, d.on_date, s.money_minor::numeric, s.money_currency, s.value_date,
         CASE WHEN d.measurable = 0 THEN 1 ELSE d.measurable - d.share_sum END,
         CASE WHEN d.measurable = 0 THEN 1 ELSE d.measurable END, s.donor
    FROM done d JOIN scope s ON s.id = d.id
   WHERE s.money_minor IS NOT NULL AND (d.measurable = 0 OR d.share_sum < d.measurable)
  UNION ALL
  SELECT 'committed', s.id, s.mode, s.on_date, sum(e.unit * e.committed)::numeric, e.currency, s.value_date, 1, 1, s.donor
    FROM catalogue e JOIN scope s ON s.id = e.id
   GROUP BY s.id, s.donor, s.mode, s.on_date, e.currency, s.value_date
  UNION ALL
  SELECT 'delivered', s.id, s.mode, t.occurred_on, (e.unit * t.units)::numeric, e.currency, s.value_date, 1, 1, s.donor
    FROM steps t JOIN catalogue e ON e.id = t.id AND e.line_no = t.line_no JOIN scope s ON s.id = t.id
   WHERE t.units <> 0
  UNION ALL
  SELECT 'delivered', s.id, s.mode, d.on_date,
         (e.unit * (e.committed - least(coalesce(l.delivered, 0), e.committed)))::numeric, e.currency, s.value_date, 1, 1, s.donor
    FROM done d JOIN catalogue e ON e.id = d.id JOIN scope s ON s.id = d.id
    JOIN pl_lines l ON l.commitment_id = e.id AND l.line_no = e.line_no
   WHERE e.committed > coalesce(l.delivered, 0)
  UNION ALL
  -- A pooled share not linked to a commitment counts for its funder; PURL packages buy for
  -- Ukraine. A package carries no delivery date: once delivered it counts in its own month.
  SELECT m.measure, 'package:' || p.id || ':' || f.position, 'pooled', p.announced_on,
         f.amount_minor::numeric, f.currency, p.announced_on, 1, 1, f.party
    FROM package_funders f JOIN packages p ON p.id = f.package_id
    CROSS JOIN (VALUES ('committed'), ('delivered')) AS m(measure)
   WHERE f.commitment_id IS NULL AND f.amount_minor IS NOT NULL AND p.mechanism = 'PURL' AND ${recipient} = 'UA'
     AND (${donors} IS NULL OR f.party = ANY (${donors}))
     AND (m.measure = 'committed' OR p.status = 'delivered')
     AND ${visibleTo(actor, 'p')}
),
${rateCte('fx', sql.table('valued'), currency)}`;
  if (audit) {
    const once = sql`(SELECT id, donor, amount, currency, value_date FROM valued WHERE measure = 'committed')`;
    return sql`${head}\n${conversionAuditSelect(once, 'fx', currency)}`;
  }
  return sql`${head},
converted AS (
  SELECT v.measure, to_char(v.on_date, 'YYYY-MM') AS month, v.mode,
         round_half_even_ratio(round_half_even_ratio(v.amount * fx.num_factor, fx.den_factor) * v.share_num,
                               v.share_den) AS value
    FROM valued v LEFT JOIN fx ON fx.currency = v.currency AND fx.value_date = v.value_date
)
SELECT 'sum' AS kind, measure, month, mode, sum(value)::text AS value,
       count(*)::int AS valued, count(*) FILTER (WHERE value IS NULL)::int AS unconvertible
  FROM converted GROUP BY measure, month, mode
UNION ALL
SELECT 'unsummed', CASE WHEN s.money_currency IS NOT NULL THEN 'vague' ELSE 'unvalued' END,
       NULL, NULL, NULL, count(*)::int, 0
  FROM scope s
 WHERE s.money_minor IS NULL AND NOT EXISTS (SELECT 1 FROM catalogue e WHERE e.id = s.id)
 GROUP BY 2
 ORDER BY 1, 3 NULLS FIRST, 2, 4 NULLS LAST`;
}

export const valueOverTime = {
  async byMonthAndMode(
    db: Database,
    actor: Actor,
    scope: ValueOverTimeScope,
  ): Promise<{ rows: MonthModeRow[]; unsummed: UnsummedRow[] }> {
    const raw = await runReportQuery(
      db,
      valueOverTimeQuery(actor, scope, false).$castTo<MonthModeRow & { kind: 'sum' | 'unsummed' }>(),
    );
    return {
      rows: raw
        .filter((r) => r.kind === 'sum')
        .map(({ measure, month, mode, value, valued, unconvertible }) => ({
          measure,
          month,
          mode,
          value,
          valued: Number(valued),
          unconvertible: Number(unconvertible),
        })),
      unsummed: raw
        .filter((r) => r.kind === 'unsummed')
        .map((r) => ({ reason: r.measure as unknown as UnsummedRow['reason'], count: Number(r.valued) })),
    };
  },

  /** The conversion audit of the amounts the report of `actor` values. */
  conversionRows(db: Database, actor: Actor, scope: ValueOverTimeScope): Promise<ConversionAuditRow[]> {
    return runReportQuery(db, valueOverTimeQuery(actor, scope, true).$castTo<ConversionAuditRow>());
  },
};
