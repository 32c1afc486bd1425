/**
 * A data folder prepared once (migrated, demo data loaded, accounts added) and cached under the
 * system temp folder by a hash of what shapes it; every test file serves a fresh copy of it.
 */
import { createHash } from 'node:crypto';
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const root = new URL('../../../', import.meta.url).pathname;
const cli = join(root, 'bin/ramstein.js');

export interface Account {
  user: string;
  password: string;
  role: string;
  party: string | null;
}
export type Accounts = Record<'admin' | 'coordinator' | 'de' | 'fr' | 'analyst', Account>;

async function filesUnder(dir: string): Promise<string[]> {
  if ((await stat(dir)).isFile()) return [dir];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Migrations, data and this preparation decide what a prepared folder holds. */
async function fingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of ['src/store/migrations', 'data', 'test/e2e/support/data-folder.ts']) {
    for (const file of (await filesUnder(join(root, dir))).sort()) {
      const info = await stat(file);
      hash.update(`${relative(root, file)}:${info.size}:${info.mtimeMs}\n`);
    }
  }
  return hash.digest('hex').slice(0, 16);
}

export interface RunningServer {
  url: string;
  /** Stops it with SIGTERM; refuses when it did not stop cleanly, with what it printed. */
  stop(): Promise<void>;
}

/** `ramstein serve --port 0` on a data folder; resolves with its address once it listens. */
export function serve(dataDir: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, '--data-dir', dataDir, 'serve', '--port', '0'], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'info', RAMSTEIN_DEMO: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /"url":"(http:\/\/[^"]+)"[^\n]*listening/.exec(output)?.[1];
      if (url) {
        child.stdout.off('data', onData);
        // Only its last lines are kept, for the error if it does not stop cleanly.
        child.stdout.on('data', (more: Buffer) => (output = (output + more.toString()).slice(-20_000)));
        resolve({
          url,
          stop: async () => {
            child.kill('SIGTERM');
            const code = await exited;
            if (code !== 0) throw new Error(`server stopped with ${code}:\n${output}`);
          },
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`server exited with ${code} before listening:\n${output}`)),
    );
  });
}

async function addUser(dataDir: string, user: string, role: string, party: string | null): Promise<Account> {
  const args = [
    cli,
    '--data-dir',
    dataDir,
    'user',
    'add',
    user,
    '--role',
    role,
    ...(party ? ['--party', party] : []),
  ];
  const { stdout } = await run(process.execPath, args, { cwd: root });
  const password = /one-time password: (\S+)/.exec(stdout)?.[1];
  if (!password) throw new Error(`no one-time password in: ${stdout}`);
  return { user, password, role, party };
}

/** The Kiel tracker's releases from ../shared (read where they are, as users import them). */
export const kielReleases = join(root, '../shared/data/external/kiel');

async function importKielReleases(dataDir: string): Promise<void> {
  for (const release of ['28', '29', '30']) {
    const folder = join(kielReleases, `r${release}`);
    await run(
      process.execPath,
      [cli, '--data-dir', dataDir, 'editions', 'import', 'kiel', folder, '--release', release],
      { cwd: root },
    );
  }
}

async function prepare(target: string): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'ramstein-e2e-prepare-'));
  const server = await serve(work);
  await server.stop();
  const admin = /one-time password: (\S+)/.exec(
    await readFile(join(work, 'admin-password.txt'), 'utf8'),
  )?.[1];
  const accounts: Accounts = {
    admin: { user: 'admin', password: admin!, role: 'admin', party: null },
    de: await addUser(work, 'de-rep', 'representative', 'DE'),
    fr: await addUser(work, 'fr-rep', 'representative', 'FR'),
    coordinator: await addUser(work, 'coordinator', 'coordinator', null),
    analyst: await addUser(work, 'analyst', 'analyst', null),
  };
  await importKielReleases(work);
  await writeFile(join(work, 'e2e-accounts.json'), JSON.stringify(accounts));
  await rename(work, target).catch(async () => rm(work, { recursive: true, force: true }));
}

/** The prepared folder's path, made on first use. */
export async function preparedDataFolder(): Promise<string> {
  const target = join(tmpdir(), `ramstein-e2e-${await fingerprint()}`);
  if (!existsSync(join(target, 'e2e-accounts.json'))) await prepare(target);
  return target;
}

/** A private copy of the prepared folder, served; its accounts still hold their one-time passwords. */
export async function startServer(prepared: string): Promise<RunningServer & { accounts: Accounts }> {
  const copy = await mkdtemp(join(tmpdir(), 'ramstein-e2e-run-'));
  await cp(prepared, copy, { recursive: true, filter: (source) => !source.endsWith('ramstein.lock') });
  const accounts = JSON.parse(await readFile(join(copy, 'e2e-accounts.json'), 'utf8')) as Accounts;
  const server = await serve(copy);
  return {
    ...server,
    accounts,
    stop: async () => {
      await server.stop();
      await rm(copy, { recursive: true, force: true });
    },
  };
}
