/**
 * What happened at a meeting: who attended (and who stood in for whom), the decisions taken, and
 * announcements captured as commitments linked to the meeting — all in one audited transaction.
 */
import * as z from 'zod';
import { requirePermission, requireWrite } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import { appendAudit } from '../../store/audit.ts';
import { commitmentInput, type CommitmentOutput } from '../commitments/commitment.types.ts';
import { insertCommitment } from '../commitments/create-commitment.ts';
import { listCommitments } from '../commitments/list-commitments.ts';
import type { AppContext } from '../context.ts';
import { partyCode } from '../ledger/fields.ts';
import { requireParties } from '../ledger/references.ts';
import { getMeeting, loadMeeting } from '../meetings/get-meeting.ts';
import { meetingRecords } from '../../store/repositories/meetings.ts';

export const attendanceEntry = z
  .object({
    party: partyCode,
    person: z.string().max(200).nullable().optional(),
    role: z.string().max(200).nullable().optional(),
    substitute_for: z
      .string()
      .max(200)
      .nullable()
      .optional()
      .describe('Who was expected, when someone stood in'),
  })
  .strict();

export const meetingRecordInput = z
  .object({
    version: z
      .number()
      .int()
      .min(0)
      .describe('Version of the meeting record this is based on (0 for the first)'),
    attendance: z.array(attendanceEntry).max(500).optional(),
    decisions: z.array(z.string().min(1).max(4000)).max(200).optional(),
    announcements: z
      .array(commitmentInput.omit({ announced_at: true }))
      .max(200)
      .optional()
      .describe('New commitments announced at the meeting; each is linked to it'),
  })
  .strict();
export type MeetingRecordInput = z.infer<typeof meetingRecordInput>;

export interface MeetingRecord {
  version: number;
  attendance: z.infer<typeof attendanceEntry>[];
  decisions: string[];
}

export async function meetingRecord(ctx: AppContext, meetingId: string): Promise<MeetingRecord> {
  const row = (await meetingRecords.get(ctx.db, meetingId)) as MeetingRecord | undefined;
  if (!row) return { version: 0, attendance: [], decisions: [] };
  // Stored JSON comes back in the database's key order: each entry in the order the API gives it.
  return { ...row, attendance: row.attendance.map((a) => attendanceEntry.parse(a)) };
}

export async function recordMeeting(
  ctx: AppContext,
  meetingId: string,
  input: MeetingRecordInput,
): Promise<{ record: MeetingRecord; created: CommitmentOutput[] }> {
  requirePermission(ctx.actor, 'ledger:write');
  return ctx.db.transaction(async (tx) => {
    const meeting = await loadMeeting(ctx, tx, meetingId);
    // Attendance and decisions are the meeting's own record: its owner's (the coordinators' when it
    // has none). Announcements are commitments, each checked against its donor.
    if (input.attendance || input.decisions) requireWrite(ctx.actor, { owner: meeting.owner_party });
    await requireParties(tx, { attendance: (input.attendance ?? []).map((a) => a.party) });
    const current = (await meetingRecords.get(tx, meetingId, true)) as MeetingRecord | undefined;
    const before = current ?? { version: 0, attendance: [], decisions: [] };
    if (before.version !== input.version) {
      throw new AppError(
        'version_conflict',
        `the record of ${meetingId} changed since version ${input.version} (now ${before.version}); reload it`,
      );
    }
    const after = {
      version: before.version + 1,
      attendance: input.attendance ?? before.attendance,
      decisions: input.decisions ?? before.decisions,
    };
    await meetingRecords.save(tx, meetingId, after, ctx.clock.now());
    const created: CommitmentOutput[] = [];
    for (const announcement of input.announcements ?? []) {
      created.push(
        await insertCommitment(ctx, tx, {
          ...announcement,
          announced_at: meetingId,
          announced_on: announcement.announced_on ?? meeting.date,
        }),
      );
    }
    await appendAudit(
      tx,
      {
        actor: ctx.actor.id,
        action: 'meeting.record',
        recordType: 'meeting',
        recordId: meetingId,
        before,
        after: { ...after, announcements: created.map((c) => c.id) },
        requestId: ctx.requestId,
      },
      ctx.clock.now(),
    );
    return { record: after, created };
  });
}

/** The meeting with what was recorded at it: attendance, decisions, and the commitments announced there. */
export async function meetingPage(ctx: AppContext, meetingId: string) {
  const meeting = await getMeeting(ctx, meetingId);
  const record = await meetingRecord(ctx, meetingId);
  const { items } = await listCommitments(ctx, {
    meeting: meetingId,
    sort: 'announced_on',
    limit: 1000,
    offset: 0,
  });
  return { meeting, record, commitments: items };
}
