/**
 * The burden-sharing aggregation as one set-based query: every commitment (and every pooled
 * share not linked to a commitment) valued, converted at its value date, rounded once per
 * amount, and summed per donor and year. TypeScript only shapes the few hundred rows it returns.
 */
import { sql, type RawBuilder } from 'kysely';
import { visibleTo } from '../visibility.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { ConversionAuditRow } from '../../domain/money/conversion-summary.ts';
import { conversionAuditSelect, currencySql, minorUnitsCte, rateCte } from './conversion.sql.ts';
import { pipelineStateCtes } from './pipeline-state.sql.ts';
import type { Database } from '../database.ts';
import type { EditionWeapons } from '../../domain/reports/valuation.ts';
import { runReportQuery } from './run-report-query.ts';

export interface BurdenQueryInput {
  currency: string;
  recipient: string;
  from: string | null;
  to: string | null;
  asOf: string | null;
  /**
   * What the `kiel` valuation basis values lines by: the heavy weapons of the Kiel edition known
   * on the report date, and the catalogue equipment each series counts. Without it (no such
   * edition) the basis values no line.
   */
  kiel?: KielValues | null;
}

export interface KielValues {
  seriesOf: ReadonlyMap<string, string>;
  weapons: readonly EditionWeapons[];
}

/** One row per donor and year; rows with `co_donor_count` > 0 only name a co-donor. */
export interface BurdenRow {
  donor: string;
  year: number | null;
  committed: string | null;
  delivered: string | null;
  committed_usd: string | null;
  estimated: string | null;
  delivered_estimated: string | null;
  recorded_count: bigint | number;
  estimated_count: bigint | number;
  package_share_count: bigint | number;
  vague_count: bigint | number;
  unvalued_count: bigint | number;
  unconvertible_count: bigint | number;
  co_donor_count: bigint | number;
}

/** The committed and delivered value of the records at one pipeline status (BurdenQueryInput's scope). */
export interface BurdenStatusRow {
  status: string;
  count: number;
  committed: string | null;
  delivered: string | null;
  estimated: string | null;
  delivered_estimated: string | null;
}

/**
 * A donor's commitments that some valuation basis values otherwise than `record`, summed on every
 * basis (valueUnder, src/domain/reports/valuation.ts) in the report currency: the range of a
 * committed value is that value plus each basis's difference from `record` (every other commitment
 * is worth the same on every basis). A donor without such commitments has no row.
 */
export interface BurdenRangeRow {
  donor: string;
  record: string;
  catalogue: string;
  kiel: string;
  declared: string;
}

/** The parameters of the burden query, each as typed SQL. */
function burdenParams(input: BurdenQueryInput) {
  return {
    currency: currencySql(input.currency),
    recipient: sql<string>`${input.recipient}::text`,
    from: sql<string | null>`${input.from}::date`,
    to: sql<string | null>`${input.to}::date`,
    asOf: sql<string | null>`${input.asOf}::date`,
  };
}

/**
 * The filters every valued record passes: recipient, announcement window, as-of. Aid only:
 * sales and replenishments (a donor refilling its own stocks) are never counted.
 */
const aidScope = (
  { recipient, from, to, asOf }: ReturnType<typeof burdenParams>,
  vis: RawBuilder<boolean>,
) => sql`
  scope AS MATERIALIZED (
    SELECT c.id, c.donor, c.co_donors, c.money_minor, c.money_currency,
           coalesce(c.money_value_date, c.announced_on) AS value_date,
           extract(year FROM coalesce(c.announced_on, c.money_value_date))::int AS year
      FROM commitments c
     WHERE c.recipient = ${recipient} AND c.mode IS DISTINCT FROM 'sale' AND c.replenishes IS NULL
       AND c.donor <> c.recipient
       AND (${from} IS NULL OR c.announced_on >= ${from})
       AND (${to} IS NULL OR c.announced_on <= ${to})
       AND (${asOf} IS NULL OR c.announced_on <= ${asOf})
       AND ${vis}
  )`;

/**
 * `kiel_series(equipment_id, series)`, and the heavy weapons per donor and series
 * (`kiel_own`) and per series across donors (`kiel_all`), with their count and value (EUR minor
 * units): the rows of impliedLineValue (src/domain/reports/valuation.ts). Empty without an edition.
 */
function kielCtes(kiel: KielValues | null): RawBuilder<unknown> {
  const series = [...(kiel?.seriesOf ?? [])];
  const weapons = kiel?.weapons ?? [];
  return sql`kiel_series AS (
  SELECT k.equipment_id, k.series
    FROM unnest(${series.map(([id]) => id)}::text[], ${series.map(([, s]) => s)}::text[]) AS k(equipment_id, series)
),
kiel_figures AS (
  SELECT w.donor, w.series, w.count, w.value
    FROM unnest(${weapons.map((w) => w.donor)}::text[], ${weapons.map((w) => w.category)}::text[],
                ${weapons.map((w) => w.count.toString())}::numeric[], ${weapons.map((w) => w.valueMinor.toString())}::numeric[])
         AS w(donor, series, count, value)
   WHERE w.count > 0
),
kiel_own AS (
  SELECT donor, series, sum(count) AS count, sum(value) AS value FROM kiel_figures GROUP BY donor, series
),
kiel_all AS (
  SELECT series, sum(count) AS count, sum(value) AS value FROM kiel_figures GROUP BY series
)`;
}

/**
 * `ranges` (BurdenRangeRow): per donor, the commitments of `range_lines` valued on every basis
 * (valueUnder): a basis's own value is the sum of the lines it values, each other line counting at
 * its catalogue value, when it values one; otherwise the `record` value, which is the recorded
 * money or, without it, the lines' catalogue values. Every line value converted to `currency` and
 * rounded once, half to even: Kiel's at the commitment's value date from EUR, a declared value at
 * its own date.
 */
function rangeCtes(currency: string): RawBuilder<unknown> {
  const kiel =
    currency === 'EUR'
      ? sql`v.kiel_eur`
      : sql`round_half_even_ratio(v.kiel_eur * fe.num_factor, fe.den_factor)`;
  return sql`line_converted AS (
  SELECT v.id, v.donor, v.money_minor, v.money_currency, v.value_date,
         round_half_even_ratio(v.catalogue_amount * fc.num_factor, fc.den_factor) AS catalogue,
         ${kiel} AS kiel,
         round_half_even_ratio(v.declared_amount * fd.num_factor, fd.den_factor) AS declared
    FROM range_lines v
    LEFT JOIN fx fc ON fc.currency = v.catalogue_currency AND fc.value_date = v.value_date
    LEFT JOIN fx fd ON fd.currency = v.declared_currency AND fd.value_date = v.declared_date
    ${currency === 'EUR' ? sql`` : sql`LEFT JOIN fx fe ON fe.currency = 'EUR' AND fe.value_date = v.value_date`}
   -- Without such lines (the usual case), the rates are not even read.
   WHERE EXISTS (SELECT 1 FROM range_lines)
),
commitment_lines_valued AS (
  SELECT id, donor, money_minor, money_currency, value_date,
         count(catalogue) > 0 AS has_catalogue, sum(coalesce(catalogue, 0)) AS catalogue,
         count(kiel) > 0 AS has_kiel, sum(coalesce(kiel, catalogue, 0)) AS kiel,
         count(declared) > 0 AS has_declared, sum(coalesce(declared, catalogue, 0)) AS declared
    FROM line_converted GROUP BY id, donor, money_minor, money_currency, value_date
),
commitment_bases AS (
  SELECT c.donor, c.has_catalogue, c.catalogue, c.has_kiel, c.kiel, c.has_declared, c.declared,
         coalesce(round_half_even_ratio(c.money_minor::numeric * fr.num_factor, fr.den_factor),
                  CASE WHEN c.has_catalogue THEN c.catalogue END) AS on_record
    FROM commitment_lines_valued c
    LEFT JOIN fx fr ON fr.currency = c.money_currency AND fr.value_date = c.value_date
   WHERE EXISTS (SELECT 1 FROM range_lines)
),
ranges AS (
  SELECT donor,
         coalesce(sum(on_record), 0)::text AS record,
         coalesce(sum(CASE WHEN has_catalogue THEN catalogue ELSE on_record END), 0)::text AS catalogue,
         coalesce(sum(CASE WHEN has_kiel THEN kiel ELSE on_record END), 0)::text AS kiel,
         coalesce(sum(CASE WHEN has_declared THEN declared ELSE on_record END), 0)::text AS declared
    FROM commitment_bases GROUP BY donor
)`;
}

/**
 * The burden query: the sums (BurdenRow), or the sums, the conversion audit of the same amounts
 * (conversionAuditSelect: the last rate date used and every amount not converted), their sums
 * per pipeline status (BurdenStatusRow) and the commitments' values on every valuation basis
 * behind the ranges (BurdenRangeRow) from one pass over the ledger, each row as JSON text with
 * its `part`.
 */
export function burdenQuery(
  actor: Actor,
  input: BurdenQueryInput,
  part: 'sums' | 'both' = 'sums',
): RawBuilder<unknown> {
  const params = burdenParams(input);
  const { currency, recipient, from, to, asOf } = params;
  const valued = sql.table('valued');
  // The rates are looked up once per (currency, value date), not per amount.
  const pairs = sql.table('pairs');
  const usd = input.currency === 'USD' ? null : rateCte('fx_usd', pairs, currencySql('USD'));
  const head = sql`
WITH ${minorUnitsCte()},
${aidScope(params, visibleTo(actor, 'c'))},
${pipelineStateCtes(asOf, false)},
${kielCtes(input.kiel ?? null)},
catalogue_lines AS MATERIALIZED (
  SELECT l.commitment_id, l.original, l.committed, l.delivered, et.indicative_value_minor,
         et.indicative_value_currency
    FROM pl_lines l JOIN equipment_types et ON et.id = l.equipment_id
   WHERE et.indicative_value_minor IS NOT NULL
),
estimated AS (
  -- In kind without money: the catalogue's indicative unit value × quantity, per currency.
  SELECT l.commitment_id AS id, l.indicative_value_currency AS currency,
         sum(l.indicative_value_minor * l.committed)::numeric AS amount,
         sum(l.indicative_value_minor * least(l.delivered, l.committed))::numeric AS delivered_amount
    FROM catalogue_lines l
    JOIN scope s ON s.id = l.commitment_id
   WHERE s.money_currency IS NULL AND l.committed IS NOT NULL
   GROUP BY l.commitment_id, l.indicative_value_currency
),
valued AS (
  SELECT s.id, s.donor, s.year, 'recorded' AS basis, s.money_minor::numeric AS amount,
         s.money_currency AS currency, s.value_date, st.status,
         CASE WHEN st.status = 'delivered' THEN 1 WHEN st.measurable > 0 THEN coalesce(st.share_sum, 0) ELSE 0 END AS share_num,
         CASE WHEN st.status = 'delivered' OR st.measurable = 0 THEN 1 ELSE st.measurable END AS share_den
    FROM scope s JOIN pl_status st ON st.commitment_id = s.id
   WHERE s.money_minor IS NOT NULL
  UNION ALL
  SELECT s.id, s.donor, s.year, 'estimated', e.amount, e.currency, s.value_date, st.status,
         CASE WHEN st.status = 'delivered' OR e.amount = 0 THEN 1 ELSE e.delivered_amount END,
         CASE WHEN st.status = 'delivered' OR e.amount = 0 THEN 1 ELSE e.amount END
    FROM estimated e JOIN scope s ON s.id = e.id JOIN pl_status st ON st.commitment_id = e.id
  UNION ALL
  -- A pooled share not linked to a commitment counts for its funder; a linked one is already
  -- counted through its commitment. PURL packages buy for Ukraine.
  SELECT 'package:' || p.id || ':' || f.position, f.party, extract(year FROM p.announced_on)::int,
         'package_share', f.amount_minor::numeric, f.currency, p.announced_on,
         -- A package's status is its current one: as of a past date it counts as announced.
         CASE WHEN ${asOf} IS NULL THEN p.status ELSE 'announced' END,
         CASE WHEN p.status = 'delivered' AND ${asOf} IS NULL THEN 1 ELSE 0 END, 1
    FROM package_funders f JOIN packages p ON p.id = f.package_id
   WHERE f.commitment_id IS NULL AND f.amount_minor IS NOT NULL AND p.mechanism = 'PURL' AND ${recipient} = 'UA'
     AND (${from} IS NULL OR p.announced_on >= ${from})
     AND (${to} IS NULL OR p.announced_on <= ${to})
     AND (${asOf} IS NULL OR p.announced_on <= ${asOf})
     AND ${visibleTo(actor, 'p')}
),
pairs AS MATERIALIZED (
  SELECT DISTINCT currency, value_date FROM valued WHERE value_date IS NOT NULL AND currency IS NOT NULL
),
${
  part === 'both'
    ? sql`range_ids AS (
  -- The commitments some basis values otherwise than 'record': with catalogue values beside
  -- money, a declared value, or equipment Kiel's edition values. Every other commitment is worth
  -- the same on every basis, and adds nothing to a range around the record-basis total.
  SELECT l.commitment_id AS id FROM catalogue_lines l
   WHERE l.original IS NOT NULL AND NOT EXISTS (SELECT 1 FROM estimated e WHERE e.id = l.commitment_id)
  UNION SELECT commitment_id FROM declared_line_values${
    input.kiel
      ? sql`
  UNION SELECT l.commitment_id FROM pl_lines l
   WHERE l.original IS NOT NULL AND l.equipment_id IN (SELECT equipment_id FROM kiel_series)`
      : sql``
  }
),
range_commitments AS MATERIALIZED (
  SELECT s.id, s.donor, s.money_minor, s.money_currency, s.value_date FROM scope s
   WHERE s.id IN (SELECT id FROM range_ids)
),
range_lines AS MATERIALIZED (
  -- Their lines that some basis values, with the value Kiel's edition implies in EUR (the donor's
  -- value ÷ count for the series, or the series' across donors, × quantity). They are few: each
  -- commitment's lines are looked up by its id.
  SELECT c.id, c.donor, c.money_minor, c.money_currency, c.value_date,
         et.indicative_value_currency AS catalogue_currency,
         et.indicative_value_minor::numeric * l.quantity AS catalogue_amount,
         dv.amount_minor::numeric AS declared_amount, dv.currency AS declared_currency,
         coalesce(dv.value_date, c.value_date) AS declared_date,
         CASE WHEN ko.series IS NOT NULL THEN round_half_even_ratio(ko.value * l.quantity, ko.count)
              WHEN ka.series IS NOT NULL THEN round_half_even_ratio(ka.value * l.quantity, ka.count) END AS kiel_eur
    FROM range_commitments c
    CROSS JOIN LATERAL (SELECT * FROM commitment_lines l WHERE l.commitment_id = c.id OFFSET 0) l
    LEFT JOIN equipment_types et ON et.id = l.equipment_id AND et.indicative_value_minor IS NOT NULL
    LEFT JOIN declared_line_values dv ON dv.commitment_id = l.commitment_id AND dv.line_no = l.line_no
    LEFT JOIN kiel_series ks ON ks.equipment_id = l.equipment_id AND l.quantity IS NOT NULL
    LEFT JOIN kiel_own ko ON ko.series = ks.series AND ko.donor = c.donor
    LEFT JOIN kiel_all ka ON ka.series = ks.series
),
range_pairs AS (
  -- The ranges also convert catalogue values of commitments with money, declared values at their
  -- own dates, and Kiel's EUR values.
  SELECT currency, value_date FROM pairs
  UNION ALL SELECT catalogue_currency, value_date FROM range_lines
  UNION ALL SELECT declared_currency, declared_date FROM range_lines
  UNION ALL SELECT 'EUR', value_date FROM range_lines WHERE kiel_eur IS NOT NULL
),
${rateCte('fx', sql.table('range_pairs'), currency)}`
    : rateCte('fx', pairs, currency)
}`;
  // Each amount joins one row with both rates: joining the amounts to each rate table sorted them twice.
  const sumCtes = sql`${usd ? sql`${usd},` : sql``}
rates AS (
  SELECT fx.currency, fx.value_date, fx.num_factor, fx.den_factor,
         ${sql.raw(usd ? 'fu.num_factor AS usd_num, fu.den_factor AS usd_den' : 'NULL::numeric AS usd_num, NULL::numeric AS usd_den')}
    FROM fx ${sql.raw(usd ? 'LEFT JOIN fx_usd fu ON fu.currency = fx.currency AND fu.value_date = fx.value_date' : '')}
),
converted AS (
  SELECT v.donor, v.year, v.basis, v.status,
         round_half_even_ratio(v.amount * x.num_factor, x.den_factor) AS value,
         round_half_even_ratio(v.amount * x.usd_num, x.usd_den) AS value_usd,
         v.share_num, v.share_den
    FROM valued v
    LEFT JOIN rates x ON x.currency = v.currency AND x.value_date = v.value_date
),
delivered AS (
  SELECT c.*, round_half_even_ratio(c.value * c.share_num, c.share_den) AS delivered FROM converted c
),
money AS (
  SELECT donor, year,
         sum(value) AS committed,
         sum(delivered) AS delivered,
         sum(value_usd) AS committed_usd,
         sum(value) FILTER (WHERE basis = 'estimated') AS estimated,
         sum(delivered) FILTER (WHERE basis = 'estimated') AS delivered_estimated,
         count(*) FILTER (WHERE basis = 'package_share' AND value IS NOT NULL) AS package_share_count,
         count(*) FILTER (WHERE value IS NULL) AS unconvertible_count
    FROM delivered GROUP BY donor, year
),
counts AS (
  SELECT s.donor, s.year,
         count(*) FILTER (WHERE s.money_minor IS NOT NULL) AS recorded_count,
         count(*) FILTER (WHERE s.money_currency IS NULL AND e.id IS NOT NULL) AS estimated_count,
         count(*) FILTER (WHERE s.money_currency IS NOT NULL AND s.money_minor IS NULL) AS vague_count,
         count(*) FILTER (WHERE s.money_currency IS NULL AND e.id IS NULL) AS unvalued_count
    FROM scope s LEFT JOIN (SELECT DISTINCT id FROM estimated) e ON e.id = s.id
   GROUP BY s.donor, s.year
),
co_donors AS (
  SELECT cd AS donor, count(*) AS co_donor_count FROM scope s, unnest(s.co_donors) AS cd
   WHERE cd <> s.donor GROUP BY cd
)`;
  const sums = sql`
SELECT coalesce(m.donor, k.donor) AS donor, coalesce(m.year, k.year) AS year,
       m.committed::text AS committed, m.delivered::text AS delivered,
       ${sql.raw(usd ? 'm.committed_usd::text' : 'm.committed::text')} AS committed_usd, m.estimated::text AS estimated,
       m.delivered_estimated::text AS delivered_estimated,
       coalesce(k.recorded_count, 0) AS recorded_count, coalesce(k.estimated_count, 0) AS estimated_count,
       coalesce(m.package_share_count, 0) AS package_share_count, coalesce(k.vague_count, 0) AS vague_count,
       coalesce(k.unvalued_count, 0) AS unvalued_count, coalesce(m.unconvertible_count, 0) AS unconvertible_count,
       0::bigint AS co_donor_count
  FROM money m FULL JOIN counts k ON k.donor = m.donor AND k.year IS NOT DISTINCT FROM m.year
UNION ALL
SELECT donor, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 0, 0, 0, 0, co_donor_count FROM co_donors`;
  // The same amounts per pipeline status (BurdenStatusRow), for the report's stages.
  const stages = sql`
SELECT status, count(*)::int AS count, sum(value)::text AS committed, sum(delivered)::text AS delivered,
       coalesce(sum(value) FILTER (WHERE basis = 'estimated'), 0)::text AS estimated,
       coalesce(sum(delivered) FILTER (WHERE basis = 'estimated'), 0)::text AS delivered_estimated
  FROM delivered WHERE value IS NOT NULL GROUP BY status`;
  if (part === 'sums') return sql`${head},\n${sumCtes}\n${sums}`;
  return sql`${head},\n${sumCtes},\nsums AS (${sums}),\naudit AS (${conversionAuditSelect(valued, 'fx', currency)}),
stages AS (${stages}),
${rangeCtes(input.currency)}
SELECT 'sums' AS part, to_json(s)::text AS row FROM sums s
UNION ALL
SELECT 'conversion', to_json(a)::text FROM audit a
UNION ALL
SELECT 'stages', to_json(g)::text FROM stages g
UNION ALL
SELECT 'ranges', to_json(r)::text FROM ranges r`;
}

/** The burden rows `actor` may count. */
export function burdenRows(db: Database, actor: Actor, input: BurdenQueryInput): Promise<BurdenRow[]> {
  return runReportQuery(db, burdenQuery(actor, input).$castTo<BurdenRow>());
}

/**
 * The burden rows, their conversion audit, their sums per status and the valuation ranges' sums,
 * from one pass over the ledger.
 */
export async function burdenRowsAndConversion(
  db: Database,
  actor: Actor,
  input: BurdenQueryInput,
): Promise<{
  rows: BurdenRow[];
  conversion: ConversionAuditRow[];
  stages: BurdenStatusRow[];
  ranges: BurdenRangeRow[];
}> {
  const parts = await runReportQuery(
    db,
    burdenQuery(actor, input, 'both').$castTo<{ part: string; row: string }>(),
  );
  // JSON numbers: the counts come back as numbers, not bigint (the callers read them with Number()).
  const of = <T>(part: string) => parts.filter((p) => p.part === part).map((p) => JSON.parse(p.row) as T);
  return {
    rows: of<BurdenRow>('sums'),
    conversion: of<ConversionAuditRow>('conversion'),
    stages: of<BurdenStatusRow>('stages'),
    ranges: of<BurdenRangeRow>('ranges'),
  };
}
