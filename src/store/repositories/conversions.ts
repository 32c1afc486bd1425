/**
 * The conversion audit of the whole ledger `actor` may see (conversionAuditSelect): every amount
 * of a commitment, a pooled share and a claim, to EUR at its value date. Exports carry it, since
 * they give amounts in their own currencies and a reader converts them at ECB rates.
 */
import type { Actor } from '../../domain/access/actor.ts';
import { sql } from 'kysely';
import { visibleTo } from '../visibility.ts';
import type { ConversionAuditRow } from '../../domain/money/conversion-summary.ts';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';
import { conversionAuditSelect, currencySql, minorUnitsCte, rateCte } from '../reports/conversion.sql.ts';

export const conversions = {
  async ledgerAudit(db: Queryable, actor: Actor): Promise<ConversionAuditRow[]> {
    const eur = currencySql('EUR');
    const query = sql<ConversionAuditRow>`
WITH ${minorUnitsCte()},
valued AS (
  SELECT c.id, c.donor, c.money_minor::numeric AS amount, c.money_currency AS currency,
         coalesce(c.money_value_date, c.announced_on) AS value_date
    FROM commitments c WHERE c.money_minor IS NOT NULL AND ${visibleTo(actor, 'c')}
  UNION ALL
  SELECT 'package:' || p.id || ':' || f.position, f.party, f.amount_minor::numeric, f.currency, p.announced_on
    FROM package_funders f JOIN packages p ON p.id = f.package_id
   WHERE f.amount_minor IS NOT NULL AND ${visibleTo(actor, 'p')}
  UNION ALL
  SELECT k.id, k.party, k.amount_minor::numeric, k.currency, k.as_of
    FROM claims k WHERE k.amount_minor IS NOT NULL AND k.currency <> 'EUR' AND ${visibleTo(actor, 'k')}
),
${rateCte('fx', sql.table('valued'), eur)}
${conversionAuditSelect(sql.table('valued'), 'fx', eur)}`;
    return (await query.execute(kysely(db))).rows;
  },
};
