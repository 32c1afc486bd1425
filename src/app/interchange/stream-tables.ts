/**
 * The flat tables of a streamed export (XLSX workbook, CSV files): the rows `toTables` gives for
 * the same reader, but commitments are never held whole. The other sections are read first (they
 * do not grow with the commitments); each table that needs commitments (commitments, their lines
 * and events, sources and their links) reads them again from the repository, a keyset page at a
 * time, while its rows are written.
 */
import { requirePermission } from '../../domain/access/permissions.ts';
import type { ConversionSummary } from '../../domain/money/conversion-summary.ts';
import type { Queryable } from '../../store/database.ts';
import { commitments } from '../../store/repositories/commitments.ts';
import type { AppContext } from '../context.ts';
import { STREAM_PAGE, type Exported } from './export-ledger.ts';
import {
  commitmentEventRows,
  commitmentLineRows,
  commitmentRow,
  emptyTables,
  linkedKinds,
  packageFunderRows,
  packageRow,
  sourceLinkRows,
  sourceRows,
} from './ledger-tables.ts';
import { sectionsToTables } from './section-tables.ts';
import { commitmentBatches, ledgerSectionReaders } from './stream-ledger.ts';
import type { TableName } from './table-columns.ts';
import { row, type Rec } from './table-rows.ts';

/** Each table's rows without its header, a batch at a time. */
export type TableRows = (name: TableName) => AsyncIterable<readonly string[][]>;

export interface StreamedTables {
  rows: TableRows;
  rates: ConversionSummary;
  /** Records per section, for the closing line: commitments and replenishments counted as their table is written. */
  counts: () => [section: string, records: number][];
}

export interface StreamedTablesOptions {
  withTexts?: boolean;
  /** Commitments read per page (the file is the same whatever the size). */
  batchSize?: number;
}

export async function streamedTables(
  ctx: AppContext,
  db: Queryable,
  options: StreamedTablesOptions = {},
): Promise<StreamedTables> {
  requirePermission(ctx.actor, 'ledger:read');
  const read = ledgerSectionReaders(ctx, db, options.withTexts ?? false);
  const doc = {
    sources: await read.sources(),
    equipment: await read.equipment(),
    meetings: await read.meetings(),
    packages: await read.packages(),
    claims: await read.claims(),
    targets: await read.targets(),
    people: await read.people(),
    policy_events: await read.policy_events(),
    requirements: await read.requirements(),
    meeting_records: await read.meeting_records(),
    editions: await read.editions(),
  };
  const rates = await read.exchange_rates();
  const size = options.batchSize ?? STREAM_PAGE;
  const batches = () => commitmentBatches(ctx, db, { size });
  // The tables of the sections beyond the records (source texts, requirements, editions…).
  const sections = emptyTables();
  sectionsToTables(doc, sections);
  let written: { commitments: number; replenishments: number } | undefined;

  async function* commitmentTable(): AsyncIterable<string[][]> {
    const count = { commitments: 0, replenishments: 0 };
    for await (const { rows, records } of batches()) {
      // A replenished commitment the reader may not see is left out, as in the JSON document.
      const replenished = rows.flatMap((r) => (r.replenishes === null ? [] : [r.replenishes]));
      const visible = new Set((await commitments.getMany(db, replenished, ctx.actor)).map((r) => r.id));
      const links = new Map(
        rows.flatMap((r) =>
          r.replenishes !== null && visible.has(r.replenishes) ? [[r.id, r.replenishes]] : [],
        ),
      );
      count.commitments += records.length;
      count.replenishments += links.size;
      yield records.map((c) => commitmentRow(c, links.get(c.id)));
    }
    written = count;
  }

  async function* perCommitment(rowsOf: (c: Exported) => string[][]): AsyncIterable<string[][]> {
    for await (const { records } of batches()) yield records.flatMap(rowsOf);
  }

  /** Every record's source links in the order of `linkedKinds`, each cited source noted in `cited`. */
  async function* links(cited: Map<string, Rec>): AsyncIterable<string[][]> {
    for (const [section, type] of linkedKinds) {
      if (section === 'commitments') yield* perCommitment((c) => sourceLinkRows(type, c, cited));
      else yield doc[section].flatMap((record) => sourceLinkRows(type, record, cited));
    }
  }

  async function* sourceTable(): AsyncIterable<string[][]> {
    const cited = new Map<string, Rec>();
    for await (const _batch of links(cited));
    yield sourceRows(cited, doc.sources);
  }

  const rows: TableRows = (name) => {
    switch (name) {
      case 'equipment':
      case 'meetings':
      case 'claims':
      case 'targets':
      case 'people':
      case 'policy_events':
        return whole(doc[name].map((record) => row(name, record)));
      case 'packages':
        return whole(doc.packages.map(packageRow));
      case 'package_funders':
        return whole(doc.packages.flatMap(packageFunderRows));
      case 'commitments':
        return commitmentTable();
      case 'commitment_lines':
        return perCommitment(commitmentLineRows);
      case 'commitment_events':
        return perCommitment(commitmentEventRows);
      case 'sources':
        return sourceTable();
      case 'record_sources':
        return links(new Map());
      default:
        return whole(sections[name]);
    }
  };

  const counts = (): [string, number][] => [
    ['sources', doc.sources.length],
    ['equipment', doc.equipment.length],
    ['meetings', doc.meetings.length],
    ['packages', doc.packages.length],
    ['commitments', written?.commitments ?? 0],
    ['claims', doc.claims.length],
    ['targets', doc.targets.length],
    ['replenishments', written?.replenishments ?? 0],
    ['people', doc.people.length],
    ['policy_events', doc.policy_events.length],
    ['requirements', doc.requirements.length],
    ['meeting_records', doc.meeting_records.length],
    ['editions', doc.editions.length],
  ];
  return { rows, rates, counts };
}

async function* whole(rows: string[][]): AsyncIterable<string[][]> {
  yield rows;
}
