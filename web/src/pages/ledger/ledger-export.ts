/** The commitments of the current view, every page of it, as CSV or XLSX rows with provenance. */
import { get } from '../../api/client.ts';
import type { Commitment, ReportConversion as Conversion } from '../../api/types.ts';
import { toCsv } from '../../lib/export/csv.ts';
import { download } from '../../lib/export/download.ts';
import { toXlsx } from '../../lib/export/xlsx.ts';
import { apiQuery, type LedgerView } from './ledger-query.ts';

const header = [
  'id',
  'announced_on',
  'donor',
  'co_donors',
  'recipient',
  'mode',
  'status',
  'equipment',
  'amount',
  'currency',
  'qualifier',
  'value_date',
  'package',
  'meeting',
  'visibility',
  'sources',
];
const AMOUNT_COLUMN = header.indexOf('amount');
const BATCH = 1000;

export function commitmentRow(c: Commitment): string[] {
  return [
    c.id,
    c.announced_on ?? '',
    c.donor,
    c.co_donors.join(' '),
    c.recipient,
    c.mode ?? '',
    c.state.status,
    c.items
      .map(
        (line) =>
          `${line.equipment ?? line.category ?? '?'}${line.quantity !== null ? ` x${line.quantity}` : ''}`,
      )
      .join('; '),
    c.money?.amount ?? '',
    c.money?.currency ?? '',
    c.money?.qualifier ?? '',
    c.money?.value_date ?? '',
    c.package ?? '',
    c.announced_at ?? '',
    c.visibility,
    c.sources.map((s) => s.url ?? s.id).join(' '),
  ];
}

/**
 * After the rows, as the server's exports do: the last ECB rate date used to value the view in
 * EUR, then every amount of the view that could not be converted, with why.
 */
export function conversionRows(conversion: Conversion): string[][] {
  return [
    [],
    ['ecb_rates_last_used', conversion.rate_date ?? 'none needed'],
    ...conversion.unconverted.map((u) => [
      'not_converted',
      u.record,
      u.donor ?? '',
      u.amount,
      u.currency,
      u.value_date ?? '',
      u.text,
    ]),
  ];
}

async function allRows(view: LedgerView): Promise<string[][]> {
  const rows: string[][] = [header];
  for (let offset = 0; ; offset += BATCH) {
    const page = await get('/api/v1/commitments', { query: apiQuery(view, BATCH, offset) });
    rows.push(...page.items.map(commitmentRow));
    if (offset + BATCH >= page.total) return [...rows, ...conversionRows(page.conversion)];
  }
}

export async function exportView(view: LedgerView, format: 'csv' | 'xlsx'): Promise<void> {
  const rows = await allRows(view);
  const name = `ramstein-commitments-${new Date().toISOString().slice(0, 10)}`;
  if (format === 'csv') download(`${name}.csv`, toCsv(rows), 'text/csv;charset=utf-8');
  else
    download(
      `${name}.xlsx`,
      toXlsx(rows, new Set([AMOUNT_COLUMN]), 'Commitments'),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
}
