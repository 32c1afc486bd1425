/**
 * Loads an ECB reference-rate file (the eurofxref-hist CSV, or the daily, 90-day or history XML
 * feed). Idempotent: rates already held are left alone, and a file that adds nothing writes
 * nothing, not even an audit event. Whatever it adds is audited as one event.
 */
import { createHash } from 'node:crypto';
import { requirePermission } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import { appendAudit } from '../../store/audit.ts';
import { parseEcbFile, type RateRow } from '../../store/reference/ecb.ts';
import { exchangeRates } from '../../store/repositories/exchange-rates.ts';
import type { AppContext } from '../context.ts';

export interface RateImport {
  file: string;
  sha256: string;
  rates_in_file: number;
  written: number;
  first_date: string | null;
  last_date: string | null;
  currencies: string[];
  status: 'imported' | 'unchanged';
}

export function parseRateFile(name: string, text: string): RateRow[] {
  try {
    const rows = parseEcbFile(text);
    if (rows.length === 0) throw new Error('no rates in it');
    return rows;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new AppError('invalid_input', `${name}: not an ECB reference-rate file (${reason})`);
  }
}

export async function importExchangeRates(
  ctx: AppContext,
  input: { name: string; text: string },
): Promise<RateImport> {
  requirePermission(ctx.actor, 'reference:write');
  const rows = parseRateFile(input.name, input.text);
  const sha256 = createHash('sha256').update(input.text).digest('hex');
  return ctx.db.transaction(async (tx) => {
    const written = await exchangeRates.merge(tx, rows);
    const dates = written.map((w) => w.date).sort();
    const result: RateImport = {
      file: input.name,
      sha256,
      rates_in_file: rows.length,
      written: written.length,
      first_date: dates[0] ?? null,
      last_date: dates.at(-1) ?? null,
      currencies: [...new Set(written.map((w) => w.currency))].sort(),
      status: written.length ? 'imported' : 'unchanged',
    };
    if (written.length) {
      await appendAudit(
        tx,
        {
          actor: ctx.actor.id,
          action: 'exchange_rates.import',
          recordType: 'exchange_rates',
          recordId: sha256,
          before: null,
          after: result,
          requestId: ctx.requestId,
        },
        ctx.clock.now(),
      );
    }
    return result;
  });
}

export interface RateStatus {
  currency: string;
  first: string;
  last: string;
  days: number;
}

/** The last rate date per currency: how current conversions can be. */
export async function exchangeRateStatus(ctx: AppContext): Promise<RateStatus[]> {
  requirePermission(ctx.actor, 'reference:read');
  return exchangeRates.coverage(ctx.db);
}
