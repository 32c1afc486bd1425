/**
 * Every command, wrongly used, says what is wrong on one line of stderr and exits 2, before it
 * opens a database. The cases are generated from the command tree, so a new command is covered.
 */
import type { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { buildProgram } from './program.ts';
import { run } from './run.ts';

async function invoke(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await run(['node', 'ramstein', ...args], (text) => (stderr += text));
  return { code, stderr };
}

function leaves(command: Command, path: string[] = []): { path: string[]; command: Command }[] {
  if (command.commands.length === 0) return [{ path, command }];
  return command.commands.flatMap((sub) => leaves(sub, [...path, sub.name()]));
}

const program = await buildProgram(['node', 'ramstein', '--help']);
const all = leaves(program);
const withRequiredArgument = all.filter((l) => l.command.registeredArguments.some((a) => a.required));
const filled = (l: { path: string[]; command: Command }) => [
  ...l.path,
  ...l.command.registeredArguments.filter((a) => a.required).map(() => 'x'),
];

function expectOneUsageLine(result: { code: number; stderr: string }, pattern: RegExp) {
  expect(result.code).toBe(2);
  const lines = result.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^ramstein: /);
  expect(lines[0]).toMatch(pattern);
}

describe('usage errors', () => {
  it('the tree has commands with required arguments to check', () => {
    expect(all.length).toBeGreaterThan(30);
    expect(withRequiredArgument.length).toBeGreaterThan(10);
  });

  it.each(withRequiredArgument.map((l) => [l.path.join(' '), l] as const))(
    '%s without its argument',
    async (_name, leaf) => {
      expectOneUsageLine(await invoke(leaf.path), /missing required argument|required option/);
    },
  );

  it.each(all.map((l) => [l.path.join(' '), l] as const))(
    '%s with an unknown option',
    async (_name, leaf) => {
      expectOneUsageLine(
        await invoke([...filled(leaf), '--no-such-option']),
        /unknown option|required option/,
      );
    },
  );

  it.each([
    [['fx', 'rates', 'USD'], /give --year, or --from and --to/],
    [['fx', 'rates', 'USD', '--year', 'abc'], /--year.*'abc'.*expected a year/],
    [['fx', 'rates', 'USD', '--year', '20245'], /expected a year/],
    [['fx', 'rates', 'USD', '--from', '2024-02-30', '--to', '2024-03-01'], /'2024-02-30'.*calendar date/],
    [['fx', 'convert', '1', 'USD', 'EUR'], /required option '--on <date>'/],
    [['fx', 'convert', '1', 'USD', 'EUR', '--on', '2024-01-01', '--rounding', 'up!'], /choose one of/],
    [['user', 'add', 'bob', '--role', 'representative'], /--party <code> is required/],
    [['user', 'add', 'bob', '--role', 'analyst', '--party', 'DE'], /only for the role representative/],
    [['user', 'add', 'bob', '--role', 'general'], /choose one of/],
    [['report', 'targets', '--year', '19'], /expected a year/],
    [['report', 'burden', '--format', 'xml'], /expected one of table, json, csv/],
    [['report', 'burden', '--valuation', 'market'], /expected one of record, catalogue, kiel, declared/],
    [['no-such-command'], /unknown command/],
    [['commitment', 'list', '--limit', 'ten'], /expected a whole number/],
    [['fx', 'rates', 'USD', '--year', '2024', 'extra'], /too many arguments/],
    [['serve', '--port', 'eighty'], /--port.*'eighty'.*expected a port number/],
    [['serve', '--port', '70000'], /expected a port number from 0 to 65535/],
    [['worker', '--concurrency', 'many'], /--concurrency.*expected a positive whole number/],
    [['worker', '--concurrency', '65'], /expected a whole number from 1 to 64/],
    [['jobs', 'list', '--limit', 'all'], /--limit.*expected a positive whole number/],
    [
      ['editions', 'import', 'kiel', '.', '--release', 'latest'],
      /--release.*expected a positive whole number/,
    ],
    [['token', 'create', 'nightly', '--role', 'analyst', '--expires-in-days', '1.5'], /expected a positive/],
    [
      ['commitment', 'declare-value', 'x', '--line', '1', '--amount', '5e8', '--currency', 'EUR'],
      /--amount.*expected an amount in major units/,
    ],
  ])('%j', async (args, pattern) => {
    expectOneUsageLine(await invoke(args), pattern);
  });

  it('help and version are not errors', async () => {
    const out: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    try {
      expect((await invoke(['--version'])).code).toBe(0);
      expect((await invoke(['fx', 'rates', '--help'])).code).toBe(0);
    } finally {
      spy.mockRestore();
    }
    expect(out.join('')).toMatch(/0\.1\.0[\s\S]*Usage: ramstein fx rates/);
  });
});
