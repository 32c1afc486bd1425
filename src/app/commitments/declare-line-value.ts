/** Records a donor's declared value for an in-kind line: one of the valuation bases of the reports. */
import { requirePermission } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import { formatMajor, parseMoney } from '../../domain/money/money.ts';
import { appendAudit } from '../../store/audit.ts';
import { commitments } from '../../store/repositories/commitments.ts';
import { declaredValues, type DeclaredValueRow } from '../../store/repositories/declared-values.ts';
import type { AppContext } from '../context.ts';
import {
  declaredValueInput,
  type DeclaredValueInput,
  type DeclaredValueOutput,
} from './declared-value.types.ts';

function view(row: DeclaredValueRow): DeclaredValueOutput {
  return {
    commitment: row.commitment_id,
    line: row.line_no,
    amount: formatMajor({ amount: row.amount_minor, currency: row.currency }),
    amount_minor: row.amount_minor.toString(),
    currency: row.currency,
    value_date: row.value_date,
    declared_by: row.declared_by,
    source: row.source_url,
    version: row.version,
  };
}

export async function declareLineValue(
  ctx: AppContext,
  input: { id: string; value: DeclaredValueInput },
): Promise<DeclaredValueOutput> {
  requirePermission(ctx.actor, 'ledger:write');
  const value = declaredValueInput.parse(input.value);
  const money = parseMoney(value.amount, value.currency);
  return ctx.db.transaction(async (tx) => {
    const commitment = await commitments.get(tx, input.id, ctx.actor);
    if (!commitment) throw new AppError('not_found', `no commitment ${input.id}`);
    const onlyDonor = ctx.actor.role === 'representative' ? ctx.actor.party : null;
    if (onlyDonor !== null && commitment.donor !== onlyDonor)
      throw new AppError('forbidden', `only ${commitment.donor} declares the value of its own commitment`);
    const before = await declaredValues.get(tx, input.id, value.line);
    const written = await declaredValues.put(
      tx,
      {
        commitment_id: input.id,
        line_no: value.line,
        amount_minor: money.amount,
        currency: money.currency,
        value_date: value.value_date ?? null,
        source_url: value.source ?? null,
      },
      onlyDonor,
      ctx.clock.now(),
    );
    if (!written) throw new AppError('invalid_input', `commitment ${input.id} has no line ${value.line}`);
    const after = (await declaredValues.get(tx, input.id, value.line))!;
    await appendAudit(
      tx,
      {
        actor: ctx.actor.id,
        action: 'commitment.declared_value',
        recordType: 'commitment',
        recordId: input.id,
        before: before ? view(before) : null,
        after: view(after),
        requestId: ctx.requestId,
      },
      ctx.clock.now(),
    );
    return view(after);
  });
}
