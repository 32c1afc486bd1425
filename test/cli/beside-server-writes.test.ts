/**
 * Changes made from the command line while `ramstein serve` holds the embedded data folder: the
 * same commands, in the same order, run beside the server on one folder and alone on a copy of it
 * give the same output (but for the instants and secrets each run makes), the same audit trail, and
 * the same refusals for a role that may not act.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirstAdmin } from '../../src/app/accounts/ensure-first-admin.ts';
import { createApiToken } from '../../src/app/accounts/manage-tokens.ts';
import { ingestArticle } from '../../src/app/review/ingest-article.ts';
import { SERVER_FILE } from '../../src/store/server-file.ts';
import { openTestDb, tempDir, testDbKind, type TestDatabase } from '../support/db.ts';
import { runRamstein, startServer, type Finished, type ServerProcess } from '../support/processes.ts';

let t: TestDatabase;
let twin: string;
let files: string;
let analystToken: string;
let analystTokenId: string;
let server: ServerProcess | undefined;
const env = { RAMSTEIN_DEMO: 'false', DATABASE_URL: '' };

const write = (name: string, content: unknown) => {
  const file = path.join(files, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
};

/** The commands, each given what the ones before it printed on the same folder. */
type Step = { args: (seen: Finished[]) => string[]; analyst?: boolean };
const lastSeq = (run: Finished) => (JSON.parse(run.stdout) as { seq: string }[])[0]!.seq;
/** The n-th candidate of the queue the first step lists. */
const candidate = (seen: Finished[], n: number) => (JSON.parse(seen[0]!.stdout) as { id: string }[])[n]!.id;

function steps(): Step[] {
  const commitment = write('commitment.json', {
    id: 'beside-add-1',
    donor: 'DE',
    recipient: 'UA',
    items: [{ category: 'ammunition', quantity: 1000 }],
    money: { amount: '1000000', currency: 'EUR' },
    announced_on: '2025-03-01',
    sources: ['https://example.org/beside-add'],
  });
  const list = write('requirements.json', {
    id: 'beside-list',
    recipient: 'UA',
    title: 'A list written beside the server',
    issued_on: '2025-10-01',
    requirements: [
      { key: 'k1', capability: 'Air defence', category: 'air_defence', quantity: 5, priority: 1 },
    ],
  });
  const record = write('meeting-record.json', {
    version: 0,
    attendance: [{ party: 'DE', person: 'Boris Pistorius', role: 'defence minister' }],
    decisions: ['Meet again in a month'],
  });
  const names = write(
    'people.txt',
    'On 14 February 2024 the German defence minister Boris Pistorious spoke.',
  );
  const fixed = (...args: string[]): Step => ({ args: () => args });
  return [
    fixed('review', 'list', '--json'),
    { args: (seen) => ['review', 'show', candidate(seen, 0), '--json'] },
    { args: (seen) => ['review', 'accept', candidate(seen, 0), '--set', '{"id":"beside-nasams"}'] },
    { args: (seen) => ['review', 'reject', candidate(seen, 1), '--reason', 'repeats an earlier report'] },
    { args: (seen) => ['review', 'merge', candidate(seen, 1), 'beside-nasams'] },
    fixed('review', 'list', '--status', 'all'),
    fixed('user', 'add', 'alice', '--role', 'analyst'),
    fixed('user', 'add', 'Not-A-Name', '--role', 'analyst'),
    fixed('user', 'set-role', 'alice', 'representative', '--party', 'DE'),
    fixed('user', 'disable', 'alice'),
    fixed('user', 'list', '--json'),
    fixed('token', 'create', 'script', '--role', 'coordinator', '--expires-in-days', '30'),
    fixed('token', 'list'),
    fixed('token', 'list', '--json'),
    { args: () => ['user', 'list'], analyst: true },
    { args: () => ['commitment', 'add', commitment], analyst: true },
    { args: () => ['review', 'list'], analyst: true },
    fixed('commitment', 'add', commitment, '--json'),
    fixed(
      'commitment',
      'event',
      'beside-add-1',
      '--kind',
      'status',
      '--date',
      '2025-04-01',
      '--status',
      'contracted',
    ),
    fixed('audit', 'log', '--record', 'commitment:beside-add-1', '--limit', '1', '--json'),
    { args: (seen) => ['audit', 'revert', lastSeq(seen.at(-1)!)] },
    fixed('requirements', 'import', list),
    fixed('requirements', 'import', list),
    fixed('requirements', 'link', 'beside-list', 'k1', 'beside-add-1', '--quantity', '2'),
    fixed('requirements', 'list'),
    fixed('people', 'check', names, '--json'),
    fixed('meeting', 'record', 'udcg-02', record),
    fixed('meeting', 'record', 'udcg-02', record),
    fixed('brief', 'udcg-02', '--format', 'json'),
    { args: () => ['token', 'revoke', analystTokenId] },
    { args: () => ['user', 'list'], analyst: true },
    fixed('audit', 'log', '--limit', '16'),
  ];
}

/** Each command as run, and what it printed. */
async function runAll(dataDir: string): Promise<{ invocations: string[]; seen: Finished[] }> {
  const seen: Finished[] = [];
  const invocations: string[] = [];
  for (const step of steps()) {
    const args = step.args(seen);
    invocations.push(args.join(' '));
    seen.push(
      await runRamstein(['--data-dir', dataDir, ...args], {
        ...env,
        ...(step.analyst ? { RAMSTEIN_TOKEN: analystToken } : {}),
      }),
    );
  }
  return { invocations, seen };
}

/**
 * What differs between two runs by nature: the instants, the secrets and ids they draw, the hashes
 * that cover the instants, and the HTTP request a change beside the server was made by.
 */
const drawn = (run: Finished) => {
  const text = (s: string) =>
    s
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z/g, '<instant>')
      .replace(/rst_[0-9a-f]{8}_\S+/g, '<secret>')
      .replace(/one-time password: \S+/g, 'one-time password: <drawn>')
      .replace(/token [0-9a-f]{8} /g, 'token <id> ')
      .replace(/"id": "[0-9a-f]{8}"/g, '"id": "<id>"')
      .replace(/^[0-9a-f]{8}(?= )/gm, '<id>')
      .replace(/api_token:[0-9a-f]{8}/g, 'api_token:<id>')
      .replace(/"(prev_hash|hash)": "[0-9a-f]{64}"/g, '"$1": "<hash>"')
      .replace(/"request_id": ("[0-9a-f-]{36}"|null)/g, '"request_id": <request>');
  return { code: run.code, stdout: text(run.stdout), stderr: text(run.stderr) };
};

describe.skipIf(testDbKind === 'postgres')('changes from the command line beside a running server', () => {
  beforeAll(async () => {
    t = await openTestDb({ demo: true });
    files = tempDir();
    const ingested = await ingestArticle(t.ctx, {
      text: 'Oslo, 3 October 2025. Norway will donate 4 NASAMS launchers to Ukraine. Germany will send 20 Leopard 1 tanks to Ukraine.',
      title: 'beside',
      published: '2025-10-03',
    });
    expect(ingested.candidates).toHaveLength(2);
    const token = await createApiToken(t.ctx, { name: 'analyst', role: 'analyst', party: null });
    analystToken = token.token;
    analystTokenId = token.info.id;
    // The server's first start would add the administrator to its folder only.
    await ensureFirstAdmin(t.ctx, t.dataDir!);
    await t.db.close();
    twin = tempDir();
    fs.cpSync(t.dataDir!, twin, { recursive: true });
    server = await startServer(['--data-dir', t.dataDir!], env);
  }, 180_000);
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await t.close().catch(() => undefined);
    fs.rmSync(twin, { recursive: true, force: true });
  });

  it(
    'gives the output, the audit trail and the refusals it gives on the folder',
    { timeout: 1_800_000 },
    async () => {
      // The twin is a copy of its own: the same commands run alone on it meanwhile.
      const [{ seen: beside }, { seen: alone, invocations }] = await Promise.all([
        runAll(t.dataDir!),
        runAll(twin),
      ]);
      expect(fs.existsSync(path.join(t.dataDir!, SERVER_FILE))).toBe(true);
      server!.child.kill('SIGTERM');
      expect(await server!.exited).toBe(0);
      for (const [i, command] of invocations.entries())
        expect({ command, ...drawn(beside[i]!) }).toEqual({ command, ...drawn(alone[i]!) });

      const at = (start: string) => beside[invocations.findIndex((c) => c.startsWith(start))]!;
      expect(at('review accept').stdout).toMatch(/^\S+ accepted as commitment:beside-nasams\n$/);
      expect(at('user add Not-A-Name').code).toBe(1);
      expect(at('token list --json').stdout).toMatch(
        /"expires_at": "\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"/,
      );
      const refused = beside.filter((_run, i) => steps()[i]!.analyst && i < beside.length - 1);
      for (const run of refused.slice(0, 2))
        expect(run.stderr).toBe('ramstein: your role (analyst) may not do this\n');
      expect(beside.at(-2)!.stderr).toContain('invalid, expired or revoked');
      expect(at('audit log --record').stdout).toContain('"prev_hash"');
      // Every change is in the trail, made by the local operator through the server.
      expect(beside.at(-1)!.stdout).toMatch(/system +requirement\.link /);
      expect(beside.at(-1)!.stdout).toMatch(/system +user\.create +user:alice/);
    },
  );
});
