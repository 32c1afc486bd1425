import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../src/store/lock.ts';
import { openTestDb, tempDir, testDbKind, type TestDatabase } from '../support/db.ts';
import { SERVER_FILE } from '../../src/store/server-file.ts';
import { runRamstein, startServer } from '../support/processes.ts';

let t: TestDatabase;
let args: string[];
let env: NodeJS.ProcessEnv;
beforeAll(async () => {
  t = await openTestDb();
  await t.db.close(); // the child processes open it themselves
  args = t.dataDir ? ['--data-dir', t.dataDir] : [];
  // The demo data set is not needed here; loading it would only slow the start.
  env = { DATABASE_URL: t.url ?? '', RAMSTEIN_DEMO: 'false' };
});
afterAll(() => t.close().catch(() => undefined));

/** Entries of a folder (itself included) that its group or others may read, write or enter. */
function notPrivate(folder: string): string[] {
  const found: string[] = [];
  const visit = (entry: string) => {
    const stat = fs.lstatSync(entry);
    if (stat.mode & 0o077)
      found.push(`${path.relative(folder, entry) || '.'} ${(stat.mode & 0o777).toString(8)}`);
    if (stat.isDirectory()) for (const name of fs.readdirSync(entry)) visit(path.join(entry, name));
  };
  visit(folder);
  return found;
}

describe('the server process', () => {
  it(
    'serves, then shuts down gracefully on SIGTERM and releases the database',
    { timeout: 120_000 },
    async () => {
      const server = await startServer(args, env);
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

      if (t.dataDir) {
        // A second process on the same data folder is refused, names the holder and changes nothing.
        const second = await runRamstein([...args, 'db', 'status'], env);
        expect(second.code).not.toBe(0);
        expect(second.stderr.trim().split('\n')).toHaveLength(1);
        expect(second.stderr).toContain(`in use by process ${server.child.pid}`);
        expect((await fetch(`${server.url}/api/v1/parties/DE`)).status).toBe(200);
      }

      // Stop the server once it has started answering a request (its log says so): that request must complete.
      const logged = server.output().length;
      const slow = fetch(`${server.url}/api/v1/reports/burden?currency=USD`);
      while (!server.output().slice(logged).includes('/api/v1/reports/burden'))
        await new Promise((r) => setTimeout(r, 5));
      server.child.kill('SIGTERM');
      expect((await slow).status).toBe(200); // the request in flight was answered
      expect(await server.exited).toBe(0);
      expect(server.output()).toMatch(/database closed/);
      // One log line per answered request, and no deprecation notice from the web framework.
      expect(server.output()).toMatch(/request answered/);
      expect(server.output()).not.toMatch(/incoming request|request completed/);
      expect(server.output()).not.toMatch(/Deprecation|FSTDEP/);
      if (t.dataDir) expect(fs.existsSync(path.join(t.dataDir, LOCK_FILE))).toBe(false);
      // Every record, restricted ones included, is in the folder: nobody but its owner may read it.
      if (t.dataDir) expect(notPrivate(t.dataDir)).toEqual([]);

      const after = await runRamstein([...args, 'db', 'status', '--json'], env);
      expect(after.code).toBe(0);
      expect(JSON.parse(after.stdout).migrations.length).toBeGreaterThan(0);
    },
  );

  it.skipIf(testDbKind !== 'pglite')(
    'stops cleanly when told to the moment it says it listens, while it computes reports ahead',
    { timeout: 120_000 },
    async () => {
      // The demo data set gives the reports it computes after listening something to do.
      const folder = ['--data-dir', tempDir()];
      const server = await startServer(folder, { DATABASE_URL: '', RAMSTEIN_DEMO: 'true' });
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(server.output()).toMatch(/database closed/);
      expect(fs.existsSync(path.join(folder[1]!, LOCK_FILE))).toBe(false);
      expect(fs.existsSync(path.join(folder[1]!, SERVER_FILE))).toBe(false);
    },
  );

  it.skipIf(testDbKind !== 'pglite')('recovers the stale lock of a dead process', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    fs.writeFileSync(
      path.join(t.dataDir!, LOCK_FILE),
      JSON.stringify({
        pid: dead,
        host: (await import('node:os')).hostname(),
        command: 'ramstein serve',
        token: 'x',
        since: '',
      }),
    );
    const run = await runRamstein([...args, 'fx', 'convert', '100', 'EUR', 'USD', '--on', '2024-06-14'], env);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('100.00 EUR = 106.86 USD');
    expect(fs.existsSync(path.join(t.dataDir!, LOCK_FILE))).toBe(false);
  });

  it('prints one clear line and exits non-zero on bad input', async () => {
    const bad = await runRamstein([...args, 'fx', 'convert', '100', 'EUR', 'ABC', '--on', '2024-06-14'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim()).toBe('ramstein: unknown currency "ABC"');
    const badPort = await runRamstein([...args, 'serve', '--port', 'eighty'], env);
    // A bad option value is a usage error: exit 2, naming the option and what it expects.
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toMatch(/--port <port>' argument 'eighty' is invalid\. expected a port number/);
  });
});

describe('commands under an API token', () => {
  it('act with the token’s role: an analyst may read but not import', async () => {
    const created = await runRamstein([...args, 'token', 'create', 'reader', '--role', 'analyst'], env);
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    const read = await runRamstein([...args, 'fx', 'convert', '1', 'EUR', 'USD', '--on', '2024-06-14'], {
      ...env,
      RAMSTEIN_TOKEN: token,
    });
    expect(read.code).toBe(0);
    const write = await runRamstein([...args, 'import', 'data/demo'], { ...env, RAMSTEIN_TOKEN: token });
    expect(write.code).toBe(1);
    expect(write.stderr).toMatch(/your role \(analyst\) may not do this/);
    const local = await runRamstein([...args, 'db', 'status'], { ...env, RAMSTEIN_TOKEN: token });
    expect(local.code).toBe(0); // db status reads files and migrations only, without the token
  });
});
