/**
 * The decisions on a candidate claim: accept it (optionally edited) as a new ledger record,
 * merge it into an existing commitment as further evidence, or reject it. Each is audited.
 */
import { mayWrite, requirePermission } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import type { Fact } from '../../extract/types.ts';
import { appendAudit } from '../../store/audit.ts';
import type { Queryable } from '../../store/database.ts';
import { candidates, type CandidateRow } from '../../store/repositories/candidates.ts';
import { sources } from '../../store/repositories/sources.ts';
import { claimInput } from '../claims/claim.types.ts';
import { insertClaim } from '../claims/create-claim.ts';
import { commitmentInput, type CommitmentInput } from '../commitments/commitment.types.ts';
import { insertCommitment } from '../commitments/create-commitment.ts';
import { loadCommitment } from '../commitments/get-commitment.ts';
import { applyCommitmentUpdate } from '../commitments/update-commitment.ts';
import type { AppContext } from '../context.ts';
import { insertMeeting } from '../meetings/create-meeting.ts';
import { meetingInput } from '../meetings/meeting.types.ts';

export interface CandidateView {
  id: string;
  source_id: string;
  status: CandidateRow['status'];
  fact: Fact;
  /** How sure the extractor was, 0 to 1. */
  confidence: number;
  /** Why the extractor proposed the fact: its rule and trigger words; null for facts queued before cues were kept. */
  cue: string | null;
  /** The words of the source that support the fact. */
  evidence_text: string | null;
  proposed_merge: string | null;
  conflicts: unknown[];
  decision_note: string | null;
  decided_by: string | null;
  result: string | null;
}

async function sourceBody(
  db: Queryable,
  id: string,
): Promise<{ body: string | null; published_on: string | null; url: string | null }> {
  return (await sources.body(db, id)) ?? { body: null, published_on: null, url: null };
}

/** The fields of a fact in the order `ramstein extract` prints them (the store keeps JSON in its own order). */
const factFields: readonly (keyof Fact)[] = [
  'doc',
  'type',
  'donor',
  'recipient',
  'supplier',
  'mode',
  'item',
  'category',
  'quantity',
  'money',
  'money_alt',
  'date',
  'place',
  'country',
  'participants',
  'kind',
  'value',
  'components',
  'previous',
  'status',
  'evidence',
  'mentions',
  'confidence',
  'cue',
];

const span = ({ start, end }: { start: number; end: number }) => ({ start, end });

function inPrintedOrder(fact: Fact): Fact {
  const ordered = Object.fromEntries(
    factFields.filter((f) => f in fact).map((f) => [f, fact[f]]),
  ) as unknown as Fact;
  return { ...ordered, evidence: span(fact.evidence), mentions: fact.mentions.map(span) };
}

function candidateView(row: CandidateRow, evidence: string | null): CandidateView {
  return {
    id: row.id,
    source_id: row.source_id,
    status: row.status,
    fact: inPrintedOrder(row.fact),
    confidence: row.fact.confidence,
    cue: row.fact.cue ?? null,
    evidence_text: evidence,
    proposed_merge: row.proposed_merge,
    conflicts: row.conflicts,
    decision_note: row.decision_note,
    decided_by: row.decided_by,
    result: row.result_type ? `${row.result_type}:${row.result_id}` : null,
  };
}

/** Views of candidates with the words of their evidence: one query for them all, no whole texts. */
async function toCandidateViews(db: Queryable, rows: readonly CandidateRow[]): Promise<CandidateView[]> {
  const evidence = await sources.spans(
    db,
    rows.map((r) => ({ source: r.source_id, start: r.fact.evidence.start, end: r.fact.evidence.end })),
  );
  return rows.map((row, i) => candidateView(row, evidence[i] ?? null));
}

export async function toCandidateView(db: Queryable, row: CandidateRow): Promise<CandidateView> {
  return (await toCandidateViews(db, [row]))[0]!;
}

export async function listCandidates(
  ctx: AppContext,
  filter: { status?: string; source?: string },
): Promise<CandidateView[]> {
  requirePermission(ctx.actor, 'review:write');
  return toCandidateViews(ctx.db, await candidates.list(ctx.db, ctx.actor, filter));
}

export async function getCandidate(ctx: AppContext, id: string): Promise<CandidateView> {
  requirePermission(ctx.actor, 'review:write');
  const row = await candidates.get(ctx.db, ctx.actor, id);
  if (!row) throw new AppError('not_found', `no candidate ${id}`);
  return toCandidateView(ctx.db, row);
}

const confidenceLabel = (c: number) => (c >= 0.8 ? 'high' : c >= 0.5 ? 'medium' : 'low');
const day = (fact: Fact) => (fact.date?.granularity === 'day' ? fact.date.value : null);

/** A commitment as the extracted fact states it; fields the fact lacks must come from the edits. */
export function commitmentFromFact(
  fact: Fact,
  sourceId: string,
  published: string | null,
): Partial<CommitmentInput> {
  return {
    donor: fact.donor ?? undefined,
    recipient: fact.recipient ?? undefined,
    mode: fact.mode,
    supplier_party: fact.supplier,
    items:
      fact.item || fact.category
        ? [
            {
              equipment: fact.item,
              category: fact.category,
              quantity: fact.quantity?.value ?? null,
              quantity_qualifier: fact.quantity?.qualifier ?? null,
            },
          ]
        : [],
    money: fact.money?.currency
      ? {
          amount: fact.money.amount === null ? null : String(fact.money.amount),
          currency: fact.money.currency,
          qualifier: fact.money.qualifier,
        }
      : null,
    money_alt: fact.money_alt
      .filter((m) => m.currency)
      .map((m) => ({
        amount: m.amount === null ? null : String(m.amount),
        currency: m.currency!,
        qualifier: m.qualifier,
      })),
    announced_on: day(fact) ?? published,
    sources: [{ id: sourceId, evidence: fact.evidence }],
    confidence: confidenceLabel(fact.confidence),
  };
}

async function decide(
  ctx: AppContext,
  id: string,
  work: (
    tx: Queryable,
    row: CandidateRow,
  ) => Promise<{
    status: CandidateRow['status'];
    note: string | null;
    resultType: string | null;
    resultId: string | null;
  }>,
): Promise<CandidateView> {
  requirePermission(ctx.actor, 'review:write');
  return ctx.db.transaction((tx) => decideIn(ctx, tx, id, work));
}

async function decideIn(
  ctx: AppContext,
  tx: Queryable,
  id: string,
  work: Parameters<typeof decide>[2],
): Promise<CandidateView> {
  {
    const row = await candidates.get(tx, ctx.actor, id, true);
    if (!row) throw new AppError('not_found', `no candidate ${id}`);
    if (row.status !== 'pending')
      throw new AppError('conflict', `candidate ${id} was already ${row.status} by ${row.decided_by}`);
    const decision = await work(tx, row);
    if (!(await candidates.decide(tx, ctx.actor, id, { ...decision, by: ctx.actor.id, at: ctx.clock.now() })))
      throw new AppError('not_found', `no candidate ${id}`);
    const after = (await candidates.get(tx, ctx.actor, id))!;
    await appendAudit(
      tx,
      {
        actor: ctx.actor.id,
        action: `candidate.${decision.status === 'accepted' ? 'accept' : decision.status === 'merged' ? 'merge' : 'reject'}`,
        recordType: 'candidate',
        recordId: id,
        before: { status: row.status },
        after: { status: after.status, result: decision.resultId, note: decision.note },
        requestId: ctx.requestId,
      },
      ctx.clock.now(),
    );
    return toCandidateView(tx, after);
  }
}

/**
 * Running the review queue is an analyst's job (review:write): the records a decision writes are
 * written on the queue's authority, and audited under the reviewer's name. What the queue writes
 * is shared with the coalition at most; restricted records stay with the nations and coordinators.
 */
function onQueueAuthority(ctx: AppContext, edits: Record<string, unknown> = {}): AppContext {
  if (ctx.actor.role !== 'analyst') return ctx;
  if (edits.visibility === 'restricted') {
    throw new AppError('forbidden', 'visibility: the review queue records public or coalition records only');
  }
  return { ...ctx, actor: { ...ctx.actor, role: 'coordinator' } };
}

/** Accepts the fact as a new record: a commitment, a claim (reported total) or a meeting. `edits` override the extracted fields. */
export async function acceptCandidate(
  reviewer: AppContext,
  id: string,
  edits: Record<string, unknown> = {},
): Promise<CandidateView> {
  const ctx = onQueueAuthority(reviewer, edits);
  return decide(reviewer, id, async (tx, row) => {
    const { fact } = row;
    const { published_on, url } = await sourceBody(tx, row.source_id);
    const evidence = [{ id: row.source_id, evidence: fact.evidence }];
    if (fact.type === 'commitment') {
      const parsed = commitmentInput.safeParse({
        ...commitmentFromFact(fact, row.source_id, published_on),
        ...edits,
      });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const field = issue.path.join('.');
        throw new AppError('invalid_input', `${field}: ${issue.message} (give it in the edits)`, {
          issues: [{ field, message: issue.message }],
        });
      }
      const created = await insertCommitment(ctx, tx, parsed.data);
      return { status: 'accepted', note: null, resultType: 'commitment', resultId: created.id };
    }
    if (fact.type === 'total') {
      const input = claimInput.parse({
        subject: `Reported total${fact.donor ? ` of ${fact.donor}` : ''}${fact.recipient ? ` to ${fact.recipient}` : ''}`,
        party: fact.donor,
        measure: 'unspecified',
        amount: fact.money?.amount ?? null,
        currency: fact.money?.currency ?? null,
        qualifier: fact.money?.qualifier ?? null,
        as_of: day(fact) ?? published_on,
        claimed_by: url,
        sources: evidence,
        ...edits,
      });
      const created = await insertClaim(ctx, tx, input);
      return { status: 'accepted', note: null, resultType: 'claim', resultId: created.id };
    }
    if (fact.type === 'meeting') {
      const input = meetingInput.parse({
        kind: fact.kind ?? 'conference',
        date: day(fact) ?? published_on,
        place: fact.place,
        country: fact.country,
        parties: fact.participants,
        sources: evidence,
        ...edits,
      });
      const created = await insertMeeting(ctx, tx, input);
      return { status: 'accepted', note: null, resultType: 'meeting', resultId: created.id };
    }
    throw new AppError(
      'invalid_input',
      `a ${fact.type} is not a ledger record: reject it, or note it elsewhere`,
    );
  });
}

/**
 * Adds the candidate's evidence to an existing commitment, filling in figures the commitment lacks.
 * Merging changes that commitment, so it needs the right to write it: a reviewer without it (an
 * analyst) leaves the candidate pending with the merge proposed, for the record's keepers to decide.
 */
export async function mergeCandidate(
  reviewer: AppContext,
  id: string,
  commitmentId: string,
): Promise<CandidateView> {
  requirePermission(reviewer.actor, 'review:write');
  return reviewer.db.transaction(async (tx) => {
    // The reviewer's own view: a commitment they cannot see is absent, whoever owns the queue.
    const target = await loadCommitment(reviewer, tx, commitmentId);
    if (!mayWrite(reviewer.actor, { owner: target.owner_party, speaksFor: [target.donor] })) {
      return proposeMerge(reviewer, tx, id, commitmentId);
    }
    return decideIn(reviewer, tx, id, async (tx, row) => {
      if (row.fact.type !== 'commitment')
        throw new AppError('invalid_input', 'only a commitment can be merged into a commitment');
      const sources = [
        ...target.sources.map((s) =>
          s.url
            ? { url: s.url, ...(s.evidence ? { evidence: s.evidence } : {}) }
            : { id: s.id, ...(s.evidence ? { evidence: s.evidence } : {}) },
        ),
        { id: row.source_id, evidence: row.fact.evidence },
      ];
      const fromFact = commitmentFromFact(row.fact, row.source_id, null);
      await applyCommitmentUpdate(reviewer, tx, {
        id: commitmentId,
        patch: {
          version: target.version,
          sources,
          ...(target.money === null && fromFact.money ? { money: fromFact.money } : {}),
        },
      });
      return { status: 'merged', note: null, resultType: 'commitment', resultId: commitmentId };
    });
  });
}

/** The merge as a proposal: the candidate stays pending, naming the commitment it should join. */
async function proposeMerge(
  ctx: AppContext,
  tx: Queryable,
  id: string,
  commitmentId: string,
): Promise<CandidateView> {
  const row = await candidates.get(tx, ctx.actor, id, true);
  if (!row) throw new AppError('not_found', `no candidate ${id}`);
  if (row.status !== 'pending')
    throw new AppError('conflict', `candidate ${id} was already ${row.status} by ${row.decided_by}`);
  if (row.fact.type !== 'commitment')
    throw new AppError('invalid_input', 'only a commitment can be merged into a commitment');
  if (!(await candidates.proposeMerge(tx, ctx.actor, id, commitmentId)))
    throw new AppError('not_found', `no candidate ${id}`);
  await appendAudit(
    tx,
    {
      actor: ctx.actor.id,
      action: 'candidate.propose_merge',
      recordType: 'candidate',
      recordId: id,
      before: { proposed_merge: row.proposed_merge },
      after: { proposed_merge: commitmentId },
      requestId: ctx.requestId,
    },
    ctx.clock.now(),
  );
  return toCandidateView(tx, (await candidates.get(tx, ctx.actor, id))!);
}

export function rejectCandidate(ctx: AppContext, id: string, reason: string | null): Promise<CandidateView> {
  return decide(ctx, id, async () => ({
    status: 'rejected',
    note: reason,
    resultType: null,
    resultId: null,
  }));
}
