/** The `ramstein` command tree, without running it. */
import { Command } from 'commander';
import { commands } from './commands/index.ts';

export function buildProgram(): Command {
  const program = new Command('ramstein')
    .description('Ramstein: an auditable ledger of multinational military assistance')
    .version('0.1.0')
    .option('--data-dir <path>', 'embedded database folder (default ./.ramstein, or RAMSTEIN_DATA_DIR)')
    .showHelpAfterError('(add --help for usage)')
    .exitOverride();
  for (const register of commands) register(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}
