/** Aid value per month and mode of giving, committed and delivered, monthly and cumulative. */
import { requirePermission } from '../../domain/access/permissions.ts';
import { summariseConversion } from '../../domain/money/conversion-summary.ts';
import {
  shapeValueOverTime,
  valueOverTimeNotes,
  valueOverTimeRules,
} from '../../domain/reports/value-over-time.ts';
import { valueOverTime } from '../../store/reports/value-over-time.sql.ts';
import type { AppContext } from '../context.ts';
import { cachedReport } from './report-cache.ts';
import {
  valueOverTimeInput,
  type ValueOverTimeInput,
  type ValueOverTimeReport,
} from './value-over-time.types.ts';

export async function reportValueOverTime(
  ctx: AppContext,
  raw: ValueOverTimeInput = {},
): Promise<ValueOverTimeReport> {
  requirePermission(ctx.actor, 'reports:read');
  const input = valueOverTimeInput.parse(raw);
  const donors = input.donors ? [...new Set(input.donors.split(','))].sort() : null;
  return cachedReport(ctx, 'value-over-time', { ...input, donors }, async () => {
    const scope = { currency: input.currency, recipient: input.recipient, donors };
    const { rows, unsummed } = await valueOverTime.byMonthAndMode(ctx.db, ctx.actor, scope);
    const conversion = summariseConversion(
      input.currency,
      await valueOverTime.conversionRows(ctx.db, ctx.actor, scope),
    );
    const count = (reason: 'vague' | 'unvalued') => unsummed.find((u) => u.reason === reason)?.count ?? 0;
    const shaped = shapeValueOverTime(
      rows.map((r) => ({
        measure: r.measure,
        month: r.month,
        mode: r.mode,
        minor: r.value === null ? null : BigInt(r.value),
        valued: r.valued,
        unconvertible: r.unconvertible,
      })),
      { vague: count('vague'), unvalued: count('unvalued') },
      input.currency,
    );
    return {
      currency: input.currency,
      recipient: input.recipient,
      donors,
      ...shaped,
      rules: [...valueOverTimeRules],
      conversion,
      notes: valueOverTimeNotes(shaped),
    };
  });
}
