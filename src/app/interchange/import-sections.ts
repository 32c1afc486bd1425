/**
 * Import of the sections that are not records of the API's own shape: sources (before every
 * record that cites one by id), what was recorded at meetings, and editions of external data
 * sets. Each runs inside the import's transaction; each write is audited; a record that is
 * already stored as given is left alone.
 */
import type { AuditAction } from '../../domain/audit/actions.ts';
import { requirePermission, requireWrite } from '../../domain/access/permissions.ts';
import { canSee } from '../../domain/access/visibility.ts';
import { contentHash } from '../../domain/editions/kiel.ts';
import { AppError } from '../../domain/errors.ts';
import { parseMoney } from '../../domain/money/money.ts';
import { appendAudit, canonicalJson } from '../../store/audit.ts';
import type { Queryable } from '../../store/database.ts';
import { editions } from '../../store/repositories/editions.ts';
import { meetingRecords } from '../../store/repositories/meetings.ts';
import { sourceRecords } from '../../store/repositories/source-records.ts';
import { requireParties } from '../ledger/references.ts';
import { loadMeeting } from '../meetings/get-meeting.ts';
import type { AppContext } from '../context.ts';
import type { EditionInput, MeetingRecordEntry, SourceRecordInput } from './section-inputs.ts';

export type Outcome = 'created' | 'updated' | 'unchanged';

async function audit(
  ctx: AppContext,
  tx: Queryable,
  action: AuditAction,
  type: string,
  id: string,
  before: unknown,
  after: unknown,
) {
  await appendAudit(
    tx,
    { actor: ctx.actor.id, action, recordType: type, recordId: id, before, after, requestId: ctx.requestId },
    ctx.clock.now(),
  );
}

export async function importSource(
  ctx: AppContext,
  tx: Queryable,
  input: SourceRecordInput,
): Promise<Outcome> {
  const url = input.url ?? null;
  const text = input.text ?? null;
  const stored = await sourceRecords.find(tx, input.id, url);
  if (stored) {
    if (stored.id !== input.id)
      throw new AppError('conflict', `url: ${url} is stored already as source ${stored.id}`);
    if (stored.body !== null && !canSee(ctx.actor, stored))
      throw new AppError('conflict', `source id ${input.id} is not available: choose another`);
    if (text === null || stored.body === text) return 'unchanged';
    if (stored.body !== null)
      throw new AppError(
        'conflict',
        `text: source ${input.id} has another stored text; a source's text never changes`,
      );
    requireWrite(ctx.actor, { owner: stored.owner_party });
    await sourceRecords.setText(tx, input.id, text, ctx.clock.now());
    await audit(ctx, tx, 'source.text', 'source', input.id, { text: null }, { text_sha256: true });
    return 'updated';
  }
  if (url === null && text === null)
    throw new AppError(
      'invalid_input',
      'a source without a URL needs its text: export with --with-texts, or give the url',
    );
  const row = {
    id: input.id,
    url,
    publisher: input.publisher ?? null,
    language: input.language ?? null,
    published_on: input.published_on ?? null,
    title: input.title ?? null,
    visibility: input.visibility ?? (text === null ? 'public' : 'coalition'),
    owner_party: input.owner_party ?? null,
    body: text,
  };
  requireWrite(ctx.actor, { owner: row.owner_party });
  await requireParties(tx, { owner_party: [row.owner_party] });
  await sourceRecords.insert(tx, row, ctx.clock.now());
  const { body: _b, ...metadata } = row;
  await audit(ctx, tx, 'source.import', 'source', input.id, null, { ...metadata, with_text: text !== null });
  return 'created';
}

export async function importMeetingRecord(
  ctx: AppContext,
  tx: Queryable,
  input: MeetingRecordEntry,
): Promise<Outcome> {
  const meeting = await loadMeeting(ctx, tx, input.meeting);
  const record = { attendance: input.attendance ?? [], decisions: input.decisions ?? [] };
  const stored = await meetingRecords.get(tx, input.meeting);
  const before = stored ? { attendance: stored.attendance, decisions: stored.decisions } : null;
  if (before && canonicalJson(before) === canonicalJson(record)) return 'unchanged';
  requireWrite(ctx.actor, { owner: meeting.owner_party });
  await requireParties(tx, { attendance: record.attendance.map((a) => a.party) });
  const version = (stored?.version ?? 0) + 1;
  await meetingRecords.save(tx, input.meeting, { version, ...record }, ctx.clock.now());
  await audit(ctx, tx, 'meeting.record', 'meeting', input.meeting, before, { version, ...record });
  return stored ? 'updated' : 'created';
}

const minor = (amount: string) => parseMoney(amount, 'EUR').amount;

/** Editions never change: the same contents are unchanged, other contents under the same id are refused. */
export async function importEditionRecord(
  ctx: AppContext,
  tx: Queryable,
  input: EditionInput,
): Promise<Outcome> {
  requirePermission(ctx.actor, 'reference:write');
  if (contentHash(input.files) !== input.content_sha256)
    throw new AppError('invalid_input', 'content_sha256: does not match the files listed');
  const stored = await editions.get(tx, input.id);
  if (stored) {
    if (stored.content_sha256 === input.content_sha256) return 'unchanged';
    throw new AppError(
      'conflict',
      `edition ${input.id} was imported with other contents; editions never change: a corrected release is a new edition`,
    );
  }
  await requireParties(tx, {
    party: [...new Set([...input.figures.map((f) => f.party), ...input.activities.map((a) => a.party)])],
  });
  const header = {
    id: input.id,
    dataset: input.dataset,
    publisher: input.publisher,
    title: input.title,
    release: input.release,
    layout: input.layout,
    cut_off: input.cut_off ?? null,
    published_on: input.published_on,
    published_basis: input.published_basis ?? 'stated',
    attribution: input.attribution,
    url: input.url ?? null,
  };
  await editions.insert(
    tx,
    { ...header, content_sha256: input.content_sha256, imported_by: ctx.actor.id },
    input.files,
    input.figures.map((f) => ({
      file: f.file,
      party_code: f.party ?? null,
      donor_name: f.donor_name ?? null,
      period: f.period ?? null,
      series: f.series,
      amount_minor: f.amount === null || f.amount === undefined ? null : minor(f.amount),
      count: f.count === null || f.count === undefined ? null : BigInt(f.count),
      ratio: f.ratio ?? null,
      label: f.label ?? null,
    })),
    input.activities.map((a) => ({
      party_code: a.party,
      donor_name: a.donor_name,
      activity_date: a.date ?? null,
      month_index: a.month_index ?? null,
      aid_type: a.aid_type,
      measure: a.measure,
      amount_minor: minor(a.amount),
    })),
    ctx.clock.now(),
  );
  await audit(ctx, tx, 'edition.import', 'edition', input.id, null, {
    ...header,
    content_sha256: input.content_sha256,
    files: input.files,
    figures: input.figures.length,
    activities: input.activities.length,
  });
  return 'created';
}
