/**
 * The real executable on the real database, used wrongly: one line on stderr, no raw JSON, no
 * database error text, no stack trace, a non-zero exit (2 for usage), and nothing changed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDatabase } from '../support/db.ts';
import { binPath, runRamstein, type Finished } from '../support/processes.ts';

let t: TestDatabase;
let args: string[];
let env: NodeJS.ProcessEnv;
let folder: string;
beforeAll(async () => {
  t = await openTestDb();
  await t.db.close();
  args = t.dataDir ? ['--data-dir', t.dataDir] : [];
  env = { DATABASE_URL: t.url ?? '', RAMSTEIN_DEMO: 'false', RAMSTEIN_DEBUG: '' };
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ramstein-bad-input-'));
});
afterAll(async () => {
  fs.rmSync(folder, { recursive: true, force: true });
  await t.close().catch(() => undefined);
});

function expectOneLine(result: Finished, code: number, pattern: RegExp) {
  expect(result.code).toBe(code);
  const lines = result.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(lines[0]).not.toMatch(/^\s*[[{]|"code":|invalid input syntax|violates|at .*\.ts:\d+/);
}

describe('bad input on the command line', () => {
  it('refuses values that pass the form of an option but not its meaning', { timeout: 120_000 }, async () => {
    expectOneLine(
      await runRamstein([...args, 'report', 'targets', '--year', '1900'], env),
      2,
      /^ramstein: year: .*1949/,
    );
    expectOneLine(
      await runRamstein([...args, 'fx', 'rates', 'USD', '--from', '2024-03-01', '--to', '2024-02-01'], env),
      2,
      /from \(2024-03-01\) is after to \(2024-02-01\)/,
    );
    expectOneLine(
      await runRamstein([...args, 'user', 'add', 'bob', '--role', 'representative', '--party', 'ZZ'], env),
      1,
      /ZZ/,
    );
    const users = await runRamstein([...args, 'user', 'list', '--json'], env);
    expect(users.code).toBe(0);
    expect(JSON.parse(users.stdout)).toEqual([]);
  });

  it(
    'refuses to import a JSON file that is not a ledger, and changes nothing',
    { timeout: 120_000 },
    async () => {
      const auditEvents = async () => {
        const log = await runRamstein([...args, 'audit', 'log', '--json', '--limit', '1000'], env);
        expect(log.code).toBe(0);
        return (JSON.parse(log.stdout) as unknown[]).length;
      };
      const before = await auditEvents();
      const packageJson = path.join(folder, 'package.json');
      fs.writeFileSync(packageJson, JSON.stringify({ name: 'x', version: '1.0.0', dependencies: {} }));
      expectOneLine(
        await runRamstein([...args, 'import', packageJson], env),
        1,
        /package\.json is not a ledger/,
      );
      const empty = path.join(folder, 'empty.json');
      fs.writeFileSync(empty, '{}');
      expectOneLine(await runRamstein([...args, 'import', empty], env), 1, /empty\.json is not a ledger/);
      expect(await auditEvents()).toBe(before);
    },
  );

  it('stops quietly when the reader of its output goes away', { timeout: 60_000 }, async () => {
    const child = spawn(process.execPath, [binPath, ...args, 'parties', '--json'], {
      env: { ...process.env, ...env },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Like `| head -0`: the reader has gone before the first line is written.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
