/** The `ramstein` command tree, without running it. */
import { Command } from 'commander';
import { commandModules } from './commands/index.ts';

/** Global options that take a value, so their value is not read as a command name. */
const globalsWithValue = new Set(['--data-dir', '--server', '--token']);

/** The words the arguments give, options aside (`ramstein --data-dir x report burden` → `report burden`). */
export function invokedWords(args: readonly string[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (globalsWithValue.has(arg)) i++;
    else if (!arg.startsWith('-')) words.push(arg);
  }
  return words;
}

/** The command the arguments name (`ramstein --data-dir x report burden` → `report`), if any. */
export function invokedCommand(args: readonly string[]): string | undefined {
  return invokedWords(args)[0];
}

/**
 * Builds the tree for `argv` (process.argv: node, script, arguments...). Only the modules of the
 * invoked command are loaded; help, and an unknown command, load them all; `--version` none.
 */
export async function buildProgram(argv?: readonly string[]): Promise<Command> {
  const program = new Command('ramstein')
    .description('Ramstein: an auditable ledger of multinational military assistance')
    .version('0.1.0')
    .option('--data-dir <path>', 'embedded database folder (default ./.ramstein, or RAMSTEIN_DATA_DIR)')
    .option(
      '--server <url>',
      'answer through the API of this running server (every command but those that need the data folder: see src/cli/beside-server.ts)',
    )
    .option('--token <token>', 'API token for --server (default RAMSTEIN_TOKEN)')
    // Errors are printed once, on one line, by src/cli/errors.ts.
    .configureOutput({ outputError: () => undefined })
    .exitOverride();
  const args = argv?.slice(2) ?? [];
  const name = invokedCommand(args);
  const known = commandModules.filter((m) => name !== undefined && m.names.includes(name));
  const versionOnly = name === undefined && args.some((a) => a === '-V' || a === '--version');
  const modules = known.length ? known : versionOnly ? [] : commandModules;
  const registers = await Promise.all(modules.map((m) => m.load()));
  for (const register of registers) register(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}
