/**
 * One edition as its publisher's figures: header and attribution, files, donor table with totals,
 * and the checks of the edition against itself (rows vs country table, donors' months vs the
 * published monthly totals, military aid by channel).
 */
import { requirePermission } from '../../domain/access/permissions.ts';
import {
  checkPeriodTotals,
  checkRowsAgainstTable,
  shapeDonorTable,
  type DonorTableRow,
  type PeriodCheck,
  type RowsTableCheck,
} from '../../domain/editions/donor-table.ts';
import { donorTableSeries } from '../../domain/editions/edition.ts';
import { AppError } from '../../domain/errors.ts';
import type { Queryable } from '../../store/database.ts';
import { editions, type EditionSummary } from '../../store/repositories/editions.ts';
import { cachedReport } from '../reports/report-cache.ts';
import type { AppContext } from '../context.ts';
import { kielContract } from './import-edition.ts';

export interface ChannelTotal {
  channel: string;
  total_minor: bigint;
  by_year: { year: number; amount_minor: bigint }[];
}

export interface EditionView {
  edition: EditionSummary;
  donors: DonorTableRow[];
  totals: Record<string, bigint | null>;
  checks: {
    rows_vs_table: RowsTableCheck[] | null;
    months_vs_totals: PeriodCheck[] | null;
    channels: ChannelTotal[] | null;
  };
}

export async function requireEdition(db: Queryable, id: string): Promise<EditionSummary> {
  const edition = await editions.get(db, id);
  if (!edition)
    throw new AppError('not_found', `no edition ${id} (ramstein editions list shows the editions)`);
  return edition;
}

export async function editionDonorTable(db: Queryable, edition: EditionSummary): Promise<DonorTableRow[]> {
  const layout = kielContract().layouts[edition.layout];
  if (!layout) return [];
  return shapeDonorTable(await editions.donorSums(db, edition.id, layout.donor_table, [...donorTableSeries]));
}

function totalsOf(donors: readonly DonorTableRow[]): Record<string, bigint | null> {
  return Object.fromEntries(
    donorTableSeries.map((s) => {
      const values = donors.map((d) => d.values[s]).filter((v): v is bigint => v !== null);
      return [s, values.length ? values.reduce((a, b) => a + b, 0n) : null];
    }),
  );
}

async function channelTotals(db: Queryable, id: string): Promise<ChannelTotal[]> {
  const channels = ['channel.stockpile', 'channel.procurement', 'channel.unspecified', 'channel.nato_purl'];
  const sums = await editions.periodSums(db, id, 'procurement_trends.csv', channels);
  return channels.map((channel) => {
    const rows = sums.filter((s) => s.series === channel);
    const years = new Map<number, bigint>();
    for (const r of rows)
      years.set(
        Number(r.period.slice(0, 4)),
        (years.get(Number(r.period.slice(0, 4))) ?? 0n) + r.amount_minor,
      );
    return {
      channel: channel.slice('channel.'.length),
      total_minor: rows.reduce((a, r) => a + r.amount_minor, 0n),
      by_year: [...years].map(([year, amount_minor]) => ({ year, amount_minor })),
    };
  });
}

export async function getEdition(ctx: AppContext, id: string): Promise<EditionView> {
  requirePermission(ctx.actor, 'reference:read');
  const edition = await requireEdition(ctx.db, id);
  const donors = await editionDonorTable(ctx.db, edition);
  const has = (file: string) => edition.files.some((f) => f.name === file);
  let rowsVsTable: RowsTableCheck[] | null = null;
  if (has('bilateral_activities.csv')) {
    const sums = await editions.activitySums(ctx.db, id);
    const allocations = new Map<string, { donor_name: string; amount_minor: bigint }>();
    for (const s of sums.filter((x) => x.measure === 'allocation')) {
      const prev = allocations.get(s.party_code);
      allocations.set(s.party_code, {
        donor_name: s.donor_name,
        amount_minor: (prev?.amount_minor ?? 0n) + s.amount_minor,
      });
    }
    rowsVsTable = checkRowsAgainstTable(allocations, donors);
  }
  let monthsVsTotals: PeriodCheck[] | null = null;
  if (has('total_allocations.csv')) {
    const donorMonths = await editions.periodSums(ctx.db, id, 'data_explorer.csv', ['allocation.total']);
    const published = await editions.periodSums(ctx.db, id, 'total_allocations.csv', ['allocation.total']);
    monthsVsTotals = checkPeriodTotals(donorMonths, published);
  }
  return {
    edition,
    donors,
    totals: totalsOf(donors),
    checks: {
      rows_vs_table: rowsVsTable,
      months_vs_totals: monthsVsTotals,
      channels: has('procurement_trends.csv') ? await channelTotals(ctx.db, id) : null,
    },
  };
}

export async function listEditions(ctx: AppContext, dataset?: string): Promise<EditionSummary[]> {
  requirePermission(ctx.actor, 'reference:read');
  // The overview asks for it on every visit: kept until an edition is imported (report-cache.ts).
  return cachedReport(ctx, 'editions.list', { dataset: dataset ?? null }, () =>
    editions.list(ctx.db, dataset),
  );
}
