/**
 * A synthetic ledger for the import benchmark (commitments with lines and events, packages,
 * meetings, equipment types), and the baseline: the same rows written by plain multi-row INSERTs.
 */
import type { Queryable } from '../src/store/database.ts';
import { sourceIdForUrl } from '../src/store/repositories/sources.ts';

type Rec = Record<string, unknown>;

const donors = ['DE', 'FR', 'GB', 'NL', 'PL', 'SE', 'NO', 'DK', 'CA', 'US', 'IT', 'ES'];
const day = (n: number) => new Date(Date.UTC(2022, 3, 26) + n * 86_400_000).toISOString().slice(0, 10);

export interface SyntheticLedger {
  equipment: Rec[];
  meetings: Rec[];
  packages: Rec[];
  commitments: Rec[];
  /** Rows written, counting lines, events, funders and source links. */
  rows: number;
}

export function syntheticLedger(commitmentCount: number): SyntheticLedger {
  const equipment = Array.from({ length: 20 }, (_v, i) => ({
    id: `bench-system-${i}`,
    name: `Benchmark system ${i}`,
    category: i % 2 ? 'air_defence' : 'artillery',
    unit: 'system',
  }));
  const meetings = Array.from({ length: 100 }, (_v, i) => ({
    id: `bench-udcg-${i}`,
    kind: 'udcg',
    number: i + 1,
    date: day(i * 30),
    chairs: ['US'],
  }));
  const packages = Array.from({ length: 50 }, (_v, i) => ({
    id: `bench-purl-${i}`,
    name: `Benchmark package ${i}`,
    value: { amount: '500000000', currency: 'USD' },
    funders: [{ party: donors[i % donors.length]! }, { party: donors[(i + 1) % donors.length]! }],
    announced_on: day(i * 20),
  }));
  let rows = equipment.length + meetings.length + packages.length * 3;
  const commitments = Array.from({ length: commitmentCount }, (_v, i) => {
    const lines = 1 + (i % 3);
    const announced = day(i % 1200);
    const items = Array.from({ length: lines }, (_w, l) => ({
      equipment: `bench-system-${(i + l) % 20}`,
      quantity: 10 + ((i * 7 + l) % 90),
    }));
    const events = [
      { kind: 'status', status: 'announced', date: announced },
      { kind: 'status', status: 'contracted', date: day((i % 1200) + 30) },
      { kind: 'delivery', line: 1, quantity: 5, date: day((i % 1200) + 90) },
    ];
    rows += 1 + lines + events.length + 1;
    return {
      id: `bench-c-${String(i).padStart(6, '0')}`,
      donor: donors[i % donors.length]!,
      recipient: 'UA',
      mode: i % 5 === 0 ? 'pooled' : 'donation',
      package: i % 5 === 0 ? `bench-purl-${i % 50}` : null,
      items,
      money: { amount: `${1_000_000 + i}.25`, currency: 'EUR' },
      announced_on: announced,
      announced_at: `bench-udcg-${i % 100}`,
      events,
      sources: [`https://example.org/bench/${i}`],
    };
  });
  return { equipment, meetings, packages, commitments, rows };
}

/** Multi-row INSERT of `rows` into `table`, in batches that stay under the parameter limit. */
async function insertMany(db: Queryable, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const batch = Math.max(1, Math.floor(30_000 / columns.length));
  for (let start = 0; start < rows.length; start += batch) {
    const chunk = rows.slice(start, start + batch);
    const values = chunk.map(
      (_r, i) => `(${columns.map((_c, j) => `$${i * columns.length + j + 1}`).join(', ')})`,
    );
    await db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, chunk.flat());
  }
}

/** The baseline: the same records as raw rows, ids prefixed so that they sit beside the imported ones. */
export async function insertBaseline(db: Queryable, ledger: SyntheticLedger, prefix: string): Promise<void> {
  const id = (v: unknown) => `${prefix}${String(v)}`;
  await insertMany(
    db,
    'equipment_types',
    ['id', 'name', 'category', 'unit'],
    ledger.equipment.map((e) => [id(e.id), e.name, e.category, e.unit]),
  );
  await insertMany(
    db,
    'meetings',
    ['id', 'kind', 'number', 'date', 'chairs'],
    ledger.meetings.map((m) => [id(m.id), m.kind, m.number, m.date, m.chairs]),
  );
  await insertMany(
    db,
    'packages',
    ['id', 'name', 'value_minor', 'value_currency', 'value_qualifier', 'announced_on'],
    ledger.packages.map((p) => [id(p.id), p.name, 50_000_000_000n, 'USD', 'exact', p.announced_on]),
  );
  await insertMany(
    db,
    'package_funders',
    ['package_id', 'position', 'party'],
    ledger.packages.flatMap((p) => (p.funders as Rec[]).map((f, i) => [id(p.id), i, f.party])),
  );
  const cs = ledger.commitments;
  await insertMany(
    db,
    'sources',
    ['id', 'url'],
    cs.map((c) => {
      const url = `${(c.sources as string[])[0]}/${prefix}`;
      return [sourceIdForUrl(url), url];
    }),
  );
  await insertMany(
    db,
    'commitments',
    [
      'id',
      'donor',
      'recipient',
      'mode',
      'package_id',
      'money_minor',
      'money_currency',
      'money_qualifier',
      'money_value_date',
      'announced_on',
      'meeting_id',
      'owner_party',
    ],
    cs.map((c) => [
      id(c.id),
      c.donor,
      c.recipient,
      c.mode,
      c.package ? id(c.package) : null,
      BigInt((c.money as { amount: string }).amount.replace('.', '')),
      'EUR',
      'exact',
      c.announced_on,
      c.announced_on,
      id(c.announced_at),
      c.donor,
    ]),
  );
  await insertMany(
    db,
    'commitment_lines',
    ['commitment_id', 'line_no', 'equipment_id', 'quantity', 'quantity_qualifier'],
    cs.flatMap((c) =>
      (c.items as Rec[]).map((l, i) => [id(c.id), i + 1, id(l.equipment), l.quantity, 'exact']),
    ),
  );
  await insertMany(
    db,
    'commitment_events',
    ['commitment_id', 'seq', 'kind', 'status', 'occurred_on', 'line_no', 'quantity'],
    cs.flatMap((c) =>
      (c.events as Rec[]).map((e, i) => [
        id(c.id),
        i + 1,
        e.kind,
        e.status ?? null,
        e.date,
        e.line ?? null,
        e.quantity ?? null,
      ]),
    ),
  );
  await insertMany(
    db,
    'record_sources',
    ['record_type', 'record_id', 'source_id', 'position'],
    cs.map((c) => ['commitment', id(c.id), sourceIdForUrl(`${(c.sources as string[])[0]}/${prefix}`), 0]),
  );
}
