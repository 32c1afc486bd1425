/**
 * Imports a ledger document. Atomic: one transaction, and a single bad record imports nothing
 * and is named with its field. Idempotent: a record whose content is the same as when it was
 * last imported, or that means what is stored already (the export of an unchanged ledger, as
 * JSON, CSV or XLSX), is left alone: no write, no version bump, no audit event.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod';
import { idTaken, requirePermission } from '../../domain/access/permissions.ts';
import { visibilityRule } from '../../domain/access/visibility.ts';
import { AppError } from '../../domain/errors.ts';
import { appendAudit, canonicalJson } from '../../store/audit.ts';
import { commitments } from '../../store/repositories/commitments.ts';
import { ledgerImport } from '../../store/repositories/ledger-import.ts';
import { refreshStatisticsAfterBulkWrite } from '../../store/statistics.ts';
import type { Schema } from '../../store/schema.ts';
import type { CommitmentInput } from '../commitments/commitment.types.ts';
import { inputEvents } from '../commitments/create-commitment.ts';
import { loadCommitment } from '../commitments/get-commitment.ts';
import { addCommitmentEvent } from '../commitments/record-commitment-event.ts';
import { applyCommitmentUpdate } from '../commitments/update-commitment.ts';
import type { AppContext } from '../context.ts';
import { saveFunders } from '../packages/package-row.ts';
import type { PackageInput } from '../packages/package.types.ts';
import { importRequirementListIn } from '../requirements/import-requirement-list.ts';
import type { RequirementListInput } from '../requirements/requirement.types.ts';
import { createCommitmentsInBulk, createRecordsInBulk, type Placed } from './create-in-bulk.ts';
import { naming } from './import-errors.ts';
import { ledgerSections, type LedgerSectionName } from './ledger-sections.ts';
import { sectionSchemas, sections, type LedgerDocument, type Section } from './interchange.ts';
import { importEditionRecord, importMeetingRecord, importSource, type Outcome } from './import-sections.ts';
import type { EditionInput, MeetingRecordEntry, SourceRecordInput } from './section-inputs.ts';
import { isStored, storedRecords } from './stored-records.ts';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export type ImportResult = Record<Exclude<Section, 'replenishments'>, ImportCounts> & {
  replenishments: ImportCounts;
};

const replenishment = z
  .object({ commitment: z.string(), replenishes: z.string(), source: z.string().optional() })
  .strict();

const fingerprint = (raw: unknown) => createHash('sha256').update(canonicalJson(raw)).digest('hex');

/** New records are created this many at a time: progress shows between batches. */
const BATCH = 1000;
function batches<T>(records: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < records.length; start += BATCH) out.push(records.slice(start, start + BATCH));
  return out;
}

function where(section: string, index: number, raw: unknown) {
  const id =
    raw && typeof raw === 'object' && 'id' in raw ? ` (id ${String((raw as { id: unknown }).id)})` : '';
  return `${section}[${index}]${id}`;
}

/** Validates every record first, so that the first bad one is reported before anything is written. */
function parseDocument(doc: LedgerDocument) {
  const parsed: Partial<Record<Section, { raw: unknown; value: unknown; at: string }[]>> = {};
  for (const section of sections) {
    const records = doc[section] ?? [];
    const schema = section === 'replenishments' ? replenishment : sectionSchemas[section];
    parsed[section] = records.map((raw, index) => {
      const result = schema.safeParse(raw);
      if (!result.success) {
        const issue = result.error.issues[0]!;
        const field = issue.path.join('.') || '(record)';
        throw new AppError(
          'invalid_input',
          `${where(section, index, raw)}: ${field}: ${issue.message}; nothing was imported`,
          {
            issues: [{ field: `${section}.${index}.${field}`, message: issue.message }],
          },
        );
      }
      return { raw, value: result.data, at: where(section, index, raw) };
    });
  }
  return parsed;
}

export interface ImportOptions {
  /** Told how many records are done, of how many, as the import goes (and once at the end). */
  progress?: (done: number, total: number) => void;
}

export async function importLedger(
  ctx: AppContext,
  doc: LedgerDocument,
  options: ImportOptions = {},
): Promise<ImportResult> {
  requirePermission(ctx.actor, 'ledger:write');
  // A JSON document that names no kind of record (a package.json, `{}`) is not a ledger: saying
  // "imported 0 records" would hide the mistake.
  if (
    !doc ||
    typeof doc !== 'object' ||
    !Object.keys(doc).some((key) => (sections as readonly string[]).includes(key))
  )
    throw new AppError('invalid_input', `not a ledger: the document holds none of ${sections.join(', ')}`, {
      issues: [{ field: '(document)', message: `expected one or more of ${sections.join(', ')}` }],
    });
  const parsed = parseDocument(doc);
  const total = Object.values(parsed).reduce((n, records) => n + records.length, 0);
  const counts = () => ({ created: 0, updated: 0, unchanged: 0 });
  const result: ImportResult = {
    equipment: counts(),
    meetings: counts(),
    packages: counts(),
    commitments: counts(),
    claims: counts(),
    targets: counts(),
    replenishments: counts(),
    people: counts(),
    policy_events: counts(),
    requirements: counts(),
    sources: counts(),
    meeting_records: counts(),
    editions: counts(),
  };

  // Every record ends in exactly one of its section's counts.
  const tell = () =>
    options.progress?.(
      Object.values(result).reduce((n, c) => n + c.created + c.updated + c.unchanged, 0),
      total,
    );

  const imported = await ctx.db.transaction(async (tx) => {
    const each = async <I>(section: Section, work: (value: I) => Promise<Outcome>) => {
      for (const { value, at } of parsed[section] ?? []) {
        tell();
        result[section][await naming(at, () => work(value as I))]++;
      }
    };
    // Sources first: records may cite a stored source by its id alone.
    await each('sources', (v: SourceRecordInput) => importSource(ctx, tx, v));
    const stored = await storedRecords(ctx, tx);
    const unchangedPackages = new Set<string>();
    /** Records whose id is stored already (or came earlier in the document) are updated one by one. */
    const fresh = async <R extends Placed<{ id?: string | undefined }>>(
      kind: { type: string; table: keyof Schema },
      records: R[],
    ) => {
      const versions = await ledgerImport.versions(
        tx,
        kind.table,
        records.flatMap((r) => (r.input.id ? [r.input.id] : [])),
      );
      const seen = new Set<string>();
      const [created, existing] = [[] as R[], [] as R[]];
      for (const record of records) {
        const id = record.input.id;
        if (id && (versions.has(id) || seen.has(id))) existing.push(record);
        else created.push(record);
        if (id) seen.add(id);
      }
      const fingerprints = await ledgerImport.fingerprints(
        tx,
        kind.type,
        existing.map((r) => r.input.id!),
      );
      return { created, existing, fingerprints };
    };
    /**
     * A stored record the caller may not see is not theirs to update, nor to learn of: its id is
     * "not available", as for a create, whether or not the document holds it unchanged. (Records
     * the document itself created before are the caller's, and seen.)
     */
    const requireVisible = async (
      type: string,
      records: readonly Placed<{ id?: string | undefined }>[],
      visible: (id: string) => Promise<boolean>,
    ) => {
      if (visibilityRule(ctx.actor).sees === 'everything') return;
      for (const { input, at } of records) {
        const id = input.id!;
        await naming(at, async () => {
          if (!(await visible(id))) throw idTaken(type, id);
        });
      }
    };
    /** Remembers what each record was imported from, so that the same record next time is left alone. */
    const remember = async (
      type: string,
      records: readonly { raw: unknown; input: { id?: string | undefined } }[],
      known: Map<string, string>,
    ) => {
      const shas = new Map(
        records.flatMap((r) => (r.input.id ? [[r.input.id, fingerprint(r.raw)] as const] : [])),
      );
      await ledgerImport.rememberFingerprints(tx, type, shas);
      for (const [id, sha] of shas) known.set(id, sha);
    };

    const simple = async <I extends { id?: string | undefined }>(
      section: LedgerSectionName,
      prepare = (v: I) => v,
    ) => {
      const kind = ledgerSections[section];
      const pending: Placed<I>[] = [];
      for (const { raw, value, at } of parsed[section] ?? []) {
        const input = prepare(value as I);
        if (isStored(stored, section, input.id, value)) {
          if (section === 'packages') unchangedPackages.add(input.id!);
          result[section].unchanged++;
        } else pending.push({ raw, input, at });
      }
      tell();
      const { created, existing, fingerprints } = await fresh(kind, pending);
      for (const batch of batches(created)) {
        await createRecordsInBulk(ctx, tx, kind, batch);
        await remember(kind.type, batch, fingerprints);
        result[section].created += batch.length;
        tell();
      }
      await requireVisible(
        kind.type,
        existing,
        async (id) => (await kind.get(tx, ctx.actor, id)) !== undefined,
      );
      for (const { raw, input, at } of existing) {
        const id = input.id!;
        const sha = fingerprint(raw);
        if (fingerprints.get(id) === sha) {
          if (section === 'packages') unchangedPackages.add(id);
          result[section].unchanged++;
        } else {
          await naming(at, async () => {
            const [version] = (await ledgerImport.versions(tx, kind.table, [id])).values();
            await kind.update(ctx, tx, id, { ...input, version } as never);
          });
          await remember(kind.type, [{ raw, input }], fingerprints);
          result[section].updated++;
        }
        tell();
      }
    };

    await simple('equipment');
    await simple('meetings');
    // Funders name commitments that do not exist yet: they are linked once commitments are in.
    await simple('packages', (p: PackageInput) => ({
      ...p,
      funders: (p.funders ?? []).map((f) => ({ ...f, commitment_id: null })),
    }));

    const pendingCommitments: Placed<CommitmentInput>[] = [];
    for (const { raw, value, at } of parsed.commitments ?? []) {
      const input = value as CommitmentInput;
      if (isStored(stored, 'commitments', input.id, value)) result.commitments.unchanged++;
      else pendingCommitments.push({ raw, input, at });
    }
    tell();
    const commitmentsToWrite = await fresh({ type: 'commitment', table: 'commitments' }, pendingCommitments);
    for (const batch of batches(commitmentsToWrite.created)) {
      await createCommitmentsInBulk(ctx, tx, batch);
      await remember('commitment', batch, commitmentsToWrite.fingerprints);
      result.commitments.created += batch.length;
      tell();
    }
    await requireVisible(
      'commitment',
      commitmentsToWrite.existing,
      async (id) => (await commitments.get(tx, id, ctx.actor)) !== undefined,
    );
    for (const { raw, input, at } of commitmentsToWrite.existing) {
      const sha = fingerprint(raw);
      const id = input.id!;
      if (commitmentsToWrite.fingerprints.get(id) === sha) {
        result.commitments.unchanged++;
        tell();
        continue;
      }
      await naming(at, async () => {
        const [version] = (await ledgerImport.versions(tx, 'commitments', [id])).values();
        const { id: _id, events: _e, status_history: _h, ...fields } = input;
        await applyCommitmentUpdate(ctx, tx, { id, patch: { ...fields, version: version! } });
        const known = (await loadCommitment(ctx, tx, id)).events;
        for (const event of inputEvents(input)) {
          const same = known.some(
            (k) =>
              k.kind === event.kind &&
              k.status === (event.status ?? null) &&
              k.date === event.date &&
              k.quantity === (event.quantity ?? null),
          );
          if (!same) await addCommitmentEvent(tx, id, event, ctx.actor);
        }
      });
      await remember('commitment', [{ raw, input }], commitmentsToWrite.fingerprints);
      result.commitments.updated++;
      tell();
    }

    for (const { value, at } of parsed.packages ?? []) {
      const input = value as PackageInput;
      if (unchangedPackages.has(input.id!)) continue;
      if ((input.funders ?? []).some((f) => f.commitment_id))
        await naming(at, () => saveFunders(tx, input.id!, input.funders));
    }

    await simple('claims');
    await simple('targets');

    for (const { value, at } of parsed.replenishments ?? []) {
      tell();
      const link = value as z.infer<typeof replenishment>;
      await naming(at, async () => {
        const row = await commitments.replenishment(tx, link.commitment);
        if (!row) throw new AppError('invalid_input', `commitment: unknown commitment ${link.commitment}`);
        if (row.replenishes === link.replenishes) return void result.replenishments.unchanged++;
        await applyCommitmentUpdate(ctx, tx, {
          id: link.commitment,
          patch: { replenishes: link.replenishes, version: row.version },
        });
        result.replenishments.updated++;
      });
    }

    await simple('people');
    await simple('policy_events');
    for (const { value, at } of parsed.requirements ?? []) {
      tell();
      const outcome = await naming(at, () => importRequirementListIn(ctx, tx, value as RequirementListInput));
      result.requirements[outcome.created ? 'created' : outcome.new_edition ? 'updated' : 'unchanged']++;
    }
    await each('meeting_records', (v: MeetingRecordEntry) => importMeetingRecord(ctx, tx, v));
    await each('editions', (v: EditionInput) => importEditionRecord(ctx, tx, v));

    const changed = Object.values(result).reduce((n, c) => n + c.created + c.updated, 0);
    if (changed > 0) {
      await appendAudit(
        tx,
        {
          actor: ctx.actor.id,
          action: 'ledger.import',
          recordType: 'ledger',
          recordId: '*',
          before: null,
          after: result,
          requestId: ctx.requestId,
        },
        ctx.clock.now(),
      );
    }
    tell();
    return result;
  });
  // A large import leaves the planner's statistics describing the ledger as it was before.
  const changed = Object.values(imported).reduce((n, c) => n + c.created + c.updated, 0);
  await refreshStatisticsAfterBulkWrite(ctx.db, changed);
  return imported;
}
