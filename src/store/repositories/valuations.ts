/**
 * Commitments valued in EUR (or another report currency) on every valuation basis: the recorded money and, per line, the
 * catalogue's indicative value × quantity and the donor's declared value, each converted at the
 * commitment's value date (declared values at their own date) by the rule of conversion.sql.ts.
 * The edition-implied (Kiel) values come from a data file (valuation-files.ts).
 */
import type { Actor } from '../../domain/access/actor.ts';
import { visibleToSql } from '../visibility.ts';
import type { ConversionAuditRow } from '../../domain/money/conversion-summary.ts';
import { conversionAuditSelect, minorUnitParams, minorUnitsCte, rateCte } from '../reports/conversion.sql.ts';
import type { Database, Queryable } from '../database.ts';
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
   * Only commitments with a line that some basis other than `record` can value: a catalogue
   * item with an indicative value, one of `kielEquipment`, or a declared value. The others are
   * worth the same on every basis, so a range around a total computed elsewhere needs none of them.
   */
  estimable?: { kielEquipment: readonly string[] };
  /** Only these commitments. */
  ids?: readonly string[];
}

/** The conditions of `scope` on `commitments c`, its parameters appended to `params`. */
export function valuationScopeSql(actor: Actor, scope: ValuationScope, params: unknown[]): string {
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const conditions = [
    `c.mode IS DISTINCT FROM 'sale'`,
    `c.replenishes IS NULL`,
    `c.donor <> c.recipient`,
    `(${p(scope.asOf)}::date IS NULL OR c.announced_on <= $${params.length}::date)`,
  ];
  if (scope.atMeetings) conditions.push('c.meeting_id IS NOT NULL');
  if (scope.meetingId) conditions.push(`c.meeting_id = ${p(scope.meetingId)}::text`);
  if (scope.recipient) conditions.push(`c.recipient = ${p(scope.recipient)}::text`);
  if (scope.from) conditions.push(`c.announced_on >= ${p(scope.from)}::date`);
  if (scope.to) conditions.push(`c.announced_on <= ${p(scope.to)}::date`);
  if (scope.ids) conditions.push(`c.id = ANY(${p(scope.ids)}::text[])`);
  if (scope.year)
    conditions.push(`extract(year FROM coalesce(c.announced_on, c.money_value_date)) = ${p(scope.year)}`);
  if (scope.estimable) {
    conditions.push(`EXISTS (SELECT 1 FROM commitment_lines l LEFT JOIN equipment_types et ON et.id = l.equipment_id
       WHERE l.commitment_id = c.id
         AND ((l.quantity IS NOT NULL AND (et.indicative_value_minor IS NOT NULL OR l.equipment_id = ANY(${p([...scope.estimable.kielEquipment])}::text[])))
              OR EXISTS (SELECT 1 FROM declared_line_values dv WHERE dv.commitment_id = l.commitment_id AND dv.line_no = l.line_no)))`);
  }
  const vis = visibleToSql(actor, 'c', params.length + 1);
  params.push(...vis.params);
  conditions.push(vis.sql);
  return conditions.join(' AND ');
}

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
    const [codes, places] = minorUnitParams();
    const params: unknown[] = [codes, places];
    const where = valuationScopeSql(actor, scope, params);
    let shares = '';
    if (packageYear !== null) {
      params.push(packageYear, scope.asOf);
      const year = `$${params.length - 1}`;
      const asOf = `$${params.length}`;
      const vis = visibleToSql(actor, 'p', params.length + 1);
      params.push(...vis.params);
      shares = `
  UNION ALL
  SELECT 'package:' || p.id || ':' || f.position, f.party, f.amount_minor, f.currency, p.announced_on
    FROM package_funders f JOIN packages p ON p.id = f.package_id
   WHERE f.commitment_id IS NULL AND f.amount_minor IS NOT NULL AND p.mechanism = 'PURL'
     AND extract(year FROM p.announced_on) = ${year}
     AND (${asOf}::date IS NULL OR p.announced_on <= ${asOf}::date) AND ${vis.sql}`;
    }
    const sql = `
WITH ${minorUnitsCte('$1', '$2')},
scope AS MATERIALIZED (
  SELECT c.id, c.donor, c.money_minor, c.money_currency,
         coalesce(c.money_value_date, c.announced_on) AS value_date
    FROM commitments c WHERE ${where}
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
${rateCte('fx', 'valued', `'EUR'::char(3)`)}
${conversionAuditSelect('valued', 'fx', `'EUR'::char(3)`)}`;
    return runReportQuery<ConversionAuditRow>(db, sql, params, { setWide: !scope.ids });
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
    const [codes, places] = minorUnitParams();
    const params: unknown[] = [codes, places, year, asOf];
    const vis = visibleToSql(actor, 'p', params.length + 1);
    params.push(...vis.params);
    return db.query<PackageShareRow>(
      `
WITH ${minorUnitsCte('$1', '$2')},
shares AS (
  SELECT 'package:' || p.id || ':' || f.position AS id, f.party AS donor, f.amount_minor,
         f.currency, p.announced_on AS value_date
    FROM package_funders f JOIN packages p ON p.id = f.package_id
   WHERE f.commitment_id IS NULL AND f.amount_minor IS NOT NULL AND p.mechanism = 'PURL'
     AND extract(year FROM p.announced_on) = $3
     AND ($4::date IS NULL OR p.announced_on <= $4::date) AND ${vis.sql}
),
${rateCte('fx', 'shares', `'EUR'::char(3)`)}
SELECT s.id, s.donor, round_half_even_ratio(s.amount_minor::numeric * fx.num_factor, fx.den_factor)::text AS value_eur
  FROM shares s LEFT JOIN fx ON fx.currency = s.currency AND fx.value_date = s.value_date
 ORDER BY s.id`,
      params,
    );
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
    const [codes, places] = minorUnitParams();
    const params: unknown[] = [codes, places, currency, [...kielEquipment]];
    const where = valuationScopeSql(actor, scope, params);
    const sql = `
WITH ${minorUnitsCte('$1', '$2')},
scope AS MATERIALIZED (
  SELECT c.id, c.donor, c.meeting_id, c.announced_on, c.money_minor, c.money_currency,
         coalesce(c.money_value_date, c.announced_on) AS value_date,
         extract(year FROM coalesce(c.announced_on, c.money_value_date))::int AS year
    FROM commitments c WHERE ${where}
),
lines AS MATERIALIZED (
  SELECT l.commitment_id, l.line_no, l.equipment_id, l.quantity, s.value_date,
         et.indicative_value_minor * l.quantity AS catalogue_amount, et.indicative_value_currency AS catalogue_currency,
         dv.amount_minor AS declared_amount, dv.currency AS declared_currency,
         coalesce(dv.value_date, s.value_date) AS declared_date
    FROM commitment_lines l JOIN scope s ON s.id = l.commitment_id
    LEFT JOIN equipment_types et ON et.id = l.equipment_id AND l.quantity IS NOT NULL
    LEFT JOIN declared_line_values dv ON dv.commitment_id = l.commitment_id AND dv.line_no = l.line_no
   WHERE et.indicative_value_minor IS NOT NULL OR dv.amount_minor IS NOT NULL
      OR (l.quantity IS NOT NULL AND l.equipment_id = ANY($4::text[]))
),
pairs AS (
  SELECT money_currency AS currency, value_date FROM scope
  UNION SELECT 'EUR', value_date FROM scope
  UNION SELECT catalogue_currency, value_date FROM lines
  UNION SELECT declared_currency, declared_date FROM lines
),
${rateCte('fx', 'pairs', `$3::char(3)`)},
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
    const rows = await runReportQuery<
      ValuedCommitmentRow & Omit<ValuedLineRow, 'commitment_id'> & { kind: 'c' | 'l' }
    >(db, sql, params, { setWide: !scope.ids });
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
