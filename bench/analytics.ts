/**
 * The analytics reports over the synthetic ledger (scripts/generate-ledger.ts, one million lines by
 * default), every commitment announced at a monthly meeting: follow-through per meeting, the fair
 * share of each of the ledger's four years, and every commitment valued on every basis with the
 * range per donor. Baselines measured in the same run on the same rows: a plain aggregate query
 * (lines joined to their commitments, grouped by donor) and the burden report. PGlite always,
 * PostgreSQL when one answers on 127.0.0.1:5432. Kiel's release 29 is imported from ../shared when
 * it is there, so that the kiel basis reads a real heavy-weapon table.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createContext, type AppContext } from '../src/app/context.ts';
import { importEdition } from '../src/app/editions/import-edition.ts';
import { importLedger } from '../src/app/interchange/import-ledger.ts';
import { loadReferenceData } from '../src/app/reference/load-reference-data.ts';
import { reportFairShare } from '../src/app/reports/report-fair-share.ts';
import { reportFollowThrough } from '../src/app/reports/report-follow-through.ts';
import { loadValuedCommitments } from '../src/app/reports/valued-commitments.ts';
import { groupBy } from '../src/domain/group-by.ts';
import { totalsByBasis } from '../src/domain/reports/valuation.ts';
import type { Database } from '../src/store/database.ts';
import { migrate } from '../src/store/migrate.ts';
import { openPGlite } from '../src/store/pglite.ts';
import { openPostgres } from '../src/store/postgres.ts';
import { generateLedger } from '../scripts/generate-ledger.ts';
import { burdenRows } from '../src/store/reports/burden.sql.ts';
import { postgresTestUrl } from '../test/support/postgres-url.ts';
import { median, report, timed, freshPostgresDatabase, dropPostgresDatabase } from './support.ts';

const LINES = Number(process.env.BENCH_LINES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** `pglite` or `postgres` to run on one engine only. */
const ENGINE = process.env.BENCH_ENGINE ?? 'both';
const YEARS = [2022, 2023, 2024, 2025];
const kielR29 = new URL('../../shared/data/external/kiel/r29/', import.meta.url);

const plainAggregate = `
SELECT c.donor, count(*) AS lines, sum(l.quantity)::text AS units, sum(c.money_minor)::text AS money
  FROM commitments c JOIN commitment_lines l ON l.commitment_id = c.id
 WHERE c.mode IS DISTINCT FROM 'sale' AND c.replenishes IS NULL AND c.donor <> c.recipient
 GROUP BY c.donor ORDER BY c.donor`;

async function measure(work: () => Promise<unknown>): Promise<number> {
  await work();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) runs.push((await timed(work)).ms);
  return median(runs);
}

/**
 * One meeting on the first day of every month of the ledger, each commitment at its month's; and
 * declared values for some in-kind lines, so that totals have a range across bases.
 */
async function prepare(db: Database): Promise<number> {
  await db.transaction(async (tx) => {
    await tx.query(`SET LOCAL session_replication_role = replica`);
    await tx.query(
      `INSERT INTO meetings (id, kind, date, status)
       SELECT 'bench-' || to_char(d, 'YYYY-MM'), 'udcg', d::date, 'held'
         FROM generate_series('2022-01-01'::date, '2025-12-01'::date, interval '1 month') d`,
    );
    // Declared values for the in-kind lines of every 20th commitment: estimates that disagree.
    await tx.query(
      `INSERT INTO declared_line_values (commitment_id, line_no, amount_minor, currency, value_date, declared_by, created_at, updated_at)
       SELECT l.commitment_id, l.line_no, 250000 * l.quantity, 'EUR', c.announced_on, c.donor, now(), now()
         FROM commitment_lines l JOIN commitments c ON c.id = l.commitment_id
        WHERE l.equipment_id IS NOT NULL AND l.quantity IS NOT NULL
          AND substr(c.id, 5)::int % 20 = 0`,
    );
    await tx.query(
      `UPDATE commitments SET meeting_id = 'bench-' || to_char(announced_on, 'YYYY-MM')
        WHERE announced_on >= '2022-01-01' AND announced_on < '2026-01-01'`,
    );
  });
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM commitments WHERE meeting_id IS NOT NULL`,
  );
  return row!.n;
}

async function kielEdition(ctx: AppContext): Promise<string> {
  if (!fs.existsSync(kielR29)) return 'none (../shared not found: kiel basis falls back)';
  const files = new Map(
    fs.readdirSync(kielR29).map((name) => [name, fs.readFileSync(new URL(name, kielR29), 'utf8')]),
  );
  return (await importEdition(ctx, { source: 'kiel', release: '29', files })).id;
}

/** Every commitment on every basis, and per donor the lowest and highest total. */
async function valuationRange(ctx: AppContext): Promise<number> {
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const { commitments } = await loadValuedCommitments(ctx.db, ctx.actor, { asOf: null }, today);
  const byDonor = groupBy(
    commitments,
    (c) => c.row.donor,
    (c) => c.valued,
  );
  return [...byDonor.values()].filter((list) => {
    const range = totalsByBasis(list);
    return range.low !== range.high;
  }).length;
}

async function benchOn(kind: string, db: Database): Promise<void> {
  await migrate(db);
  const ctx = createContext(db);
  await loadReferenceData(ctx);
  const targets = JSON.parse(fs.readFileSync(new URL('../data/demo/targets.json', import.meta.url), 'utf8'));
  await importLedger(ctx, { targets });
  const generated = await generateLedger(db, LINES);
  const atMeetings = await prepare(db);
  const edition = await kielEdition(ctx);
  report(`analytics/${kind}: ledger`, {
    lines: generated.lines,
    commitments: generated.commitments,
    at_meetings: atMeetings,
    events: generated.events,
    kiel: edition,
  });

  const plainMs = await measure(() => db.query(plainAggregate));
  // The burden report's own query (its answers are cached; the query is what a change recomputes).
  const burdenScope = { currency: 'EUR', recipient: 'UA', from: null, to: null, asOf: null } as const;
  const burdenMs = await measure(() => burdenRows(db, ctx.actor, burdenScope));
  report(`analytics/${kind}: baseline plain SQL`, { median_ms: plainMs });
  report(`analytics/${kind}: baseline burden query`, { median_ms: burdenMs });
  const figures = (ms: number) => ({
    median_ms: ms,
    lines_per_s: Math.round(generated.lines / (ms / 1000)),
    vs_plain_sql: ms / plainMs,
    vs_burden: ms / burdenMs,
  });

  const follow = await reportFollowThrough(ctx, { valuation: 'record' });
  const followMs = await measure(() => reportFollowThrough(ctx, { valuation: 'record' }));
  report(`analytics/${kind}: follow-through`, { meetings: follow.meetings.length, ...figures(followMs) });

  const fairMs = await measure(async () => {
    for (const year of YEARS) await reportFairShare(ctx, { year });
  });
  report(`analytics/${kind}: fair share ×${YEARS.length} years`, figures(fairMs));

  const ranged = await valuationRange(ctx);
  const rangeMs = await measure(() => valuationRange(ctx));
  report(`analytics/${kind}: valuation range`, { donors_with_range: ranged, ...figures(rangeMs) });
}

export async function run(): Promise<void> {
  if (ENGINE !== 'postgres') await onPGlite();
  if (ENGINE !== 'pglite') await onPostgres();
}

async function onPGlite(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ramstein-bench-analytics-'));
  const lite = await openPGlite(dir);
  try {
    await benchOn('pglite', lite);
  } finally {
    await lite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres(): Promise<void> {
  const adminUrl = await postgresTestUrl();
  if (!adminUrl) {
    report('analytics/postgres', { skipped: 'no PostgreSQL answers on 127.0.0.1:5432' });
    return;
  }
  const name = `ramstein_bench_analytics_${process.pid}`;
  const db = await openPostgres(await freshPostgresDatabase(adminUrl, name));
  try {
    await benchOn('postgres', db);
  } finally {
    await db.close();
    await dropPostgresDatabase(adminUrl, name);
  }
}
