/** The `ramstein` executable. Bad input ends in one clear line on stderr and a non-zero exit. */
import { CommanderError } from 'commander';
import { isAppError } from '../domain/errors.ts';
import { buildProgram } from './program.ts';

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
    await (await buildProgram(argv)).parseAsync(argv);
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
