/**
 * Coordination commands: requirements lists and coverage, the timeline, officials and name
 * checks, briefing packs, the calendar and meeting records.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { buildBrief } from '../../app/briefing/build-brief.ts';
import { meetingCalendar, suggestNextMeeting } from '../../app/briefing/meeting-calendar.ts';
import { meetingPage, meetingRecordInput, recordMeeting } from '../../app/briefing/record-meeting.ts';
import { renderBriefMarkdown } from '../../app/briefing/render-brief-md.ts';
import { renderBriefPdf } from '../../app/briefing/render-brief-pdf.ts';
import { locales } from '../../domain/wording/format.ts';
import { checkPeople } from '../../app/people/check-people.ts';
import { listPeople } from '../../app/people/list-people.ts';
import {
  diffRequirementList,
  getRequirementList,
  listRequirementLists,
} from '../../app/requirements/get-requirement-list.ts';
import { importRequirementList } from '../../app/requirements/import-requirement-list.ts';
import { linkRequirement } from '../../app/requirements/link-requirement.ts';
import { reportCoverage } from '../../app/requirements/report-coverage.ts';
import { requirementsFromCsv, requirementsToCsv } from '../../app/requirements/requirements-csv.ts';
import { requirementListInput } from '../../app/requirements/requirement.types.ts';
import { listTimeline, timelineKinds, type TimelineKind } from '../../app/timeline/list-timeline.ts';
import { AppError } from '../../domain/errors.ts';
import { calendarDate, positive, oneOf } from '../arguments.ts';
import { bytesFromAppOrServer, readAppOrServer } from '../app.ts';
import { formatTable, print, toJson } from '../output.ts';

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('not_found', `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
}

function parseJson(file: string): unknown {
  try {
    return JSON.parse(readText(file));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid_input', `${file} is not valid JSON: ${(error as Error).message}`);
  }
}

function validated<T>(
  schema: {
    safeParse(
      v: unknown,
    ):
      | { success: true; data: T }
      | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
  what: string,
): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new AppError('invalid_input', `${what}: ${issue.path.join('.') || '(record)'}: ${issue.message}`);
}

function output(data: string | Buffer, out: string | undefined) {
  if (out) {
    fs.writeFileSync(out, data);
    print(`wrote ${out}`);
  } else process.stdout.write(data);
}

function registerRequirements(program: Command) {
  const requirements = program
    .command('requirements')
    .description('Requirements lists: import, export, editions, links');

  requirements
    .command('list')
    .description('The requirements lists')
    .action(async (_o, command: Command) => {
      const { items } = await readAppOrServer(command, { path: '/api/v1/requirements' }, async (ctx) => ({
        items: await listRequirementLists(ctx, null),
      }));
      print(formatTable(items));
    });

  requirements
    .command('export ID')
    .description('A list at its current (or an earlier) edition')
    .option('--edition <n>', 'edition number', positive)
    .option('--format <format>', 'table|json|csv', oneOf(['table', 'json', 'csv'] as const), 'table')
    .option('--out <file>', 'write to a file')
    .action(async (id: string, options, command: Command) => {
      const list = await readAppOrServer(
        command,
        { path: `/api/v1/requirements/${encodeURIComponent(id)}`, query: { edition: options.edition } },
        (ctx) => getRequirementList(ctx, { id, edition: options.edition }),
      );
      if (options.format === 'json') return output(`${toJson(list)}\n`, options.out);
      if (options.format === 'csv') return output(requirementsToCsv(list), options.out);
      print(`${list.title} (${list.recipient}), edition ${list.edition} of ${list.current_edition}`);
      print(formatTable(list.requirements.map(({ notes: _n, ...r }) => r)));
    });

  requirements
    .command('import FILE')
    .description('Import a list from JSON (a list object) or CSV (with --id, --recipient, --title)')
    .option('--id <id>', 'list id (CSV)')
    .option('--recipient <party>', 'recipient (CSV)', 'UA')
    .option('--title <text>', 'title (CSV)')
    .option('--issued-on <date>', 'date of the edition (CSV)', calendarDate)
    .action(async (file: string, options, command: Command) => {
      let raw: unknown;
      if (path.extname(file).toLowerCase() === '.csv') {
        if (!options.id || !options.title)
          throw new AppError('invalid_input', 'a CSV list needs --id and --title');
        raw = {
          id: options.id,
          recipient: options.recipient,
          title: options.title,
          issued_on: options.issuedOn ?? null,
          requirements: requirementsFromCsv(readText(file)),
        };
      } else raw = parseJson(file);
      const list = validated(requirementListInput, raw, file);
      const result = await readAppOrServer(
        command,
        // The server checks what the file says as this command just did.
        { method: 'POST', path: '/api/v1/requirements', body: raw },
        (ctx) => importRequirementList(ctx, list),
      );
      print(
        result.new_edition
          ? `${result.id}: edition ${result.edition} recorded${result.created ? ' (new list)' : ''}`
          : `${result.id}: unchanged (edition ${result.edition})`,
      );
      if (result.links_changed) print(`${result.links_changed} link(s) added or changed`);
    });

  requirements
    .command('diff ID')
    .description('What changed between two editions')
    .requiredOption('--from <n>', 'older edition', positive)
    .option('--to <n>', 'newer edition (default: current)', positive)
    .option('--json', 'JSON output')
    .action(async (id: string, options, command: Command) => {
      const diff = await readAppOrServer(
        command,
        {
          path: `/api/v1/requirements/${encodeURIComponent(id)}/diff`,
          query: { from: options.from, to: options.to },
        },
        (ctx) => diffRequirementList(ctx, { id, from: options.from, to: options.to }),
      );
      if (options.json) return print(toJson(diff));
      print(`${id}: edition ${diff.from} → ${diff.to}`);
      for (const r of diff.added)
        print(`+ ${r.key} (priority ${r.priority}): ${r.capability}, ${r.equipment ?? r.category}`);
      for (const r of diff.removed)
        print(`- ${r.key} (priority ${r.priority}): ${r.capability}, ${r.equipment ?? r.category}`);
      for (const c of diff.changed)
        print(
          `~ ${c.key}: ${c.changes.map((x) => `${x.field} ${String(x.from)} → ${String(x.to)}`).join('; ')}`,
        );
      print(`${diff.unchanged} unchanged`);
    });

  requirements
    .command('link LIST KEY COMMITMENT')
    .description('Link a commitment (or one of its lines) to a requirement')
    .option('--line <n>', 'line of the commitment', positive)
    .option('--quantity <n>', 'units this link covers', positive)
    .action(async (list: string, key: string, commitment: string, options, command: Command) => {
      const link = { line: options.line, quantity: options.quantity };
      const { changed } = await readAppOrServer(
        command,
        {
          method: 'PUT',
          path: `/api/v1/requirements/${[list, 'items', key, 'links', commitment].map(encodeURIComponent).join('/')}`,
          body: link,
        },
        (ctx) => linkRequirement(ctx, { list, key, commitment, ...link }),
      );
      print(changed ? `linked ${commitment} to ${list}/${key}` : 'already linked');
    });
}

function registerCoverage(program: Command) {
  const report =
    program.commands.find((c) => c.name() === 'report') ?? program.command('report').description('Reports');
  report
    .command('coverage')
    .description('Coverage of a requirements list by pipeline state, the gaps, and suggested links')
    .option('--list <id>', 'requirements list', 'ua-priorities-demo')
    .option('--edition <n>', 'edition', positive)
    .option('--as-of <date>', 'state of the pipeline on this date', calendarDate)
    .option('--format <format>', 'table|json|csv', oneOf(['table', 'json', 'csv'] as const), 'table')
    .action(async (options, command: Command) => {
      const query = { list: options.list, edition: options.edition, as_of: options.asOf };
      const r = await readAppOrServer(command, { path: '/api/v1/reports/coverage', query }, (ctx) =>
        reportCoverage(ctx, query),
      );
      if (options.format === 'json') return print(toJson(r));
      const rows = r.requirements.map((q) => ({
        priority: q.priority,
        key: q.key,
        required: q.quantity === null ? '' : `${q.quantity} ${q.unit ?? ''}`.trim(),
        delivered: q.covered.delivered,
        contracted: q.covered.contracted,
        pledged: q.covered.pledged,
        gap: q.gap,
        '%': q.percent,
        unquantified: q.unquantified_links,
        value: (['delivered', 'contracted', 'pledged'] as const)
          .flatMap((b) => q.value[b].map((m) => `${b[0]}:${m.amount} ${m.currency}`))
          .join(' '),
      }));
      if (options.format === 'csv') return void process.stdout.write(stringify(rows, { header: true }));
      print(`${r.list.title} (edition ${r.list.edition})`);
      print(formatTable(rows));
      if (r.suggestions.length) {
        print('\nsuggested links (not yet linked, matching an open requirement):');
        for (const s of r.suggestions)
          print(`  ${s.key} ← ${s.commitment} (${s.donor}, ${s.status}): ${s.reason}`);
      }
      for (const rule of r.rules) print(`rule: ${rule}`);
    });
}

function registerTimelineAndPeople(program: Command) {
  program
    .command('timeline')
    .description('Policy events, due dates and meetings by date')
    .option('--party <code>', 'party involved')
    .option('--kind <kind>', timelineKinds.join('|'), oneOf(timelineKinds))
    .option('--from <date>', 'first date', calendarDate)
    .option('--to <date>', 'last date', calendarDate)
    .option('--json', 'JSON output')
    .action(async (options, command: Command) => {
      const query = {
        party: options.party?.toUpperCase(),
        kind: options.kind as TimelineKind | undefined,
        from: options.from,
        to: options.to,
      };
      const { items } = await readAppOrServer(command, { path: '/api/v1/timeline', query }, async (ctx) => ({
        items: await listTimeline(ctx, query),
      }));
      if (options.json) return print(toJson(items));
      print(
        formatTable(
          items.map((e) => ({ date: e.date, until: e.end_date, kind: e.kind, title: e.title, id: e.id })),
        ),
      );
    });

  const people = program.command('people').description('Officials: the registry, and name checks of sources');
  people
    .command('list')
    .option('--role <role>', 'defence_minister, nato_secretary_general…')
    .option('--party <code>', 'party')
    .option('--on <date>', 'in office on this date', calendarDate)
    .action(async (options, command: Command) => {
      const query = { role: options.role, party: options.party?.toUpperCase(), on: options.on };
      const { items } = await readAppOrServer(command, { path: '/api/v1/people', query }, async (ctx) => ({
        items: (await listPeople(ctx, query, { limit: 10_000, offset: 0 })).items,
      }));
      print(
        formatTable(
          items.map((p) => ({
            name: `${p.given_name} ${p.family_name}`,
            title: p.title,
            from: p.from,
            to: p.to,
            id: p.id,
          })),
        ),
      );
    });
  people
    .command('check FILE')
    .description('Flag misspelled names, wrong first names and titles held by someone else on the date')
    .option('--date <date>', "the source's date", calendarDate)
    .option('--json', 'JSON output')
    .action(async (file: string, options, command: Command) => {
      const input = { text: readText(file), date: options.date ?? null };
      const { flags } = await readAppOrServer(
        command,
        { method: 'POST', path: '/api/v1/people/check', body: input },
        async (ctx) => ({ flags: await checkPeople(ctx, input) }),
      );
      if (options.json) return print(toJson(flags));
      if (!flags.length) return print('no flags');
      for (const f of flags) print(`${f.start}-${f.end} ${f.kind}: "${f.text}": ${f.message}`);
    });
}

function registerBriefAndMeetings(program: Command) {
  program
    .command('brief MEETING')
    .description('Briefing pack of a meeting')
    .option('--format <format>', 'md|pdf|json', oneOf(['md', 'pdf', 'json'] as const), 'md')
    .option('--lang <lang>', 'language of a md or pdf pack: en|fr', oneOf(locales), 'en')
    .option('--out <file>', 'write to a file (required for pdf on a terminal)')
    .action(async (meeting: string, options, command: Command) => {
      const path = `/api/v1/meetings/${encodeURIComponent(meeting)}/brief`;
      if (options.format === 'json') {
        const brief = await readAppOrServer(command, { path }, (ctx) => buildBrief(ctx, meeting));
        return output(`${toJson(brief)}\n`, options.out);
      }
      if (options.format === 'pdf' && !options.out && process.stdout.isTTY)
        throw new AppError(
          'invalid_input',
          'a PDF is not for the terminal: give --out FILE or redirect the output',
        );
      const accept = options.format === 'md' ? 'text/markdown' : 'application/pdf';
      const document = await bytesFromAppOrServer(
        command,
        { path, query: { format: options.format, lang: options.lang }, accept },
        async (ctx) => {
          const brief = await buildBrief(ctx, meeting);
          return options.format === 'md'
            ? renderBriefMarkdown(brief, options.lang)
            : renderBriefPdf(brief, ctx.clock.now(), options.lang);
        },
      );
      return output(document, options.out);
    });

  // Joins the `meeting` group of the ledger commands (list, show) when it is there.
  const meetings =
    program.commands.find((c) => c.name() === 'meeting') ??
    program.command('meeting').description('Meetings');
  meetings
    .command('ics')
    .description('Meetings as an iCalendar feed (RFC 5545)')
    .option('--out <file>', 'write to a file')
    .action(async (options, command: Command) => {
      const calendar = await bytesFromAppOrServer(
        command,
        { path: '/api/v1/calendar.ics', accept: 'text/calendar' },
        (ctx) => meetingCalendar(ctx),
      );
      output(calendar, options.out);
    });
  meetings
    .command('next')
    .description('The next contact-group session suggested from the cadence of past ones')
    .action(async (_o, command: Command) => {
      const next = await readAppOrServer(command, { path: '/api/v1/meetings/next' }, (ctx) =>
        suggestNextMeeting(ctx),
      );
      print(
        next
          ? `${next.date} (median interval ${next.interval_days} days after ${next.after}, from ${next.based_on} sessions)`
          : 'not enough sessions',
      );
    });
  meetings
    .command('page ID')
    .description('The meeting page: attendance, decisions, commitments announced there')
    .action(async (id: string, _o, command: Command) => {
      const page = await readAppOrServer(
        command,
        { path: `/api/v1/meetings/${encodeURIComponent(id)}/record` },
        (ctx) => meetingPage(ctx, id),
      );
      print(toJson(page));
    });
  meetings
    .command('record ID FILE')
    .description('Record attendance, decisions and announcements of a meeting from a JSON file')
    .action(async (id: string, file: string, _o, command: Command) => {
      const raw = parseJson(file);
      const record = validated(meetingRecordInput, raw, file);
      const result = await readAppOrServer(
        command,
        { method: 'PUT', path: `/api/v1/meetings/${encodeURIComponent(id)}/record`, body: raw },
        (ctx) => recordMeeting(ctx, id, record),
      );
      print(`${id}: record version ${result.record.version}, ${result.created.length} commitment(s) created`);
    });
}

export function registerCoordination(program: Command): void {
  registerRequirements(program);
  registerCoverage(program);
  registerTimelineAndPeople(program);
  registerBriefAndMeetings(program);
}
