/** The `ramstein` executable. Bad input ends in one clear line on stderr and a non-zero exit. */
import { Command, CommanderError } from 'commander';
import { isAppError } from '../domain/errors.ts';
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

function describe(error: unknown): string {
  if (isAppError(error)) return error.message;
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ECONNREFUSED') return `cannot reach the database: ${error.message}`;
    return process.env.RAMSTEIN_DEBUG
      ? (error.stack ?? error.message)
      : `${error.message} (set RAMSTEIN_DEBUG=1 for details)`;
  }
  return String(error);
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode; // commander already printed it
    process.stderr.write(`ramstein: ${describe(error)}\n`);
    return 1;
  }
}

const exitCode = await main(process.argv);
// `serve` keeps running; every other command ends here.
if (exitCode !== 0) process.exit(exitCode);
