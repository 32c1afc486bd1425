/** `ramstein package|meeting|claim|equipment|target list|show`: the other record kinds, read from the terminal. */
import type { Command } from 'commander';
import { claimKind } from '../../app/claims/claim.record.ts';
import { equipmentKind } from '../../app/equipment/equipment.record.ts';
import { meetingKind } from '../../app/meetings/meeting.record.ts';
import { packageKind } from '../../app/packages/package.record.ts';
import type { RecordKind } from '../../app/records/record-kind.ts';
import { getRecord, listRecords, recordFilterNames } from '../../app/records/records.ts';
import { targetKind } from '../../app/targets/target.record.ts';
import { readAppOrServer } from '../app.ts';
import type { ApiRequest } from '../server-link.ts';
import type { Cell } from '../output.ts';
import { print, toJson } from '../output.ts';
import { count, date, listFormats, oneOf, printList, type ListFormat } from './ledger-options.ts';

type Rec = Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyKind = RecordKind<any, any>;

const money = (m: unknown) => {
  const v = m as { amount: string | null; currency: string } | null;
  return v ? `${v.amount ?? '?'} ${v.currency}` : null;
};

interface Noun {
  name: string;
  /** Its collection in the API: /api/v1/{path}. */
  path: string;
  kind: AnyKind;
  description: string;
  /** The columns of the list table. */
  row(r: Rec): Record<string, Cell>;
}

const nouns: Noun[] = [
  {
    name: 'package',
    path: 'packages',
    kind: packageKind,
    description: 'Pooled packages (PURL): list, show',
    row: (p) => ({
      id: p.id as string,
      name: p.name as string,
      value: money(p.value),
      funders: (p.funders as { party: string }[]).map((f) => f.party).join(' '),
      announced_on: p.announced_on as string | null,
      status: p.status as string,
    }),
  },
  {
    name: 'meeting',
    path: 'meetings',
    kind: meetingKind,
    description: 'Meetings (contact-group sessions, summits…): list, show',
    row: (m) => ({
      id: m.id as string,
      kind: m.kind as string,
      date: m.date as string,
      place: m.place as string | null,
      chairs: (m.chairs as string[]).join(' '),
      status: m.status as string,
    }),
  },
  {
    name: 'claim',
    path: 'claims',
    kind: claimKind,
    description: 'Claims (reported totals with their sources): list, show',
    row: (c) => ({
      id: c.id as string,
      subject: c.subject as string,
      party: c.party as string | null,
      amount: c.currency ? `${c.amount ?? '?'} ${c.currency}` : null,
      qualifier: c.qualifier as string | null,
      as_of: c.as_of as string | null,
    }),
  },
  {
    name: 'equipment',
    path: 'equipment',
    kind: equipmentKind,
    description: 'Equipment types of the catalogue: list, show',
    row: (e) => ({
      id: e.id as string,
      name: e.name as string,
      category: e.category as string,
      unit: e.unit as string,
      origin: e.origin as string | null,
    }),
  },
  {
    name: 'target',
    path: 'targets',
    kind: targetKind,
    description: 'Defence-spending targets: list, show',
    row: (t) => ({
      id: t.id as string,
      name: t.name as string,
      value: `${t.value as number} ${t.unit as string}`,
      deadline: t.deadline_year as number | null,
    }),
  },
];

function registerNoun(program: Command, noun: Noun): void {
  const group = program.command(noun.name).description(noun.description);
  const list = group.command('list').description(`List ${noun.name} records, filtered and paged`);
  for (const filter of recordFilterNames(noun.kind)) {
    const parse = filter === 'from' || filter === 'to' ? date : (v: string) => v;
    list.option(`--${filter} <value>`, `filter by ${filter}`, parse);
  }
  list
    .option('--limit <n>', 'rows to show', count, 100)
    .option('--offset <n>', 'rows to skip', count, 0)
    .option('--format <format>', 'table, json or csv', oneOf(listFormats), 'table')
    .action(async (o: Rec & { limit: number; offset: number; format: ListFormat }, command: Command) => {
      const { limit, offset, format, ...filter } = o;
      for (const name of ['party', 'funder', 'origin'])
        if (typeof filter[name] === 'string') filter[name] = (filter[name] as string).toUpperCase();
      const { items, total } = await readAppOrServer(
        command,
        { path: `/api/v1/${noun.path}`, query: { ...(filter as ApiRequest['query']), limit, offset } },
        (ctx) => listRecords(ctx, noun.kind, filter, { limit, offset }),
      );
      printList(format, items, (items as Rec[]).map(noun.row), total);
    });
  group
    .command('show')
    .description(`Show one ${noun.name} record with its sources`)
    .argument('<id>', `${noun.name} id`)
    .action(async (id: string, _o, command: Command) => {
      const record = await readAppOrServer(
        command,
        { path: `/api/v1/${noun.path}/${encodeURIComponent(id)}` },
        (ctx) => getRecord(ctx, noun.kind, id),
      );
      print(toJson(record));
    });
}

export function registerRecordCommands(program: Command): void {
  for (const noun of nouns) registerNoun(program, noun);
}
