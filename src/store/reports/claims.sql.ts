/**
 * Every claim the caller may see, with its euro equivalent at its as-of date (the conversion of
 * the burden report, conversion.sql.ts) and the URLs of the sources it may see.
 */
import { sql, type RawBuilder } from 'kysely';
import { visibleTo } from '../visibility.ts';
import type { Actor } from '../../domain/access/actor.ts';
import type { ConversionAuditRow } from '../../domain/money/conversion-summary.ts';
import { conversionAuditSelect, currencySql, minorUnitsCte, rateCte } from './conversion.sql.ts';
import type { Database } from '../database.ts';
import { runReportQuery } from './run-report-query.ts';

export interface ClaimRow {
  id: string;
  subject: string;
  party: string | null;
  measure: string | null;
  amount_minor: string | null;
  currency: string | null;
  qualifier: string | null;
  as_of: string | null;
  claimed_by: string | null;
  amount_eur: string | null;
  sources: string[];
}

/** The claims query; with `audit`, the conversion audit of their amounts to EUR instead. */
export function claimsQuery(actor: Actor, audit = false): RawBuilder<unknown> {
  const eur = currencySql('EUR');
  const head = sql`
WITH ${minorUnitsCte()},
visible AS MATERIALIZED (
  SELECT c.id, c.subject, c.party, c.measure, c.amount_minor, c.currency, c.qualifier,
         c.as_of AS value_date, c.claimed_by
    FROM claims c WHERE ${visibleTo(actor, 'c')}
),
${rateCte('fx', sql.table('visible'), eur)}`;
  if (audit) {
    // A claim in EUR needs no rate, dated or not.
    const valued = sql`(SELECT id, party AS donor, amount_minor AS amount, currency, value_date FROM visible WHERE currency <> 'EUR')`;
    return sql`${head}\n${conversionAuditSelect(valued, 'fx', eur)}`;
  }
  return sql`${head}
SELECT v.id, v.subject, v.party, v.measure, v.amount_minor::text AS amount_minor,
       trim(v.currency) AS currency, v.qualifier, v.value_date::text AS as_of, v.claimed_by,
       CASE WHEN v.amount_minor IS NOT NULL AND v.currency = 'EUR' THEN v.amount_minor::text
            ELSE round_half_even_ratio(v.amount_minor::numeric * fx.num_factor, fx.den_factor)::text END AS amount_eur,
       coalesce((SELECT array_agg(s.url ORDER BY rs.position)
                   FROM record_sources rs JOIN sources s ON s.id = rs.source_id
                  WHERE rs.record_type = 'claim' AND rs.record_id = v.id AND s.url IS NOT NULL
                    AND ${visibleTo(actor, 's')}), '{}') AS sources
  FROM visible v
  LEFT JOIN fx ON fx.currency = v.currency AND fx.value_date = v.value_date
 ORDER BY v.id`;
}

/** The claims `actor` may see, with their euro equivalents and visible sources. */
export function claimRows(db: Database, actor: Actor): Promise<ClaimRow[]> {
  return runReportQuery(db, claimsQuery(actor).$castTo<ClaimRow>());
}

/** The conversion audit of the claims `actor` may see, to EUR. */
export function claimConversionRows(db: Database, actor: Actor): Promise<ConversionAuditRow[]> {
  return runReportQuery(db, claimsQuery(actor, true).$castTo<ConversionAuditRow>());
}
