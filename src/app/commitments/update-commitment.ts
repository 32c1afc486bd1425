import { requireWrite } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import { derivePipeline } from '../../domain/ledger/pipeline.ts';
import { appendAudit } from '../../store/audit.ts';
import type { Queryable } from '../../store/database.ts';
import { commitments } from '../../store/repositories/commitments.ts';
import { sources } from '../../store/repositories/sources.ts';
import type { AppContext } from '../context.ts';
import { sourceLinks } from '../ledger/source-links.ts';
import type { CommitmentOutput, CommitmentPatch } from './commitment.types.ts';
import type { CommitmentFields } from './commitment-row.ts';
import { toCommitmentRow } from './commitment-row.ts';
import { loadCommitment } from './get-commitment.ts';
import { toPipelineEvent } from './commitment-view.ts';

/** The stored commitment as input fields, so that a patch can be laid over it. */
export function asFields(view: CommitmentOutput): CommitmentFields {
  return {
    donor: view.donor,
    co_donors: view.co_donors,
    recipient: view.recipient,
    mode: view.mode,
    supplier: view.supplier,
    supplier_party: view.supplier_party,
    package: view.package,
    items: view.items.map((i) => ({
      equipment: i.equipment,
      category: i.category,
      quantity: i.quantity,
      quantity_qualifier: i.quantity_qualifier,
    })),
    money: view.money && {
      amount: view.money.amount,
      currency: view.money.currency,
      qualifier: view.money.qualifier,
      value_date: view.money.value_date ?? null,
    },
    money_alt: view.money_alt,
    announced_on: view.announced_on,
    announced_at: view.announced_at,
    replenishes: view.replenishes,
    note: view.note,
    confidence: view.confidence as CommitmentFields['confidence'],
    visibility: view.visibility as CommitmentFields['visibility'],
    owner_party: view.owner_party,
    sources: view.sources.map((s) => ({
      ...(s.url ? { url: s.url } : { id: s.id }),
      ...(s.evidence ? { evidence: s.evidence } : {}),
      ...(s.quote ? { quote: s.quote } : {}),
    })),
  };
}

/** Updates inside an open transaction when the patch's version is current (also used by import). */
export async function applyCommitmentUpdate(
  ctx: AppContext,
  tx: Queryable,
  input: { id: string; patch: CommitmentPatch },
): Promise<CommitmentOutput> {
  {
    const before = await loadCommitment(ctx, tx, input.id);
    requireWrite(ctx.actor, { owner: before.owner_party, speaksFor: [before.donor] });
    const { version, ...patch } = input.patch;
    if (before.version !== version) {
      throw new AppError(
        'version_conflict',
        `commitment ${input.id} changed since version ${version} (now ${before.version}); reload it`,
      );
    }
    const merged: CommitmentFields = { ...asFields(before), ...patch };
    const { row, lines } = await toCommitmentRow(tx, input.id, merged);
    requireWrite(ctx.actor, { owner: row.owner_party, speaksFor: [row.donor] });
    if (patch.items) await requireDeliveredFit(tx, input.id, lines);
    if (!(await commitments.update(tx, ctx.actor, row, version, ctx.clock.now()))) {
      throw new AppError(
        'version_conflict',
        `commitment ${input.id} changed since version ${version}; reload it`,
      );
    }
    if (patch.items) await commitments.replaceLines(tx, input.id, lines);
    if (patch.sources) await sources.link(tx, 'commitment', input.id, sourceLinks(patch.sources), ctx.actor);
    const after = await loadCommitment(ctx, tx, input.id);
    await appendAudit(
      tx,
      {
        actor: ctx.actor.id,
        action: 'commitment.update',
        recordType: 'commitment',
        recordId: input.id,
        before,
        after,
        requestId: ctx.requestId,
      },
      ctx.clock.now(),
    );
    return after;
  }
}

export function updateCommitment(
  ctx: AppContext,
  input: { id: string; patch: CommitmentPatch },
): Promise<CommitmentOutput> {
  return ctx.db.transaction((tx) => applyCommitmentUpdate(ctx, tx, input));
}

/** New lines must still hold what was delivered against them (pledge increases included). */
async function requireDeliveredFit(
  tx: Queryable,
  id: string,
  lines: { line_no: number; quantity: bigint | null }[],
) {
  const events = ((await commitments.events(tx, [id])).get(id) ?? []).map(toPipelineEvent);
  const state = derivePipeline(
    lines.map((l) => ({ lineNo: l.line_no, quantity: l.quantity })),
    events,
  );
  const orphan = events.find((e) => e.kind === 'delivery' && e.lineNo !== null && e.lineNo > lines.length);
  const short = state.lines.find((l) => l.committed !== null && l.delivered > l.committed);
  const line = orphan?.lineNo ?? short?.lineNo;
  if (line === undefined || line === null) return;
  const delivered = state.lines.find((l) => l.lineNo === line)?.delivered ?? orphan?.quantity ?? 0n;
  throw new AppError('invalid_input', `items: line ${line} already has ${delivered} delivered`, {
    issues: [{ field: `items.${line - 1}.quantity`, message: `at least ${delivered} delivered` }],
  });
}
