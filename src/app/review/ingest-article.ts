/**
 * Ingests an article: stores it as a source (its text and SHA-256, so the same text is
 * recognised a second time), extracts its facts and queues each as a candidate claim, with the
 * commitment it seems to repeat and any recorded figure it contradicts.
 */
import { createHash } from 'node:crypto';
import { requirePermission } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import type { EquipmentEntry, Fact, Lang } from '../../extract/types.ts';
import { appendAudit } from '../../store/audit.ts';
import type { Queryable } from '../../store/database.ts';
import { candidates } from '../../store/repositories/candidates.ts';
import { equipment } from '../../store/repositories/equipment.ts';
import { isWebUrl, sources } from '../../store/repositories/sources.ts';
import type { AppContext } from '../context.ts';
import { listCommitments } from '../commitments/list-commitments.ts';
import { findConflicts, findMatch, type LedgerCommitment } from './candidate-matching.ts';

export interface IngestInput {
  text: string;
  /** Where the text came from: a URL, or a file name. */
  url?: string | null;
  title?: string | null;
  publisher?: string | null;
  published?: string | null;
  lang?: Lang | 'auto';
}

export interface IngestResult {
  source_id: string;
  /** True when this very text had been ingested before: nothing new was queued. */
  recognised: boolean;
  language: string;
  candidates: string[];
}

export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

/** The catalogue the extractor should know: everything in the ledger's equipment table. */
export async function ledgerCatalogue(db: Queryable): Promise<EquipmentEntry[]> {
  const rows = await equipment.catalogue(db);
  return rows.map((r) => ({
    id: r.id,
    category: r.category,
    aliases: { ...r.aliases, en: [...(r.aliases.en ?? []), r.id] },
  }));
}

async function ledgerCommitments(ctx: AppContext, donors: string[]): Promise<LedgerCommitment[]> {
  const found: LedgerCommitment[] = [];
  for (const donor of new Set(donors)) {
    const page = await listCommitments(ctx, { donor, sort: '-announced_on', limit: 1000, offset: 0 });
    found.push(
      ...page.items.map((c) => ({
        id: c.id,
        donor: c.donor,
        recipient: c.recipient,
        announced_on: c.announced_on,
        items: c.items,
        money: c.money,
      })),
    );
  }
  return found;
}

/**
 * `progress` is told the steps done, of how many: the source stored, then each candidate queued
 * (a text ingested before is one step, done).
 */
export async function ingestArticle(
  ctx: AppContext,
  input: IngestInput,
  progress: (done: number, total: number) => void = () => undefined,
): Promise<IngestResult> {
  requirePermission(ctx.actor, 'review:write');
  if (input.url && !isWebUrl(input.url))
    throw new AppError('invalid_input', 'url: expected an http(s) URL', {
      issues: [{ field: 'url', message: 'expected an http(s) URL' }],
    });
  if (Buffer.byteLength(input.text) > MAX_ARTICLE_BYTES)
    throw new AppError('invalid_input', 'text: larger than 10 MB');
  if (!input.text.trim())
    throw new AppError('invalid_input', 'text: the article is empty', {
      issues: [{ field: 'text', message: 'empty' }],
    });
  const sha = createHash('sha256').update(input.text).digest('hex');
  const known = await sources.byBodyHash(ctx.db, sha);
  if (known) {
    const queued = await candidates.list(ctx.db, ctx.actor, { source: known.id });
    progress(1, 1);
    return {
      source_id: known.id,
      recognised: true,
      language: known.language ?? 'unknown',
      candidates: queued.map((c) => c.id),
    };
  }
  const catalogue = await ledgerCatalogue(ctx.db);
  // The extractor (its lexicons are built as it loads) is loaded by the first ingestion, not at start.
  const { extract, readArticle } = await import('../../extract/extract.ts');
  const facts: Fact[] = extract(input.text, {
    doc: input.url ?? '',
    published: input.published ?? null,
    lang: input.lang ?? 'auto',
    catalogue,
  });
  const language = input.lang && input.lang !== 'auto' ? input.lang : readArticle(input.text).lang;
  const ledger = await ledgerCommitments(
    ctx,
    facts.flatMap((f) => (f.type === 'commitment' && f.donor ? [f.donor] : [])),
  );
  const ids: string[] = [];
  const total = 1 + facts.length;
  progress(0, total);
  const sourceId = await ctx.db.transaction(async (tx) => {
    const storedId = await sources.storeIngested(tx, {
      url: input.url ?? null,
      publisher: input.publisher ?? null,
      language,
      published_on: input.published ?? null,
      title: input.title ?? null,
      body: input.text,
      body_sha256: sha,
    });
    progress(1, total);
    for (const [position, fact] of facts.entries()) {
      const match = findMatch(fact, input.published ?? null, ledger);
      const id = `cand-${storedId.replace(/^src-/, '').slice(0, 10)}-${position + 1}`;
      await candidates.insert(tx, {
        id,
        source_id: storedId,
        position,
        fact,
        proposed_merge: match?.id ?? null,
        conflicts: match ? findConflicts(fact, match) : [],
        visibility: 'coalition',
        owner_party: ctx.actor.party,
      });
      ids.push(id);
      progress(1 + ids.length, total);
    }
    await appendAudit(
      tx,
      {
        actor: ctx.actor.id,
        action: 'source.ingest',
        recordType: 'source',
        recordId: storedId,
        before: null,
        after: { url: input.url ?? null, sha256: sha, candidates: ids },
        requestId: ctx.requestId,
      },
      ctx.clock.now(),
    );
    return storedId;
  });
  return { source_id: sourceId, recognised: false, language, candidates: ids };
}
