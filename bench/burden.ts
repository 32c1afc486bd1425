/**
 * The burden report over a synthetic ledger of one million commitment lines (BENCH_LINES=N for
 * another size; scripts/generate-ledger.ts), against the same aggregation written by hand as one
 * SQL query on the same database: PGlite always, PostgreSQL when one answers on 127.0.0.1:5432.
 *
 * The caller sees every record, so neither side filters by visibility. The hand-written query
 * computes only committed and delivered EUR per donor; the report's one query over the ledger
 * also gives USD (for % of GDP), per-year sums, counts, the split by pipeline stage, the
 * conversion audit and the values on every valuation basis behind the ranges. Both are printed:
 * the whole report, and its query over the ledger alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { createContext } from '../src/app/context.ts';
import { loadReferenceData } from '../src/app/reference/load-reference-data.ts';
import { reportBurden } from '../src/app/reports/report-burden.ts';
import { runReportQuery } from '../src/store/reports/run-report-query.ts';
import { burdenRowsAndConversion } from '../src/store/reports/burden.sql.ts';
import { systemActor } from '../src/domain/access/actor.ts';
import type { Database } from '../src/store/database.ts';
import { migrate } from '../src/store/migrate.ts';
import { openPGlite } from '../src/store/pglite.ts';
import { openPostgres } from '../src/store/postgres.ts';
import { generateLedger } from '../scripts/generate-ledger.ts';
import { postgresTestUrl } from '../test/support/postgres-url.ts';
import { median, report, timed, freshPostgresDatabase, dropPostgresDatabase } from './support.ts';

const LINES = Number(process.env.BENCH_LINES ?? 1_000_000);

/**
 * Committed and delivered EUR per donor, by hand: the same counting rules as the report (aid
 * only, value date rates crossed through the euro, one half-even rounding per amount, catalogue
 * estimates, unlinked pooled shares, status derived from events) without the report's extras
 * (USD for % of GDP, counts, co-donors).
 */
const handTuned = `
WITH scope AS MATERIALIZED (
  SELECT c.id, c.donor, c.money_minor, c.money_currency, coalesce(c.money_value_date, c.announced_on) AS value_date
    FROM commitments c
   WHERE c.recipient = 'UA' AND c.mode IS DISTINCT FROM 'sale' AND c.replenishes IS NULL AND c.donor <> 'UA'
),
ev AS MATERIALIZED (
  SELECT e.* FROM commitment_events e JOIN scope s ON s.id = e.commitment_id
   WHERE NOT EXISTS (SELECT 1 FROM commitment_events v WHERE v.commitment_id = e.commitment_id
                       AND v.kind = 'correction' AND v.corrects_seq = e.seq)
),
reset AS (
  SELECT DISTINCT ON (commitment_id) commitment_id, occurred_on, seq, status FROM ev
   WHERE kind = 'correction' AND status IS NOT NULL ORDER BY commitment_id, occurred_on DESC, seq DESC
),
rank AS (
  SELECT e.commitment_id, max(CASE
    WHEN r.seq IS NOT NULL AND (e.occurred_on, e.seq) < (r.occurred_on, r.seq) THEN NULL
    WHEN r.seq = e.seq THEN greatest(array_position(ARRAY['announced','committed','contracted','delivering','delivered','cancelled'], r.status) - 1,
                                     CASE WHEN e.quantity IS NOT NULL THEN 3 END)
    WHEN e.kind = 'status' THEN array_position(ARRAY['announced','committed','contracted','delivering','delivered','cancelled'], e.status) - 1
    WHEN e.kind = 'delivery' OR (e.kind = 'correction' AND e.quantity IS NOT NULL) THEN 3 END) AS rank
    FROM ev e LEFT JOIN reset r ON r.commitment_id = e.commitment_id GROUP BY e.commitment_id
),
dl AS (
  SELECT commitment_id, line_no, sum(quantity) AS delivered,
         bool_or(increase) AS raised
    FROM ev WHERE (kind = 'delivery' OR (kind = 'correction' AND quantity IS NOT NULL)) AND line_no IS NOT NULL AND quantity IS NOT NULL
   GROUP BY commitment_id, line_no
),
ln AS MATERIALIZED (
  SELECT l.commitment_id, l.equipment_id,
         CASE WHEN dl.raised THEN greatest(l.quantity, dl.delivered) ELSE l.quantity END AS committed,
         coalesce(dl.delivered, 0) AS delivered
    FROM commitment_lines l JOIN scope s ON s.id = l.commitment_id
    LEFT JOIN dl ON dl.commitment_id = l.commitment_id AND dl.line_no = l.line_no
),
st AS (
  SELECT s.id,
         CASE WHEN coalesce(rk.rank, 0) = 3 AND p.n > 0 AND p.full = p.n THEN 4 ELSE coalesce(rk.rank, 0) END AS rank,
         coalesce(p.n, 0) AS n, p.share_sum
    FROM scope s LEFT JOIN rank rk ON rk.commitment_id = s.id
    LEFT JOIN (SELECT commitment_id, count(*) FILTER (WHERE committed > 0) AS n,
                      count(*) FILTER (WHERE committed > 0 AND delivered >= committed) AS full,
                      sum(least(delivered::numeric / committed, 1)) FILTER (WHERE committed > 0 AND delivered > 0) AS share_sum
                 FROM ln GROUP BY commitment_id) p ON p.commitment_id = s.id
),
val AS (
  SELECT s.donor, s.money_minor::numeric AS amount, s.money_currency AS currency, s.value_date,
         CASE WHEN st.rank = 4 THEN 1 WHEN st.n > 0 THEN coalesce(st.share_sum, 0) ELSE 0 END AS sn,
         CASE WHEN st.rank = 4 OR st.n = 0 THEN 1 ELSE st.n END AS sd
    FROM scope s JOIN st ON st.id = s.id WHERE s.money_minor IS NOT NULL
  UNION ALL
  SELECT s.donor, sum(et.indicative_value_minor * ln.committed)::numeric, et.indicative_value_currency, s.value_date,
         CASE WHEN min(st.rank) = 4 OR sum(et.indicative_value_minor * ln.committed) = 0 THEN 1
              ELSE sum(et.indicative_value_minor * least(ln.delivered, ln.committed)) END,
         CASE WHEN min(st.rank) = 4 OR sum(et.indicative_value_minor * ln.committed) = 0 THEN 1
              ELSE sum(et.indicative_value_minor * ln.committed) END
    FROM ln JOIN scope s ON s.id = ln.commitment_id JOIN st ON st.id = s.id
    JOIN equipment_types et ON et.id = ln.equipment_id
   WHERE s.money_currency IS NULL AND ln.committed IS NOT NULL AND et.indicative_value_minor IS NOT NULL
   GROUP BY s.id, s.donor, s.value_date, et.indicative_value_currency
  UNION ALL
  SELECT f.party, f.amount_minor, f.currency, p.announced_on, CASE WHEN p.status = 'delivered' THEN 1 ELSE 0 END, 1
    FROM package_funders f JOIN packages p ON p.id = f.package_id
   WHERE f.commitment_id IS NULL AND f.amount_minor IS NOT NULL AND p.mechanism = 'PURL'
),
fx AS (
  SELECT p.currency, p.value_date,
         CASE WHEN p.currency = 'EUR' THEN 100::numeric WHEN p.value_date - r.rate_date <= 14 THEN 100::numeric END AS num,
         CASE WHEN p.currency = 'EUR' THEN 100::numeric WHEN p.value_date - r.rate_date <= 14 THEN r.rate * power(10::numeric, m.places) END AS den
    FROM (SELECT DISTINCT currency, value_date FROM val WHERE value_date IS NOT NULL) p
    LEFT JOIN LATERAL (SELECT rate_date, rate FROM exchange_rates x WHERE x.currency = p.currency AND x.rate_date <= p.value_date
                        ORDER BY rate_date DESC LIMIT 1) r ON p.currency <> 'EUR'
    LEFT JOIN (VALUES ('JPY'::char(3), 0), ('ISK', 0), ('KRW', 0)) AS z(currency, places) ON z.currency = p.currency
    CROSS JOIN LATERAL (SELECT coalesce(z.places, 2) AS places) m
),
cv AS (
  SELECT v.donor, round_half_even_ratio(v.amount * fx.num, fx.den) AS value, v.sn, v.sd
    FROM val v JOIN fx ON fx.currency = v.currency AND fx.value_date = v.value_date
)
SELECT donor, sum(value)::text AS committed, sum(round_half_even_ratio(value * sn, sd))::text AS delivered
  FROM cv GROUP BY donor ORDER BY donor`;

/**
 * Median wall time of each piece of work, and for PGlite (which runs in this process) its median
 * CPU time too: the rounds take turns, so that a machine whose load changes during the run weighs
 * on every piece alike, and CPU time hardly moves with the load at all.
 */
async function measureInTurns<K extends string>(
  works: Record<K, () => Promise<unknown>>,
  rounds = 5,
): Promise<Record<K, { ms: number; cpuMs: number }>> {
  const names = Object.keys(works) as K[];
  for (const name of names) await works[name]();
  const wall = new Map<K, number[]>(names.map((n) => [n, []]));
  const cpu = new Map<K, number[]>(names.map((n) => [n, []]));
  for (let i = 0; i < rounds; i++) {
    for (const name of names) {
      const before = process.cpuUsage();
      wall.get(name)!.push((await timed(works[name])).ms);
      const used = process.cpuUsage(before);
      cpu.get(name)!.push((used.user + used.system) / 1000);
    }
  }
  return Object.fromEntries(
    names.map((n) => [n, { ms: median(wall.get(n)!), cpuMs: median(cpu.get(n)!) }]),
  ) as Record<K, { ms: number; cpuMs: number }>;
}

async function benchOn(kind: string, db: Database): Promise<void> {
  await migrate(db);
  const ctx = createContext(db);
  await loadReferenceData(ctx);
  const generated = await generateLedger(db, LINES);
  report(`burden/${kind}: generate ledger`, {
    lines: generated.lines,
    commitments: generated.commitments,
    events: generated.events,
    ms: generated.ms,
  });
  // Each run on a day of its own: answers are cached per day, and a cached answer measures nothing.
  let day = 0;
  const uncached = () => ({ ...ctx, clock: { ...ctx.clock, now: () => new Date(Date.UTC(2030, 0, ++day)) } });
  const input = { currency: 'EUR', recipient: 'UA', from: null, to: null, asOf: null };
  const times = await measureInTurns({
    report: () => reportBurden(uncached(), { currency: 'EUR' }),
    query: () => burdenRowsAndConversion(db, systemActor, input),
    hand: () => runReportQuery(db, sql.raw(handTuned)),
  });
  // Both must say the same thing, or the comparison means nothing.
  const fromReport = await reportBurden(ctx, { currency: 'EUR' });
  const fromSql = await runReportQuery(
    db,
    sql.raw<{ donor: string; committed: string; delivered: string }>(handTuned),
  );
  const same = fromSql.every((row) => {
    const d = fromReport.donors.find((x) => x.donor === row.donor);
    return d?.committed.amount_minor === row.committed && d.delivered.amount_minor === row.delivered;
  });
  // CPU time of this process: the query's own on PGlite, only the client's on PostgreSQL.
  const cpu = (t: { cpuMs: number }): Record<string, number> =>
    kind === 'pglite' ? { cpu_ms: t.cpuMs } : {};
  report(`burden/${kind}: report (EUR)`, {
    median_ms: times.report.ms,
    ...cpu(times.report),
    lines_per_s: Math.round(generated.lines / (times.report.ms / 1000)),
  });
  report(`burden/${kind}: report's ledger query`, { median_ms: times.query.ms, ...cpu(times.query) });
  report(`burden/${kind}: hand-tuned SQL`, {
    median_ms: times.hand.ms,
    ...cpu(times.hand),
    ratio_report_vs_sql: times.report.ms / times.hand.ms,
    ratio_query_vs_sql: times.query.ms / times.hand.ms,
    ...((kind === 'pglite'
      ? {
          cpu_ratio_report_vs_sql: times.report.cpuMs / times.hand.cpuMs,
          cpu_ratio_query_vs_sql: times.query.cpuMs / times.hand.cpuMs,
        }
      : {}) as Record<string, number>),
    same_totals: same ? 'yes' : 'NO',
  });
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ramstein-bench-burden-'));
  const lite = await openPGlite(dir);
  try {
    await benchOn('pglite', lite);
  } finally {
    await lite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const adminUrl = await postgresTestUrl();
  if (!adminUrl) {
    report('burden/postgres', { skipped: 'no PostgreSQL answers on 127.0.0.1:5432' });
    return;
  }
  const name = `ramstein_bench_${process.pid}`;
  const db = await openPostgres(await freshPostgresDatabase(adminUrl, name));
  try {
    await benchOn('postgres', db);
  } finally {
    await db.close();
    await dropPostgresDatabase(adminUrl, name);
  }
}
