/**
 * Commands run while `ramstein serve` holds the embedded data folder: reports, audit verify,
 * editions list, fx status and import go through the server's API (found from the file it writes in the folder), with the
 * output they have on the folder itself; commands that need the folder are still refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importEdition } from '../../src/app/editions/import-edition.ts';
import { readReleaseFolder } from '../../src/cli/commands/editions.ts';
import { SERVER_FILE } from '../../src/store/server-file.ts';
import { openTestDb, tempDir, testDbKind, type TestDatabase } from '../support/db.ts';
import { runRamstein, startServer, type ServerProcess } from '../support/processes.ts';

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
    t = await openTestDb();
    const release = readReleaseFolder(new URL('../fixtures/kiel/r30-small/', import.meta.url).pathname);
    await importEdition(t.ctx, { source: 'kiel', release: '30', files: release });
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

  it('answers reports and audit verify as the folder itself would', { timeout: 240_000 }, async () => {
    const commands = [
      ['report', 'burden', '--format', 'json'],
      ['report', 'burden', '--currency', 'USD'],
      ['report', 'pipeline', '--on', '2025-01-01'],
      ['report', 'claims', '--format', 'csv'],
      ['audit', 'verify'],
      ['editions', 'list'],
      ['editions', 'list', '--json'],
      ['fx', 'status'],
      ['fx', 'status', '--json'],
    ];
    const beside = [];
    for (const command of commands) beside.push(await runRamstein([...args, ...command], env));
    // A command that needs the folder itself is still refused, naming the server.
    const status = await runRamstein([...args, 'db', 'status'], env);
    expect(status.code).not.toBe(0);
    expect(status.stderr).toContain(`in use by process ${server.child.pid}`);

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(fs.existsSync(path.join(t.dataDir!, SERVER_FILE))).toBe(false);

    for (const [i, command] of commands.entries()) {
      const alone = await runRamstein([...args, ...command], env);
      expect({ command, ...beside[i] }).toEqual({ command, ...alone });
      expect(alone.code).toBe(0);
    }
    expect(beside[0]!.stdout).toContain('"donor": "DE"');
    expect(beside[4]!.stdout).toMatch(/^audit trail intact: \d+ events/);
    expect(beside[5]!.stdout).toContain('kiel-ust-r30');
    expect(beside[7]!.stdout).toMatch(/USD .*\nlast rate date: \d{4}-\d\d-\d\d\n$/s);
  });
});
