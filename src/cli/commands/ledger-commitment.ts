/** `ramstein commitment list|show|add|event|declare-value`: pledges from the terminal. */
import fs from 'node:fs';
import type { Command } from 'commander';
import {
  commitmentEventInput,
  commitmentInput,
  type CommitmentOutput,
} from '../../app/commitments/commitment.types.ts';
import { createCommitment } from '../../app/commitments/create-commitment.ts';
import { declareLineValue } from '../../app/commitments/declare-line-value.ts';
import { declaredValueInput } from '../../app/commitments/declared-value.types.ts';
import { getCommitment } from '../../app/commitments/get-commitment.ts';
import { listCommitments } from '../../app/commitments/list-commitments.ts';
import { recordCommitmentEvent } from '../../app/commitments/record-commitment-event.ts';
import { AppError } from '../../domain/errors.ts';
import { eventKinds, modes, statuses } from '../../domain/ledger/vocabulary.ts';
import type { CommitmentFilter } from '../../store/repositories/commitments.ts';
import { besideLink, readAppOrServer, withApp } from '../app.ts';
import { jsonSafe } from '../../domain/json.ts';
import { callApi } from '../server-link.ts';
import { formatTable, print, toJson } from '../output.ts';
import { amount, count, date, listFormats, oneOf, printList, type ListFormat } from './ledger-options.ts';

const sorts = ['announced_on', '-announced_on', 'donor', '-donor', 'id', '-id', 'money', '-money'] as const;
const upper = (v: string) => v.toUpperCase();

/** Zod issues as one line naming the field, as the API names it. */
function parsed<T>(
  result:
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
  what: string,
): T {
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join('.') || '(record)';
  throw new AppError('invalid_input', `${what}: ${field}: ${issue.message}`);
}

function showCommitment(c: CommitmentOutput): void {
  print(
    `${c.id}  ${c.donor}${c.co_donors.length ? `+${c.co_donors.join('+')}` : ''} → ${c.recipient}  ${c.mode ?? '(mode not stated)'}`,
  );
  print(
    `  ${c.visibility}, owner ${c.owner_party}, version ${c.version}${c.is_aid ? '' : ', not counted as aid'}`,
  );
  print(
    `  announced ${c.announced_on ?? '?'}${c.announced_at ? ` at ${c.announced_at}` : ''}${c.package ? `, package ${c.package}` : ''}${c.supplier ? `, supplier ${c.supplier}` : ''}`,
  );
  const s = c.state;
  print(
    `  status ${s.status}${s.as_of ? ` as of ${s.as_of}` : ''}${s.suspended ? ` (suspended since ${s.suspended.since}${s.suspended.until ? ` until ${s.suspended.until}` : ''})` : ''}${s.planned_on ? `, next step planned ${s.planned_on}` : ''}`,
  );
  if (c.money) {
    const value = c.money.amount === null ? 'amount not stated' : `${c.money.amount} ${c.money.currency}`;
    print(
      `  money ${value} (${c.money.qualifier}${c.money.value_date ? `, valued ${c.money.value_date}` : ''})`,
    );
  }
  for (const alt of c.money_alt)
    print(`    also reported as ${alt.amount ?? '?'} ${alt.currency} (${alt.qualifier})`);
  print('\nlines');
  print(
    c.items.length
      ? formatTable(
          c.items.map((i) => ({
            line: i.line,
            equipment: i.equipment,
            category: i.category,
            quantity: i.quantity,
            qualifier: i.quantity_qualifier,
            delivered: i.delivered,
          })),
        )
      : '(none)',
  );
  print('\ntimeline');
  print(
    c.events.length
      ? formatTable(
          c.events.map((e) => ({
            seq: e.seq,
            date: e.date,
            kind: e.kind,
            status: e.status,
            line: e.line,
            quantity: e.quantity,
            note: [
              e.increase ? 'increase' : '',
              e.until ? `until ${e.until}` : '',
              e.corrects ? `corrects ${e.corrects}` : '',
              e.note ?? '',
            ]
              .filter(Boolean)
              .join('; '),
            source: e.source,
          })),
        )
      : '(none)',
  );
  print('\nsources');
  c.sources.forEach((src, i) =>
    print(
      `  ${i + 1}. ${src.url ?? src.id}${src.evidence ? ` [${src.evidence.start}-${src.evidence.end}]` : ''}${src.quote ? ` "${src.quote}"` : ''}`,
    ),
  );
  if (!c.sources.length) print('  (none)');
}

export function registerCommitment(program: Command): void {
  const commitment = program
    .command('commitment')
    .description('Commitments: list, show, add, record pipeline events');

  commitment
    .command('list')
    .description('List commitments, filtered, sorted and paged')
    .option('--donor <party>', 'donor or co-donor party code', upper)
    .option('--recipient <party>', 'recipient party code', upper)
    .option('--mode <mode>', modes.join(', '), oneOf(modes))
    .option('--equipment <id>', 'equipment type id, e.g. patriot')
    .option('--category <category>', 'equipment category, e.g. air_defence')
    .option('--status <status>', `derived status: ${statuses.join(', ')}`, oneOf(statuses))
    .option('--from <date>', 'announced on or after', date)
    .option('--to <date>', 'announced on or before', date)
    .option('--meeting <id>', 'announced at this meeting')
    .option('--package <id>', 'contributes to this pooled package')
    .option('--as-of <date>', 'the ledger as it stood on this date', date)
    .option('--sort <key>', sorts.join(', '), oneOf(sorts), '-announced_on')
    .option('--limit <n>', 'rows to show', count, 100)
    .option('--offset <n>', 'rows to skip', count, 0)
    .option('--format <format>', 'table, json or csv', oneOf(listFormats), 'table')
    .action(async (o, command: Command) => {
      const query = {
        donor: o.donor,
        recipient: o.recipient,
        mode: o.mode,
        equipment: o.equipment,
        category: o.category,
        status: o.status,
        from: o.from,
        to: o.to,
        meeting: o.meeting,
        package: o.package,
        as_of: o.asOf,
        sort: o.sort,
        limit: o.limit,
        offset: o.offset,
      };
      const { items, total } = await readAppOrServer(command, { path: '/api/v1/commitments', query }, (ctx) =>
        listCommitments(ctx, {
          ...(o as Omit<CommitmentFilter, 'asOf'>),
          asOf: o.asOf,
          status: o.status,
          limit: o.limit,
          offset: o.offset,
        }),
      );
      const rows = items.map((c) => ({
        id: c.id,
        donor: c.donor,
        recipient: c.recipient,
        mode: c.mode,
        announced_on: c.announced_on,
        items: c.items.map((i) => `${i.quantity ?? '?'} ${i.equipment ?? i.category}`).join(', '),
        money: c.money ? `${c.money.amount ?? '?'} ${c.money.currency}` : null,
        status: c.state.status,
      }));
      printList(o.format as ListFormat, items, rows, total);
    });

  commitment
    .command('show')
    .description('Show one commitment: lines, money, pipeline timeline and sources')
    .argument('<id>', 'commitment id')
    .option('--as-of <date>', 'the state on this date', date)
    .option('--json', 'machine-readable output')
    .action(async (id: string, o: { asOf?: string; json?: boolean }, command: Command) => {
      const view = await readAppOrServer(
        command,
        { path: `/api/v1/commitments/${encodeURIComponent(id)}`, query: { as_of: o.asOf } },
        (ctx) => getCommitment(ctx, { id, asOf: o.asOf ?? null }),
      );
      if (o.json) print(toJson(view));
      else showCommitment(view);
    });

  commitment
    .command('add')
    .description('Record a commitment from a JSON file (the shape of the API and of the interchange format)')
    .argument('<file>', 'a JSON file holding one commitment')
    .option('--json', 'print the stored commitment as JSON')
    .action(async (file: string, o: { json?: boolean }, command: Command) => {
      let raw: unknown;
      try {
        raw = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (error) {
        throw new AppError('invalid_input', `${file}: ${(error as Error).message}`);
      }
      const input = parsed(commitmentInput.safeParse(raw), file);
      const view = await readAppOrServer(
        command,
        { method: 'POST', path: '/api/v1/commitments', body: raw },
        (ctx) => createCommitment(ctx, input),
      );
      if (o.json) print(toJson(view));
      else print(`recorded commitment ${view.id} (version ${view.version}, status ${view.state.status})`);
    });

  commitment
    .command('event')
    .description(
      'Record a pipeline event: status change, (partial) delivery, suspension, resumption, correction',
    )
    .argument('<id>', 'commitment id')
    .requiredOption('--kind <kind>', eventKinds.join(', '), oneOf(eventKinds))
    .requiredOption('--date <date>', 'when it happened', date)
    .option('--status <status>', 'new status (status and correction events)', oneOf(statuses))
    .option('--line <n>', 'line delivered (deliveries)', count)
    .option('--quantity <n>', 'quantity delivered', count)
    .option('--increase', 'the delivery exceeds the pledge because the pledge grew')
    .option('--until <date>', 'end of a suspension', date)
    .option('--corrects <seq>', 'event corrected (corrections)', count)
    .option('--planned-on <date>', 'planned date of the next step', date)
    .option('--source <url>', 'source of the event')
    .option('--note <text>', 'note')
    .action(async (id: string, o, command: Command) => {
      const event = parsed(
        commitmentEventInput.safeParse({
          kind: o.kind,
          date: o.date,
          status: o.status,
          line: o.line,
          quantity: o.quantity,
          increase: o.increase === true,
          until: o.until,
          corrects: o.corrects,
          planned_on: o.plannedOn,
          source: o.source,
          note: o.note,
        }),
        'event',
      );
      // The version read here guards against a change made between this read and the write.
      const link = besideLink(command);
      const path = `/api/v1/commitments/${encodeURIComponent(id)}`;
      const view = link
        ? await callApi<{ version: number }>(link, { path }).then(({ version }) =>
            callApi<ReturnType<typeof jsonSafe<Awaited<ReturnType<typeof recordCommitmentEvent>>>>>(link, {
              method: 'POST',
              path: `${path}/events`,
              body: { ...event, version },
            }),
          )
        : await withApp(command, async (ctx) => {
            const { version } = await getCommitment(ctx, { id });
            return jsonSafe(await recordCommitmentEvent(ctx, { id, version, event }));
          });
      const line = event.line ? view.items.find((i) => i.line === event.line) : undefined;
      print(
        `recorded ${event.kind} on ${id}: status ${view.state.status}${line ? `, line ${line.line} delivered ${line.delivered} of ${line.quantity ?? '?'}` : ''} (version ${view.version})`,
      );
    });

  commitment
    .command('declare-value')
    .description("Record the donor's declared value of an in-kind line (a valuation basis of the reports)")
    .argument('<id>', 'commitment id')
    .requiredOption('--line <n>', 'line number', count)
    .requiredOption('--amount <amount>', 'value of the whole line, major units (e.g. 500000000)', amount)
    .requiredOption('--currency <code>', 'ISO 4217 currency', upper)
    .option('--value-date <date>', "date of the value (default: the commitment's)", date)
    .option('--source <url>', 'where the donor declared it')
    .action(async (id: string, o, command: Command) => {
      const value = parsed(
        declaredValueInput.safeParse({
          line: o.line,
          amount: o.amount,
          currency: o.currency,
          value_date: o.valueDate,
          source: o.source,
        }),
        'declared value',
      );
      const v = await readAppOrServer(
        command,
        { method: 'PUT', path: `/api/v1/commitments/${encodeURIComponent(id)}/declared-values`, body: value },
        (ctx) => declareLineValue(ctx, { id, value }),
      );
      print(
        `declared value of ${id} line ${v.line}: ${v.amount} ${v.currency} by ${v.declared_by} (version ${v.version})`,
      );
    });
}
