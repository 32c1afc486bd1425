/** Links a commitment (or one of its lines) to a requirement, or removes the link; audited. */
import { requirePermission } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import { appendAudit } from '../../store/audit.ts';
import type { Queryable } from '../../store/database.ts';
import { commitments } from '../../store/repositories/commitments.ts';
import { requirementLists } from '../../store/repositories/requirements.ts';
import type { AppContext } from '../context.ts';
import { requireRecords } from '../ledger/references.ts';

export interface LinkInput {
  list: string;
  key: string;
  commitment: string;
  line?: number | null | undefined;
  quantity?: number | null | undefined;
  note?: string | null | undefined;
}

async function requireRequirement(tx: Queryable, list: string, key: string) {
  if (!(await requirementLists.hasRequirement(tx, list, key)))
    throw new AppError('not_found', `no requirement ${key} in list ${list}`);
}

/** Inside an open transaction; returns whether the link is new or changed. */
export async function saveLink(ctx: AppContext, tx: Queryable, input: LinkInput): Promise<boolean> {
  requirePermission(ctx.actor, 'ledger:write');
  await requireRequirement(tx, input.list, input.key);
  await requireRecords(tx, 'commitment', 'commitment', [input.commitment], ctx.actor);
  if (input.line) {
    const lines = (await commitments.lines(tx, [input.commitment])).get(input.commitment) ?? [];
    const line = lines.find((l) => l.line_no === input.line);
    if (!line)
      throw new AppError('invalid_input', `line: commitment ${input.commitment} has no line ${input.line}`);
  }
  const changed = await requirementLists.upsertLink(
    tx,
    {
      list_id: input.list,
      key: input.key,
      commitment_id: input.commitment,
      line_no: input.line ?? null,
      quantity: input.quantity === null || input.quantity === undefined ? null : BigInt(input.quantity),
      note: input.note ?? null,
    },
    ctx.actor.id,
  );
  if (changed) {
    await appendAudit(
      tx,
      {
        actor: ctx.actor.id,
        action: 'requirement.link',
        recordType: 'requirement_list',
        recordId: `${input.list}/${input.key}`,
        before: null,
        after: input,
        requestId: ctx.requestId,
      },
      ctx.clock.now(),
    );
  }
  return changed;
}

export function linkRequirement(ctx: AppContext, input: LinkInput): Promise<{ changed: boolean }> {
  requirePermission(ctx.actor, 'ledger:write');
  return ctx.db.transaction(async (tx) => {
    // The commitment named in the address: one the caller cannot see is as absent as a missing one.
    if (!(await commitments.get(tx, input.commitment, ctx.actor)))
      throw new AppError('not_found', `no commitment ${input.commitment}`);
    return { changed: await saveLink(ctx, tx, input) };
  });
}

export function unlinkRequirement(
  ctx: AppContext,
  input: { list: string; key: string; commitment: string },
): Promise<{ changed: boolean }> {
  requirePermission(ctx.actor, 'ledger:write');
  return ctx.db.transaction(async (tx) => {
    // Only links to a commitment the caller can see: a hidden one is as absent as a missing link.
    const visible = await commitments.get(tx, input.commitment, ctx.actor);
    if (!visible)
      throw new AppError('not_found', `no link from ${input.list}/${input.key} to ${input.commitment}`);
    const changed = await requirementLists.deleteLink(tx, input.list, input.key, input.commitment);
    if (!changed)
      throw new AppError('not_found', `no link from ${input.list}/${input.key} to ${input.commitment}`);
    await appendAudit(
      tx,
      {
        actor: ctx.actor.id,
        action: 'requirement.unlink',
        recordType: 'requirement_list',
        recordId: `${input.list}/${input.key}`,
        before: input,
        after: null,
        requestId: ctx.requestId,
      },
      ctx.clock.now(),
    );
    return { changed };
  });
}
