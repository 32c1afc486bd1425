/**
 * Answers of the coordination routes: requirements lists (summaries, imports, diffs, coverage),
 * the timeline, briefing packs and meeting records. Each mirrors what its use case returns, so
 * the OpenAPI document, the generated web types and the answers agree.
 */
import * as z from 'zod';
import { reportRuleIds } from '../../app/reports/report.types.ts';
import { commitmentOutput } from '../../app/commitments/commitment.types.ts';
import { meetingOutput } from '../../app/meetings/meeting.types.ts';
import { requirementOutput } from '../../app/requirements/requirement.types.ts';
import { timelineKinds, timelineTextIds } from '../../app/timeline/list-timeline.ts';
import { coverageBuckets } from '../../domain/coordination/coverage.ts';
import {
  meetingFormats,
  meetingKinds,
  meetingStatuses,
  qualifiers,
  statuses,
  visibilities,
} from '../../domain/ledger/vocabulary.ts';

const int = z.number().int();
const perBucket = <T extends z.ZodType>(schema: T) =>
  z.object(
    Object.fromEntries(coverageBuckets.map((b) => [b, schema])) as Record<
      (typeof coverageBuckets)[number],
      T
    >,
  );
const amount = z.object({ amount: z.string().describe('Major units, exact decimal'), currency: z.string() });

export const requirementListSummary = z
  .object({
    id: z.string(),
    recipient: z.string(),
    title: z.string(),
    current_edition: int,
    visibility: z.string(),
    owner_party: z.string().nullable(),
  })
  .meta({ id: 'RequirementListSummary' });

export const requirementListImport = z
  .object({
    id: z.string(),
    edition: int,
    created: z.boolean(),
    new_edition: z.boolean(),
    links_changed: int,
  })
  .meta({ id: 'RequirementListImport' });

const fieldValue = z.union([z.string(), z.number(), z.null()]);

export const requirementDiff = z
  .object({
    id: z.string(),
    from: int,
    to: int,
    added: z.array(requirementOutput),
    removed: z.array(requirementOutput),
    changed: z.array(
      z.object({
        key: z.string(),
        changes: z.array(z.object({ field: z.string(), from: fieldValue, to: fieldValue })),
      }),
    ),
    unchanged: int,
  })
  .meta({ id: 'RequirementDiff' });

export const coverageReport = z
  .object({
    list: z.object({ id: z.string(), title: z.string(), recipient: z.string(), edition: int }),
    as_of: z.string().nullable(),
    rules: z.array(z.string()).describe('How coverage is counted, in English'),
    rule_ids: reportRuleIds,
    requirements: z.array(
      requirementOutput.extend({
        covered: perBucket(int).describe('Units of the requirement covered, per pipeline bucket'),
        value: perBucket(z.array(amount)).describe('Money counted, per bucket, one entry per currency'),
        unquantified_links: int,
        gap: int.nullable(),
        percent: int.nullable(),
        uncovered: z.boolean(),
        commitments: z.array(
          z.object({
            id: z.string(),
            donor: z.string(),
            status: z.enum(statuses),
            quantity: int.nullable(),
            delivered: int,
            money: amount.nullable(),
          }),
        ),
      }),
    ),
    suggestions: z.array(
      z.object({
        key: z.string(),
        commitment: z.string(),
        donor: z.string(),
        status: z.enum(statuses),
        announced_on: z.string().nullable(),
        reason_id: z
          .enum(['same-equipment', 'same-category'])
          .describe('Why it is suggested: a line of the same equipment, or of the same category'),
        reason_params: z
          .record(z.string(), z.string())
          .describe('The equipment id (`equipment`) or the category (`category`) the lines share'),
        reason: z.string().describe('The same reason in English'),
      }),
    ),
  })
  .meta({ id: 'CoverageReport' });

export const timelineEntry = z
  .object({
    date: z.string(),
    end_date: z.string().nullable(),
    kind: z.enum(timelineKinds),
    id: z.string(),
    title: z.string().describe('What the entry says, in English'),
    text_id: z
      .enum(timelineTextIds)
      .describe(
        'What the entry says, by id: a policy event (its recorded title), the due date of an ultimatum, a meeting, or (in a briefing pack) the date a requirement is needed by',
      ),
    text_params: z
      .record(z.string(), z.string())
      .describe(
        'The figures of `text_id`: `title` (event, due); `announced_on`, `days` when known (due); `kind`, `status`, `number` and `place` when known (meeting); `capability`, `priority`, `what` (equipment id or category) when known (needed-by)',
      ),
    parties: z.array(z.string()),
    sources: z.array(z.string()).describe('URLs, or ids of stored sources without one'),
  })
  .meta({ id: 'TimelineEntry' });

const suggestedSession = z
  .object({ date: z.string(), interval_days: int, after: z.string(), based_on: int })
  .meta({ id: 'SuggestedSession' });

const itemsSummary = z
  .string()
  .describe('Quantities and equipment ids, e.g. "2 patriot, 50 gepard" (see lines for each one)');
const itemLines = z
  .array(
    z.object({
      equipment: z.string().nullable(),
      category: z.string().nullable(),
      quantity: int.nullable().describe('Null when the quantity is not known'),
      quantity_qualifier: z.enum(qualifiers).nullable(),
      name: z.string().nullable().describe("The catalogue's short name of the equipment, if catalogued"),
      unit: z.string().nullable().describe("The catalogue's unit of the equipment, if catalogued"),
    }),
  )
  .describe('The equipment lines, as the briefing pack words them');

const attendance = z.array(
  z.object({
    party: z.string(),
    person: z.string().nullable().optional(),
    role: z.string().nullable().optional(),
    substitute_for: z.string().nullable().optional(),
  }),
);

export const meetingRecord = z
  .object({ version: int, attendance, decisions: z.array(z.string()) })
  .meta({ id: 'MeetingRecord' });

export const briefingPack = z
  .object({
    marking: z
      .object({
        level: z.enum(visibilities),
        parties: z
          .array(z.string())
          .describe('Owners of the restricted records it holds; empty below restricted'),
      })
      .describe('The highest visibility of the records the pack draws on: whether it may leave the room'),
    meeting: z.object({
      id: z.string(),
      kind: z.enum(meetingKinds),
      number: int.nullable(),
      date: z.string(),
      status: z.enum(meetingStatuses),
      place: z.string().nullable(),
      format: z.enum(meetingFormats).nullable(),
      notes: z.string().nullable(),
    }),
    previous: z.object({ id: z.string(), date: z.string() }).nullable(),
    next: z.object({ id: z.string(), date: z.string(), status: z.enum(meetingStatuses) }).nullable(),
    suggested_next: suggestedSession.nullable(),
    since: z.string(),
    until: z.string(),
    announced: z.array(
      z.object({
        id: z.string(),
        donor: z.string(),
        announced_on: z.string().nullable(),
        at_this_meeting: z.boolean(),
        items: itemsSummary,
        lines: itemLines,
        money: z
          .object({ amount: z.string().nullable(), currency: z.string(), qualifier: z.enum(qualifiers) })
          .nullable(),
      }),
    ),
    follow_through: z
      .object({
        meeting: z.string(),
        as_of: z.string(),
        commitments: int,
        announced: z.string(),
        committed: z.string(),
        committed_pct: z.string().nullable(),
        contracted: z.string(),
        contracted_pct: z.string().nullable(),
        delivered: z.string(),
        delivered_pct: z.string().nullable(),
        cancelled: int,
        estimated: z.boolean(),
      })
      .nullable()
      .describe("What became of the previous meeting's pledges by this one (EUR)"),
    overdue: z.array(
      z.object({
        id: z.string(),
        donor: z.string(),
        status: z.enum(statuses),
        planned_on: z.string(),
        days_late: int,
        items: itemsSummary,
        lines: itemLines,
      }),
    ),
    uncovered: z.array(
      z.object({
        list: z.string(),
        key: z.string(),
        capability: z.string(),
        what: z.string().nullable(),
        priority: int,
        quantity: int.nullable(),
        unit: z.string().nullable(),
        covered: perBucket(int),
        gap: int.nullable(),
        needed_by: z.string().nullable(),
        visibility: z.enum(visibilities),
        owner_party: z.string().nullable(),
      }),
    ),
    conflicts: z.array(
      z.object({
        subject: z.string(),
        currency: z.string(),
        claims: z.array(
          z.object({
            id: z.string(),
            amount: z.string(),
            as_of: z.string(),
            claimed_by: z.string().nullable(),
          }),
        ),
      }),
    ),
    due: z.array(timelineEntry),
    chairs: z.array(
      z.object({ party: z.string(), person: z.string().nullable(), title: z.string().nullable() }),
    ),
    participants: z.object({
      parties: z.array(z.string()),
      count: int.nullable(),
      qualifier: z.enum(qualifiers).nullable(),
      substitutions: z.array(
        z.object({
          party: z.string(),
          expected_role: z.string().nullable().optional(),
          attended_by: z.string().nullable().optional(),
        }),
      ),
      attendance,
      decisions: z.array(z.string()),
    }),
    sources: z.array(z.string()),
  })
  .meta({ id: 'BriefingPack' });

export const meetingPage = z
  .object({ meeting: meetingOutput, record: meetingRecord, commitments: z.array(commitmentOutput) })
  .meta({ id: 'MeetingPage' });

export const meetingRecorded = z
  .object({ record: meetingRecord, created: z.array(commitmentOutput) })
  .meta({ id: 'MeetingRecorded' });

export { suggestedSession };
