/** The ledger commands as a terminal user runs them: add, event, list, show, export and import again. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, tempDir, type TestDatabase } from '../support/db.ts';
import { runRamstein } from '../support/processes.ts';

let t: TestDatabase;
let other: TestDatabase;
let dir: string;
const on = (db: TestDatabase) => ({
  args: db.dataDir ? ['--data-dir', db.dataDir] : [],
  env: db.url ? { DATABASE_URL: db.url } : { DATABASE_URL: '' },
});
const ramstein = (db: TestDatabase, ...args: string[]) => runRamstein([...on(db).args, ...args], on(db).env);

beforeAll(async () => {
  [t, other] = await Promise.all([openTestDb(), openTestDb()]);
  await Promise.all([t.db.close(), other.db.close()]); // the child processes open them
  dir = tempDir('ramstein-cli-');
  fs.writeFileSync(
    path.join(dir, 'pledge.json'),
    JSON.stringify({
      id: 'cli-shells',
      donor: 'PL',
      recipient: 'UA',
      items: [{ category: 'munitions', quantity: 10 }],
      money: { amount: '1500000.75', currency: 'EUR' },
      announced_on: '2024-01-05',
    }),
  );
});
afterAll(async () => {
  await Promise.all([t.close().catch(() => undefined), other.close().catch(() => undefined)]);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('ledger commands', () => {
  it('adds a commitment, records deliveries against its current version, and shows the timeline', async () => {
    expect((await ramstein(t, 'commitment', 'add', path.join(dir, 'pledge.json'))).stdout).toMatch(
      /recorded commitment cli-shells/,
    );
    const first = await ramstein(
      t,
      'commitment',
      'event',
      'cli-shells',
      '--kind',
      'delivery',
      '--line',
      '1',
      '--quantity',
      '4',
      '--date',
      '2024-02-01',
    );
    expect(first.stdout).toMatch(/status delivering, line 1 delivered 4 of 10/);
    const over = await ramstein(
      t,
      'commitment',
      'event',
      'cli-shells',
      '--kind',
      'delivery',
      '--line',
      '1',
      '--quantity',
      '40',
      '--date',
      '2024-02-02',
    );
    expect(over.code).toBe(1);
    // One clear line, no stack trace (the PostgreSQL driver may add its own deprecation warning).
    expect(over.stderr).toMatch(/^ramstein: delivering 40 on line 1 would exceed the 10 committed/m);
    expect(over.stderr).not.toMatch(/^\s+at /m);
    const shown = await ramstein(t, 'commitment', 'show', 'cli-shells');
    expect(shown.stdout).toMatch(/money 1500000\.75 EUR/);
    expect(shown.stdout).toMatch(/2024-02-01\s+delivery/);
    const before = await ramstein(t, 'commitment', 'show', 'cli-shells', '--as-of', '2024-01-20', '--json');
    expect(JSON.parse(before.stdout).items[0].delivered).toBe(0);
  });

  it('lists with filters as a table, JSON or CSV, and refuses a bad date naming the option', async () => {
    const csv = await ramstein(t, 'commitment', 'list', '--donor', 'pl', '--format', 'csv');
    expect(csv.stdout.split('\n')[0]).toBe('id,donor,recipient,mode,announced_on,items,money,status');
    expect(csv.stdout).toContain('cli-shells,PL,UA');
    const bad = await ramstein(t, 'commitment', 'list', '--from', '2024-13-01');
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--from.*expected a calendar date/);
  });

  it('exports JSON that imports into an empty ledger and exports again identically', async () => {
    const a = path.join(dir, 'a.json');
    const b = path.join(dir, 'b.json');
    expect((await ramstein(t, 'export', '--format', 'json', '--out', a)).code).toBe(0);
    expect((await ramstein(other, 'import', a)).code).toBe(0);
    expect((await ramstein(other, 'export', '--format', 'json', '--out', b)).code).toBe(0);
    expect(fs.readFileSync(b, 'utf8')).toBe(fs.readFileSync(a, 'utf8'));
    expect(JSON.parse(fs.readFileSync(a, 'utf8')).commitments[0].id).toBe('cli-shells');
  });

  it('imports its own XLSX export: importing it again changes nothing', async () => {
    const workbook = path.join(dir, 'ledger.xlsx');
    expect((await ramstein(t, 'export', '--format', 'xlsx', '--out', workbook)).code).toBe(0);
    const again = await ramstein(t, 'import', workbook, '--json');
    expect(again.code).toBe(0);
    const counts = JSON.parse(again.stdout) as Record<string, { created: number; updated: number }>;
    expect(Object.values(counts).every((c) => c.created === 0)).toBe(true);
  });
});
