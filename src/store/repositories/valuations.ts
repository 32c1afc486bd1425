/**
 * Commitments valued in EUR (or another report currency) on every valuation basis: the recorded money and, per line, the
 * catalogue's indicative value × quantity and the donor's declared value, each converted at the
 * commitment's value date (declared values at their own date) by the rule of conversion.sql.ts.
 * The edition-implied (Kiel) values come from a data file (valuation-files.ts).
 */
import type { Actor } from '../../domain/access/actor.ts';
import { sql, type RawBuilder } from 'kysely';
import { visibleTo } from '../visibility.ts';
import type { ConversionAuditRow } from '../../domain/money/conversion-summary.ts';
import { conversionAuditSelect, currencySql, minorUnitsCte, rateCte } from '../reports/conversion.sql.ts';
import type { Database, Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';
import { runReportQuery } from '../reports/run-report-query.ts';

export interface ValuedCommitmentRow {
  id: string;
  donor: string;
  meeting_id: string | null;
  announced_on: string | null;
  year: number | null;
  /** Recorded money in the report currency (EUR unless asked otherwise). */
  record_eur: string | null;
  vague: boolean;
  /** EUR → report currency at the commitment's value date, as num/den (null: no rate, or EUR). */
  eur_num: string | null;
  eur_den: string | null;
}

export interface ValuedLineRow {
  commitment_id: string;
  line_no: number;
  equipment_id: string | null;
  quantity: string | null;
  catalogue_eur: string | null;
  declared_eur: string | null;
}

export interface ValuationScope {
  /** Only commitments announced at a meeting held on or before the as-of date. */
  atMeetings?: boolean;
  meetingId?: string | null;
  year?: number | null;
  recipient?: string | null;
  /** Announced on or after / on or before (the burden report's period). */
  from?: string | null;
  to?: string | null;
  asOf: string | null;
  /**
   * Only commitments with a line that some basis other than `record` can value (a line that
   * valuations.commitments values: a catalogue item with an indicative value, a quantity of
   * Kiel-valued equipment, or a declared value). The others are worth the same on every basis,
   * so a range around a total computed elsewhere needs none of them.
   */
  estimable?: boolean;
  /** Only these commitments. */
  ids?: readonly string[];
}

/** The conditions of `scope` on `commitments c`. */
export function valuationScopeSql(actor: Actor, scope: ValuationScope): RawBuilder<boolean> {
  const asOf = sql`${scope.asOf}::date`;
  const conditions: RawBuilder<unknown>[] = [
    sql`c.mode IS DISTINCT FROM 'sale'`,
    sql`c.replenishes IS NULL`,
    sql`c.donor <> c.recipient`,
    sql`(${asOf} IS NULL OR c.announced_on <= ${asOf})`,
  ];
  if (scope.atMeetings) conditions.push(sql`c.meeting_id IS NOT NULL`);
  if (scope.meetingId) conditions.push(sql`c.meeting_id = ${scope.meetingId}::text`);
  if (scope.recipient) conditions.push(sql`c.recipient = ${scope.recipient}::text`);
  if (scope.from) conditions.push(sql`c.announced_on >= ${scope.from}::date`);
  if (scope.to) conditions.push(sql`c.announced_on <= ${scope.to}::date`);
  if (scope.ids) conditions.push(sql`c.id = ANY(${[...scope.ids]}::text[])`);
  if (scope.year)
    conditions.push(sql`extract(year FROM coalesce(c.announced_on, c.money_value_date)) = ${scope.year}`);
  conditions.push(visibleTo(actor, 'c'));
  return sql<boolean>`${sql.join(conditions, sql` AND `)}`;
}

/** Pooled shares not linked to a commitment, announced in `year` and by `asOf`, that `actor` may see. */
const packageSharesOf = (actor: Actor, year: number, asOf: string | null) => {
  const known = sql`${asOf}::date`;
  return sql`f.commitment_id IS NULL AND f.amount_minor IS NOT NULL AND p.mechanism = 'PURL'
     AND extract(year FROM p.announced_on) = ${year}
     AND (${known} IS NULL OR p.announced_on <= ${known}) AND ${visibleTo(actor, 'p')}`;
};

export interface PackageShareRow {
  id: string;
  donor: string;
  value_eur: string | null;
}

export const valuations = {
  /**
   * The conversion audit (conversionAuditSelect) of every amount `commitments` converts in
   * `scope` (recorded money, catalogue values, declared values) and, with `packageYear`, of the
   * pooled shares `packageShares` converts: the last rate date used and each amount not converted.
   */
  async conversionAudit(
    db: Database,
    actor: Actor,
    scope: ValuationScope,
    packageYear: number | null = null,
  ): Promise<ConversionAuditRow[]> {
    const shares =
      packageYear === null
        ? sql``
        : sql`
  UNION ALL
  SELECT 'package:' || p.id || ':' || f.position, f.party, f.amount_minor, f.currency, p.announced_on
    FROM package_funders f JOIN packages p ON p.id = f.package_id
   WHERE ${packageSharesOf(actor, packageYear, scope.asOf)}`;
    const eur = currencySql('EUR');
    const query = sql<ConversionAuditRow>`
WITH ${minorUnitsCte()},
scope AS MATERIALIZED (
  SELECT c.id, c.donor, c.money_minor, c.money_currency,
         coalesce(c.money_value_date, c.announced_on) AS value_date
    FROM commitments c WHERE ${valuationScopeSql(actor, scope)}
),
valued AS (
  SELECT s.id, s.donor, s.money_minor::numeric AS amount, s.money_currency AS currency, s.value_date
    FROM scope s WHERE s.money_minor IS NOT NULL
  UNION ALL
  SELECT s.id || ' line ' || l.line_no || ' (catalogue value)', s.donor,
         et.indicative_value_minor * l.quantity, et.indicative_value_currency, s.value_date
    FROM commitment_lines l JOIN scope s ON s.id = l.commitment_id
    JOIN equipment_types et ON et.id = l.equipment_id
   WHERE l.quantity IS NOT NULL AND et.indicative_value_minor IS NOT NULL
  UNION ALL
  SELECT s.id || ' line ' || l.line_no || ' (declared value)', s.donor, dv.amount_minor, dv.currency,
         coalesce(dv.value_date, s.value_date)
    FROM declared_line_values dv JOIN commitment_lines l ON l.commitment_id = dv.commitment_id AND l.line_no = dv.line_no
    JOIN scope s ON s.id = l.commitment_id${shares}
),
${rateCte('fx', sql.table('valued'), eur)}
${conversionAuditSelect(sql.table('valued'), 'fx', eur)}`;
    return runReportQuery(db, query, { setWide: !scope.ids });
  },

  /**
   * Pooled shares not linked to a commitment, announced in `year`, converted to EUR at the
   * package's announcement date: they count for their funder (a linked share counts through its
   * commitment). PURL packages buy for Ukraine.
   */
  async packageShares(
    db: Queryable,
    actor: Actor,
    year: number,
    asOf: string | null,
  ): Promise<PackageShareRow[]> {
    const query = sql<PackageShareRow>`
WITH ${minorUnitsCte()},
shares AS (
  SELECT 'package:' || p.id || ':' || f.position AS id, f.party AS donor, f.amount_minor,
         f.currency, p.announced_on AS value_date
    FROM package_funders f JOIN packages p ON p.id = f.package_id
   WHERE ${packageSharesOf(actor, year, asOf)}
),
${rateCte('fx', sql.table('shares'), currencySql('EUR'))}
SELECT s.id, s.donor, round_half_even_ratio(s.amount_minor::numeric * fx.num_factor, fx.den_factor)::text AS value_eur
  FROM shares s LEFT JOIN fx ON fx.currency = s.currency AND fx.value_date = s.value_date
 ORDER BY s.id`;
    return (await query.execute(kysely(db))).rows;
  },

  /**
   * Amounts in EUR, or in `currency` (the burden report's USD), each at its value date. Only the
   * lines some basis can value: with a catalogue value, a declared value, or a quantity of one
   * of `kielEquipment` (what the Kiel basis values); any other line counts for nothing on every
   * basis (valuation.ts), and most lines of a large ledger are such lines.
   */
  async commitments(
    db: Database,
    actor: Actor,
    scope: ValuationScope,
    currency = 'EUR',
    kielEquipment: readonly string[] = [],
  ): Promise<{ commitments: ValuedCommitmentRow[]; lines: ValuedLineRow[] }> {
    const query = sql<ValuedCommitmentRow & Omit<ValuedLineRow, 'commitment_id'> & { kind: 'c' | 'l' }>`
WITH ${minorUnitsCte()},
in_scope AS MATERIALIZED (
  SELECT c.id, c.donor, c.meeting_id, c.announced_on, c.money_minor, c.money_currency,
         coalesce(c.money_value_date, c.announced_on) AS value_date,
         extract(year FROM coalesce(c.announced_on, c.money_value_date))::int AS year
    FROM commitments c WHERE ${valuationScopeSql(actor, scope)}
),
lines AS MATERIALIZED (
  SELECT l.commitment_id, l.line_no, l.equipment_id, l.quantity, s.value_date,
         et.indicative_value_minor * l.quantity AS catalogue_amount, et.indicative_value_currency AS catalogue_currency,
         dv.amount_minor AS declared_amount, dv.currency AS declared_currency,
         coalesce(dv.value_date, s.value_date) AS declared_date
    FROM commitment_lines l JOIN in_scope s ON s.id = l.commitment_id
    LEFT JOIN equipment_types et ON et.id = l.equipment_id AND l.quantity IS NOT NULL
    LEFT JOIN declared_line_values dv ON dv.commitment_id = l.commitment_id AND dv.line_no = l.line_no
   WHERE et.indicative_value_minor IS NOT NULL OR dv.amount_minor IS NOT NULL
      OR (l.quantity IS NOT NULL AND l.equipment_id = ANY(${[...kielEquipment]}::text[]))
),
-- The lines are read once: the estimable commitments are those with a line here.
scope AS MATERIALIZED (
  SELECT * FROM in_scope s
   WHERE ${scope.estimable ? sql`EXISTS (SELECT 1 FROM lines l WHERE l.commitment_id = s.id)` : sql`TRUE`}
),
pairs AS (
  SELECT money_currency AS currency, value_date FROM scope
  UNION SELECT 'EUR', value_date FROM scope
  UNION SELECT catalogue_currency, value_date FROM lines
  UNION SELECT declared_currency, declared_date FROM lines
),
${rateCte('fx', sql.table('pairs'), currencySql(currency))},
conv AS (SELECT currency, value_date, num_factor, den_factor FROM fx)
SELECT 'c' AS kind, s.id, s.donor, s.meeting_id, s.announced_on::text AS announced_on, s.year,
       round_half_even_ratio(s.money_minor::numeric * f.num_factor, f.den_factor)::text AS record_eur,
       (s.money_currency IS NOT NULL AND s.money_minor IS NULL) AS vague,
       fe.num_factor::text AS eur_num, fe.den_factor::text AS eur_den,
       NULL::int AS line_no, NULL::text AS equipment_id, NULL::text AS quantity,
       NULL::text AS catalogue_eur, NULL::text AS declared_eur
  FROM scope s LEFT JOIN conv f ON f.currency = s.money_currency AND f.value_date = s.value_date
  LEFT JOIN conv fe ON fe.currency = 'EUR' AND fe.value_date = s.value_date
UNION ALL
SELECT 'l', l.commitment_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, l.line_no, l.equipment_id, l.quantity::text,
       round_half_even_ratio(l.catalogue_amount::numeric * fc.num_factor, fc.den_factor)::text,
       round_half_even_ratio(l.declared_amount::numeric * fd.num_factor, fd.den_factor)::text
  FROM lines l
  LEFT JOIN conv fc ON fc.currency = l.catalogue_currency AND fc.value_date = l.value_date
  LEFT JOIN conv fd ON fd.currency = l.declared_currency AND fd.value_date = l.declared_date`;
    const rows = await runReportQuery(db, query, { setWide: !scope.ids });
    return {
      commitments: rows.filter((r) => r.kind === 'c'),
      lines: rows
        .filter((r) => r.kind === 'l')
        .map((r) => ({
          commitment_id: r.id,
          line_no: r.line_no,
          equipment_id: r.equipment_id,
          quantity: r.quantity,
          catalogue_eur: r.catalogue_eur,
          declared_eur: r.declared_eur,
        })),
    };
  },
};
