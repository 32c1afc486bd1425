/**
 * Commands run while `ramstein serve` holds the embedded data folder: every command that
 * src/cli/beside-server.ts lists as `api` goes through the server's API (found from the file it
 * writes in the folder), with the output it has on the folder itself; commands that need the
 * folder are still refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importEdition } from '../../src/app/editions/import-edition.ts';
import { besideServer } from '../../src/cli/beside-server.ts';
import { readReleaseFolder } from '../../src/cli/commands/editions.ts';
import { SERVER_FILE } from '../../src/store/server-file.ts';
import { openTestDb, tempDir, testDbKind, type TestDatabase } from '../support/db.ts';
import { runRamstein, startServer, type Finished, type ServerProcess } from '../support/processes.ts';

let t: TestDatabase;
let args: string[];
let server: ServerProcess;
let ledgerFile: string;
const env = { RAMSTEIN_DEMO: 'false', DATABASE_URL: '' };

const commitment = (id: string, donor: string, amount: string, currency: string) => ({
  id,
  donor,
  recipient: 'UA',
  items: [{ equipment: 'beside-gun', quantity: 5 }, { category: 'ammunition' }],
  money: { amount, currency },
  announced_on: '2024-02-14',
  sources: ['https://example.org/beside-server'],
});

describe.skipIf(testDbKind === 'postgres')('the command line beside a running server', () => {
  beforeAll(async () => {
    t = await openTestDb({ demo: true });
    for (const release of ['29', '30']) {
      const files = readReleaseFolder(
        new URL(`../fixtures/kiel/r${release}-small/`, import.meta.url).pathname,
      );
      await importEdition(t.ctx, { source: 'kiel', release, files });
    }
    await t.db.close(); // the server process opens it
    args = ['--data-dir', t.dataDir!];
    const dir = tempDir();
    ledgerFile = path.join(dir, 'ledger.json');
    fs.writeFileSync(
      ledgerFile,
      JSON.stringify({
        format: 'ramstein-ledger',
        version: 1,
        equipment: [{ id: 'beside-gun', name: 'Gun', category: 'artillery', unit: 'system' }],
        commitments: [
          commitment('beside-1', 'DE', '1000000.50', 'EUR'),
          commitment('beside-2', 'PL', '2500000', 'PLN'),
          { ...commitment('beside-3', 'FR', '7', 'USD'), visibility: 'restricted' },
        ],
      }),
    );
    server = await startServer(args, env);
  }, 120_000);
  afterAll(async () => {
    if (server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await t.close().catch(() => undefined);
  });

  it('writes where it listens, for its owner only', () => {
    const file = path.join(t.dataDir!, SERVER_FILE);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ pid: server.child.pid });
  });

  it(
    'imports through the server, and a bad document still imports nothing',
    { timeout: 120_000 },
    async () => {
      const imported = await runRamstein([...args, 'import', ledgerFile, '--json'], env);
      expect(imported.stderr).toBe('');
      expect(imported.code).toBe(0);
      expect(JSON.parse(imported.stdout).commitments).toEqual({ created: 3, updated: 0, unchanged: 0 });
      const seen = await fetch(`${server.url}/api/v1/commitments/beside-2`);
      expect(await seen.json()).toMatchObject({ money: { amount: '2500000.00', currency: 'PLN' } });

      const bad = path.join(path.dirname(ledgerFile), 'bad.json');
      fs.writeFileSync(
        bad,
        JSON.stringify({
          commitments: [commitment('beside-4', 'DE', '1', 'EUR'), commitment('beside-5', 'XX', '1', 'EUR')],
        }),
      );
      const refused = await runRamstein([...args, 'import', bad], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim().split('\n')).toHaveLength(1);
      expect(refused.stderr).toMatch(
        /commitments\[1\] \(id beside-5\).*unknown party XX.*nothing was imported/,
      );
      expect((await fetch(`${server.url}/api/v1/commitments/beside-4`)).status).toBe(404);
    },
  );

  it('answers every command it lists as the folder itself would', { timeout: 1_800_000 }, async () => {
    const listed = Object.entries(besideServer)
      .filter(([, way]) => way === 'api')
      .map(([path]) => path);
    // Every command answered through the server has its examples here, or a test of its own.
    expect(listed.filter((path) => !(path in examples))).toEqual([]);
    const commands = listed.flatMap((path) => (examples[path] === 'own test' ? [] : examples[path]!));
    // Beside the server, a few at once (the server answers them together); alone, one at a time
    // (the folder has one opener).
    const beside: Finished[] = [];
    for (let i = 0; i < commands.length; i += 4)
      beside.push(
        ...(await Promise.all(commands.slice(i, i + 4).map((c) => runRamstein([...args, ...c], env)))),
      );
    // A command that needs the folder itself is still refused, naming the server.
    const status = await runRamstein([...args, 'db', 'status'], env);
    expect(status.code).not.toBe(0);
    expect(status.stderr).toContain(`in use by process ${server.child.pid}`);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(fs.existsSync(path.join(t.dataDir!, SERVER_FILE))).toBe(false);

    // Alone, each folder has one opener: the commands (which only read) are shared between three
    // copies of the folder, each running its share one at a time.
    const copies = [t.dataDir!, tempDir(), tempDir()];
    for (const copy of copies.slice(1)) fs.cpSync(t.dataDir!, copy, { recursive: true });
    const aloneRuns: Finished[] = new Array(commands.length);
    await Promise.all(
      copies.map(async (copy, lane) => {
        for (let i = lane; i < commands.length; i += copies.length)
          aloneRuns[i] = await runRamstein(['--data-dir', copy, ...commands[i]!], env);
      }),
    );
    for (const [i, command] of commands.entries()) {
      const alone = aloneRuns[i]!;
      expect({ command, ...stamped(beside[i]!) }).toEqual({ command, ...stamped(alone) });
      // Each example answers, but for those that name a record that is not there: refused alike.
      if (!command.includes('no-such-record'))
        expect({ command, code: alone.code }).toEqual({ command, code: 0 });
    }
    const shown = (...command: string[]) =>
      beside[commands.findIndex((c) => c.join(' ') === command.join(' '))]!;
    expect(shown('report', 'burden', '--format', 'json').stdout).toContain('"donor": "DE"');
    expect(shown('audit', 'verify').stdout).toMatch(/^audit trail intact: \d+ events/);
    expect(shown('editions', 'list').stdout).toContain('kiel-ust-r30');
    expect(shown('fx', 'status').stdout).toMatch(/USD .*\nlast rate date: \d{4}-\d\d-\d\d\n$/s);
    expect(shown('commitment', 'show', 'beside-2').stdout).toContain('money 2500000.00 PLN');
    expect(shown('fx', 'convert', '1000000000', 'NOK', 'USD', '--on', '2024-06-15').stdout).toMatch(
      /^1000000000\.00 NOK = \d+\.\d\d USD\nrate /,
    );
    expect(shown('meeting', 'ics').stdout).toMatch(/^BEGIN:VCALENDAR/);
    expect(shown('audit', 'log', '--limit', '5', '--json').stdout).toContain('"prev_hash"');
  });

  it('ignores a server that died without cleaning up: the next command opens the folder', async () => {
    if (server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    const killed = await startServer(args, env);
    killed.child.kill('SIGKILL');
    await killed.exited;
    // Killed outright, it could not remove where it listened, nor its lock.
    expect(fs.existsSync(path.join(t.dataDir!, SERVER_FILE))).toBe(true);
    const shown = await runRamstein([...args, 'meeting', 'show', 'udcg-01'], env);
    expect(shown.stderr).toBe('');
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('udcg-01');
  });
});

/** A calendar names the moment it was written (DTSTAMP): the rest is the same. */
const stamped = (run: Finished) => ({ ...run, stdout: run.stdout.replace(/^DTSTAMP:.*$/gm, 'DTSTAMP:…') });

/** How each command answered through a running server is tried: the same invocations beside it and alone. */
const examples: Record<string, string[][] | 'own test'> = {
  'fx convert': [['fx', 'convert', '1000000000', 'NOK', 'USD', '--on', '2024-06-15']],
  'fx rates': [['fx', 'rates', 'GBP', '--year', '2023', '--json']],
  'fx status': [['fx', 'status']],
  parties: [['parties', '-q', 'germ']],
  import: 'own test',
  'commitment list': [['commitment', 'list', '--donor', 'DE', '--status', 'delivered', '--format', 'csv']],
  'commitment show': [
    ['commitment', 'show', 'beside-2'],
    ['commitment', 'show', 'no-such-record'],
  ],
  'package list': [['package', 'list', '--format', 'json']],
  'package show': [['package', 'show', 'PURL-1']],
  'meeting list': [['meeting', 'list', '--limit', '3']],
  'meeting show': [['meeting', 'show', 'udcg-01']],
  'meeting ics': [['meeting', 'ics']],
  'claim list': [['claim', 'list']],
  'claim show': [['claim', 'show', 'udcg-total-2023-04']],
  'equipment list': [['equipment', 'list', '--limit', '20']],
  'equipment show': [['equipment', 'show', 'beside-gun']],
  'target list': [['target', 'list']],
  'target show': [['target', 'show', 'nato-2pct-gdp-wales-2014']],
  'report fair-share': [['report', 'fair-share', '--year', '2024']],
  'report follow-through': [['report', 'follow-through', '--format', 'json']],
  'report burden': [['report', 'burden', '--format', 'json']],
  'report claims': [['report', 'claims', '--format', 'csv']],
  'report targets': [['report', 'targets']],
  'report pipeline': [['report', 'pipeline', '--on', '2025-01-01']],
  'audit verify': [['audit', 'verify']],
  'editions list': [['editions', 'list']],
  'editions show': [['editions', 'show', 'kiel-ust-r30']],
  'editions diff': [['editions', 'diff', 'kiel-ust-r29', 'kiel-ust-r30', '--format', 'csv']],
  'editions reconcile': [['editions', 'reconcile', 'kiel-ust-r30']],
  'jobs list': [['jobs', 'list', '--json']],
  'jobs show': [['jobs', 'show', 'no-such-record']],
  'jobs retry': [['jobs', 'retry', 'no-such-record']],
  'commitment event': [
    [
      'commitment',
      'event',
      'no-such-record',
      '--kind',
      'status',
      '--date',
      '2024-03-01',
      '--status',
      'contracted',
    ],
  ],
  'commitment declare-value': [
    ['commitment', 'declare-value', 'no-such-record', '--line', '1', '--amount', '5', '--currency', 'EUR'],
  ],
  'meeting next': [['meeting', 'next']],
  'meeting page': [['meeting', 'page', 'udcg-01']],
  'report coverage': [['report', 'coverage']],
  'audit log': [['audit', 'log', '--limit', '5', '--json']],
  'user list': [['user', 'list', '--json']],
  'token list': [['token', 'list']],
  'review list': [['review', 'list', '--status', 'all', '--json']],
  'requirements list': [['requirements', 'list']],
  'requirements export': [['requirements', 'export', 'ua-priorities-demo', '--format', 'csv']],
  'requirements diff': [['requirements', 'diff', 'ua-priorities-demo', '--from', '1', '--json']],
  timeline: [['timeline', '--party', 'DE', '--json']],
  'people list': [['people', 'list', '--party', 'DE']],
  brief: [
    ['brief', 'udcg-01'],
    ['brief', 'udcg-01', '--format', 'json'],
  ],
  // Changes, and reads of what they change: test/cli/beside-server-writes.test.ts.
  'commitment add': 'own test',
  'meeting record': 'own test',
  'user add': 'own test',
  'user disable': 'own test',
  'user set-role': 'own test',
  'token create': 'own test',
  'token revoke': 'own test',
  'audit revert': 'own test',
  'review show': 'own test',
  'review accept': 'own test',
  'review merge': 'own test',
  'review reject': 'own test',
  'requirements import': 'own test',
  'requirements link': 'own test',
  'people check': 'own test',
};
