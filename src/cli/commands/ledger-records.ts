/** `ramstein package|meeting|claim|equipment|target list|show`: the other ledger records, read from the terminal. */
import type { Command } from 'commander';
import { getClaim } from '../../app/claims/get-claim.ts';
import { listClaims } from '../../app/claims/list-claims.ts';
import type { AppContext } from '../../app/context.ts';
import { getEquipment } from '../../app/equipment/get-equipment.ts';
import { listEquipment } from '../../app/equipment/list-equipment.ts';
import { getMeeting } from '../../app/meetings/get-meeting.ts';
import { listMeetings } from '../../app/meetings/list-meetings.ts';
import { getPackage } from '../../app/packages/get-package.ts';
import { listPackages } from '../../app/packages/list-packages.ts';
import { getTarget } from '../../app/targets/get-target.ts';
import { listTargets } from '../../app/targets/list-targets.ts';
import { claimFilters } from '../../store/repositories/claims.ts';
import { equipmentFilters } from '../../store/repositories/equipment.ts';
import { meetingFilters } from '../../store/repositories/meetings.ts';
import { packageFilters } from '../../store/repositories/packages.ts';
import type { Page } from '../../store/repositories/versioned-records.ts';
import { targetFilters } from '../../store/repositories/targets.ts';
import { readAppOrServer } from '../app.ts';
import type { ApiRequest } from '../server-link.ts';
import type { Cell } from '../output.ts';
import { print, toJson } from '../output.ts';
import { count, date, listFormats, oneOf, printList, type ListFormat } from './ledger-options.ts';

type Rec = Record<string, unknown>;

const money = (m: unknown) => {
  const v = m as { amount: string | null; currency: string } | null;
  return v ? `${v.amount ?? '?'} ${v.currency}` : null;
};

interface Noun {
  name: string;
  /** Its collection in the API: /api/v1/{path}. */
  path: string;
  filters: readonly string[];
  list(ctx: AppContext, filter: never, page: Page): Promise<{ items: unknown[]; total: number }>;
  get(ctx: AppContext, id: string): Promise<unknown>;
  description: string;
  /** The columns of the list table. */
  row(r: Rec): Record<string, Cell>;
}

const nouns: Noun[] = [
  {
    name: 'package',
    path: 'packages',
    filters: packageFilters,
    list: listPackages,
    get: getPackage,
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
    filters: meetingFilters,
    list: listMeetings,
    get: getMeeting,
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
    filters: claimFilters,
    list: listClaims,
    get: getClaim,
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
    filters: equipmentFilters,
    list: listEquipment,
    get: getEquipment,
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
    filters: targetFilters,
    list: listTargets,
    get: getTarget,
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
  for (const filter of noun.filters) {
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
        (ctx) => noun.list(ctx, filter as never, { limit, offset }),
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
        (ctx) => noun.get(ctx, id),
      );
      print(toJson(record));
    });
}

export function registerRecordCommands(program: Command): void {
  for (const noun of nouns) registerNoun(program, noun);
}
