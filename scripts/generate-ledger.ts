/**
 * A synthetic ledger for benchmarks: N commitment lines (default 1,000,000 = 250,000 commitments
 * × 4 lines) of NATO donors to Ukraine, written straight into a migrated database with
 * set-based SQL (INSERT … SELECT … FROM generate_series), so that a million lines take seconds.
 *
 * Deterministic: every field is a fixed function of the commitment number i (multiplications by
 * primes modulo small ranges), so two runs give the same ledger and the same report. Shape:
 * - money in EUR, USD, GBP, NOK or PLN (by i mod 5), 1,000 to 100 million in major units, value
 *   date = announcement date, spread over 2022-2025; every 10th commitment is in kind (no money,
 *   lines of catalogue items with an indicative value: estimated), every 10th + 1 has a vague
 *   amount; every 50th is a sale and every 101st a replenishment (both excluded from aid);
 *   every 20th has a co-donor; every 100th is restricted to its donor;
 * - events: announced (all), committed with a planned date (even i), deliveries of every line
 *   (half of each line when i mod 3 = 0, all of it when i mod 6 = 0), a suspension (i mod 7 = 0),
 *   a cancellation (i mod 13 = 0).
 * Ids start with `syn-`. Foreign-key triggers are switched off for the bulk insert when the role
 * may do so (the rows are valid by construction); no audit events are written: this is test
 * data, not a user's record.
 *
 * npx tsx scripts/generate-ledger.ts --lines 1000000 [--database-url URL | --data-dir DIR]
 */
import { pathToFileURL } from 'node:url';
import type { Database } from '../src/store/database.ts';

export const natoDonors = [
  'AL',
  'BE',
  'BG',
  'CA',
  'HR',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IS',
  'IT',
  'LV',
  'LT',
  'LU',
  'ME',
  'NL',
  'MK',
  'NO',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'TR',
  'GB',
  'US',
];

export interface GeneratedLedger {
  commitments: number;
  lines: number;
  events: number;
  ms: number;
}

const donorArray = `ARRAY[${natoDonors.map((d) => `'${d}'`).join(',')}]`;
const donorOf = (i: string) => `(${donorArray})[(1 + (${i}::bigint * 7919) % ${natoDonors.length})::int]`;
const quantityOf = (i: string, l: string) => `(10 + (${i}::bigint * ${l} * 31) % 1000)`;
const dayOf = (i: string) => `('2022-01-01'::date + ((${i}::bigint * 37) % 1461)::int)`;

export async function generateLedger(db: Database, lines = 1_000_000): Promise<GeneratedLedger> {
  const start = performance.now();
  const n = Math.ceil(lines / 4);
  await db.transaction(async (tx) => {
    try {
      await tx.query(`SET LOCAL session_replication_role = replica`);
    } catch {
      // Not allowed for this role: foreign keys are then checked row by row, which is slower.
    }
    await tx.query(`
      INSERT INTO equipment_types (id, name, category, unit, indicative_value_minor, indicative_value_currency, indicative_value_year)
      VALUES ('syn-shell-155', 'Synthetic 155 mm shell', 'munitions', 'round', 400000, 'EUR', 2024),
             ('syn-vehicle', 'Synthetic armoured vehicle', 'vehicles', 'vehicle', 300000000, 'USD', 2024)
      ON CONFLICT (id) DO NOTHING`);
    await tx.query(
      `INSERT INTO commitments (id, donor, co_donors, recipient, mode, money_minor, money_currency,
                                money_qualifier, money_value_date, announced_on, replenishes, visibility, owner_party)
       SELECT 'syn-' || i, donor,
              CASE WHEN i % 20 = 0 THEN ARRAY[${donorOf('(i + 1)')}] ELSE '{}' END,
              CASE WHEN i % 101 = 0 THEN donor ELSE 'UA' END,
              CASE WHEN i % 50 = 0 THEN 'sale' ELSE (ARRAY['donation','funded_purchase','industry','pooled'])[1 + i % 4] END,
              CASE WHEN i % 10 >= 2 THEN (1 + (i::bigint * 104729) % 100000) * 100000 END,
              CASE WHEN i % 10 >= 1 THEN (ARRAY['EUR','USD','GBP','NOK','PLN'])[1 + i % 5] END,
              CASE WHEN i % 10 = 1 THEN 'vague' WHEN i % 10 >= 2 THEN 'exact' END,
              CASE WHEN i % 10 >= 1 THEN day END, day,
              CASE WHEN i % 101 = 0 AND i > 1 THEN 'syn-' || (i - 1) END,
              CASE WHEN i % 100 = 0 THEN 'restricted' ELSE 'public' END, donor
         FROM generate_series(1, $1::int) AS i,
              LATERAL (SELECT ${donorOf('i')} AS donor, ${dayOf('i')} AS day) x`,
      [n],
    );
    await tx.query(
      `INSERT INTO commitment_lines (commitment_id, line_no, equipment_id, category, quantity, quantity_qualifier)
       SELECT 'syn-' || i, l,
              CASE WHEN i % 10 = 0 THEN (CASE WHEN l % 2 = 1 THEN 'syn-shell-155' ELSE 'syn-vehicle' END) END,
              'munitions', ${quantityOf('i', 'l')}, 'exact'
         FROM generate_series(1, $1::int) AS i, generate_series(1, 4) AS l
        WHERE (i - 1) * 4 + l <= $2::int`,
      [n, lines],
    );
    await tx.query(
      `INSERT INTO commitment_events (commitment_id, seq, kind, status, occurred_on, planned_on, line_no, quantity, until_on)
       SELECT 'syn-' || i, 1, 'status', 'announced', ${dayOf('i')}, NULL::date, NULL::int, NULL::bigint, NULL::date
         FROM generate_series(1, $1::int) AS i
       UNION ALL
       SELECT 'syn-' || i, 2, 'status', 'committed', ${dayOf('i')} + 10, ${dayOf('i')} + 365, NULL, NULL, NULL
         FROM generate_series(2, $1::int, 2) AS i
       UNION ALL
       SELECT 'syn-' || i, 2 + l, 'delivery', NULL, ${dayOf('i')} + 60 + l, NULL, l,
              CASE WHEN i % 6 = 0 THEN ${quantityOf('i', 'l')} ELSE ${quantityOf('i', 'l')} / 2 END, NULL
         FROM generate_series(3, $1::int, 3) AS i, generate_series(1, 4) AS l
        WHERE (i - 1) * 4 + l <= $2::int
       UNION ALL
       SELECT 'syn-' || i, 7, 'suspension', NULL, ${dayOf('i')} + 90, NULL, NULL, NULL, ${dayOf('i')} + 180
         FROM generate_series(7, $1::int, 7) AS i
       UNION ALL
       SELECT 'syn-' || i, 8, 'status', 'cancelled', ${dayOf('i')} + 200, NULL, NULL, NULL, NULL
         FROM generate_series(13, $1::int, 13) AS i`,
      [n, lines],
    );
  });
  await db.exec(
    'ANALYZE commitments; ANALYZE commitment_lines; ANALYZE commitment_events; ANALYZE exchange_rates',
  );
  const [counts] = await db.query<{ c: bigint; l: bigint; e: bigint }>(
    `SELECT (SELECT count(*) FROM commitments WHERE id LIKE 'syn-%') AS c,
            (SELECT count(*) FROM commitment_lines WHERE commitment_id LIKE 'syn-%') AS l,
            (SELECT count(*) FROM commitment_events WHERE commitment_id LIKE 'syn-%') AS e`,
  );
  return {
    commitments: Number(counts!.c),
    lines: Number(counts!.l),
    events: Number(counts!.e),
    ms: performance.now() - start,
  };
}

async function main(argv: string[]): Promise<void> {
  const option = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const lines = Number(option('--lines') ?? 1_000_000);
  if (!Number.isInteger(lines) || lines < 1) throw new Error('--lines: a positive whole number');
  const { openStore } = await import('../src/store/open.ts');
  const { createContext } = await import('../src/app/context.ts');
  const { loadReferenceData } = await import('../src/app/reference/load-reference-data.ts');
  const db = await openStore({
    databaseUrl: option('--database-url') ?? process.env.DATABASE_URL ?? undefined,
    dataDir: option('--data-dir') ?? process.env.RAMSTEIN_DATA_DIR ?? './.ramstein',
    command: 'generate-ledger',
  });
  try {
    await loadReferenceData(createContext(db));
    const result = await generateLedger(db, lines);
    process.stdout.write(
      `${result.commitments} commitments, ${result.lines} lines, ${result.events} events in ${Math.round(result.ms)} ms (${db.location})\n`,
    );
  } finally {
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
