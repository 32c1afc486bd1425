/**
 * The pipeline report as one set-based query: every aid commitment's derived state on the report
 * date (pipeline-state.sql.ts), its recorded money converted at its value date (conversion.sql.ts),
 * summed per donor and status; plus one row per commitment suspended or overdue on that date.
 */
import { sql, type RawBuilder } from 'kysely';
import { visibleTo } from '../visibility.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { ConversionAuditRow } from '../../domain/money/conversion-summary.ts';
import { conversionAuditSelect, currencySql, minorUnitsCte, rateCte } from './conversion.sql.ts';
import { pipelineStateCtes } from './pipeline-state.sql.ts';
import type { Database } from '../database.ts';
import { kysely } from '../kysely.ts';
import { runReportQuery } from './run-report-query.ts';

export interface PipelineQueryInput {
  currency: string;
  recipient: string | null;
  on: string;
}

/** `kind` 'sum': a donor × status total; 'item': one commitment suspended or overdue. */
export interface PipelineRow {
  kind: 'sum' | 'item';
  donor: string;
  status: string;
  id: string | null;
  count: number;
  value: string | null;
  unvalued: number;
  unconvertible: number;
  planned_on: string | null;
  suspended_since: string | null;
  suspended_until: string | null;
  days_overdue: number | null;
}

export interface ExcludedRow {
  sales: number;
  replenishments: number;
}

const recipientAndDate = (input: PipelineQueryInput) => {
  const recipient = sql`${input.recipient}::text`;
  return sql`(${recipient} IS NULL OR c.recipient = ${recipient})
       AND (c.announced_on IS NULL OR c.announced_on <= ${input.on}::date)`;
};

/** The pipeline query; with `audit`, the conversion audit of the same amounts instead. */
export function pipelineQuery(actor: Actor, input: PipelineQueryInput, audit = false): RawBuilder<unknown> {
  const currency = currencySql(input.currency);
  const on = sql`${input.on}::date`;
  const overdue = sql`(i.planned_on < ${on} AND i.status NOT IN ('delivered', 'cancelled'))`;
  const head = sql`
WITH ${minorUnitsCte()},
scope AS MATERIALIZED (
  SELECT c.id, c.donor, c.money_minor, c.money_currency AS currency,
         coalesce(c.money_value_date, c.announced_on) AS value_date
    FROM commitments c
   WHERE ${recipientAndDate(input)}
     AND c.mode IS DISTINCT FROM 'sale' AND c.replenishes IS NULL AND c.donor <> c.recipient
     AND ${visibleTo(actor, 'c')}
),
${pipelineStateCtes(on, true)},
${rateCte('fx', sql.table('scope'), currency)}`;
  if (audit) {
    const valued = sql`(SELECT id, donor, money_minor AS amount, currency, value_date FROM scope WHERE money_minor IS NOT NULL)`;
    return sql`${head}\n${conversionAuditSelect(valued, 'fx', currency)}`;
  }
  return sql`${head},
items AS MATERIALIZED (
  SELECT s.id, s.donor, st.status, st.planned_on, st.suspended_since, st.suspended_until,
         s.money_minor IS NOT NULL AS valued,
         round_half_even_ratio(s.money_minor::numeric * fx.num_factor, fx.den_factor) AS value
    FROM scope s JOIN pl_state st ON st.commitment_id = s.id
    LEFT JOIN fx ON fx.currency = s.currency AND fx.value_date = s.value_date
)
SELECT 'sum' AS kind, i.donor, i.status, NULL::text AS id, count(*)::int AS count, sum(i.value)::text AS value,
       (count(*) FILTER (WHERE NOT i.valued))::int AS unvalued,
       (count(*) FILTER (WHERE i.valued AND i.value IS NULL))::int AS unconvertible,
       NULL::text AS planned_on, NULL::text AS suspended_since, NULL::text AS suspended_until,
       NULL::int AS days_overdue
  FROM items i GROUP BY i.donor, i.status
UNION ALL
SELECT 'item', i.donor, i.status, i.id, 1, i.value::text, 0, 0, i.planned_on::text,
       i.suspended_since::text, i.suspended_until::text,
       CASE WHEN ${overdue} THEN (${on} - i.planned_on)::int END
  FROM items i WHERE i.suspended_since IS NOT NULL OR ${overdue}`;
}

/** Sales and replenishments in the same scope: left out of the pipeline, and counted. */
export function excludedQuery(actor: Actor, input: PipelineQueryInput): RawBuilder<ExcludedRow> {
  return sql<ExcludedRow>`
SELECT (count(*) FILTER (WHERE c.mode = 'sale'))::int AS sales,
       (count(*) FILTER (WHERE c.mode IS DISTINCT FROM 'sale'
                           AND (c.replenishes IS NOT NULL OR c.donor = c.recipient)))::int AS replenishments
  FROM commitments c
 WHERE ${recipientAndDate(input)} AND ${visibleTo(actor, 'c')}`;
}

/** The pipeline rows `actor` may see. */
export function pipelineRows(db: Database, actor: Actor, input: PipelineQueryInput): Promise<PipelineRow[]> {
  return runReportQuery(db, pipelineQuery(actor, input).$castTo<PipelineRow>());
}

/** How many sales and replenishments `actor` may see in the pipeline's scope. */
export async function excludedCounts(
  db: Database,
  actor: Actor,
  input: PipelineQueryInput,
): Promise<ExcludedRow> {
  const [counts] = (await excludedQuery(actor, input).execute(kysely(db))).rows;
  return counts ?? { sales: 0, replenishments: 0 };
}

/** The conversion audit of the amounts the pipeline of `actor` values. */
export function pipelineConversionRows(
  db: Database,
  actor: Actor,
  input: PipelineQueryInput,
): Promise<ConversionAuditRow[]> {
  return runReportQuery(db, pipelineQuery(actor, input, true).$castTo<ConversionAuditRow>());
}
