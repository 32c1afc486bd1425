/**
 * The one error formatter of the command line: whatever went wrong becomes one line on stderr and
 * an exit code. Usage errors (unknown option, missing argument, a value of the wrong form) exit 2;
 * every other failure exits 1. Stack traces only with RAMSTEIN_DEBUG=1.
 */
import { CommanderError } from 'commander';
import { ZodError } from 'zod';
import { isAppError } from '../domain/errors.ts';

export const usageExit = 2;
export const failureExit = 1;

/** Commander's own ways of ending that are not errors: help and version asked for. */
const notErrors = new Set(['commander.helpDisplayed', 'commander.version']);

export interface Failure {
  /** One line, without the program name and without a line break; empty when nothing must be said. */
  message: string;
  exitCode: number;
}

/** Text on one line: a message never spreads a list or a nested error over several. */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function debugging(): boolean {
  return Boolean(process.env.RAMSTEIN_DEBUG);
}

export function describeFailure(error: unknown): Failure {
  if (error instanceof CommanderError) {
    if (notErrors.has(error.code)) return { message: '', exitCode: error.exitCode };
    // `ramstein report` without a subcommand: commander has printed the help already.
    if (error.code === 'commander.help') return { message: '', exitCode: usageExit };
    const message = oneLine(error.message.replace(/^error: /, ''));
    return { message: `${message} (add --help for usage)`, exitCode: usageExit };
  }
  if (isAppError(error)) {
    return {
      message: oneLine(error.message),
      exitCode: error.code === 'bad_request' ? usageExit : failureExit,
    };
  }
  if (error instanceof ZodError) {
    // A value an option accepted by form but a use case refused (a year before NATO existed).
    const issue = error.issues[0];
    const field = issue?.path.join('.') || 'input';
    return { message: oneLine(`${field}: ${issue?.message ?? 'invalid'}`), exitCode: usageExit };
  }
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ECONNREFUSED')
      return { message: `cannot reach the database: ${oneLine(error.message)}`, exitCode: 1 };
    if (debugging()) return { message: error.stack ?? error.message, exitCode: failureExit };
    return { message: `${oneLine(error.message)} (set RAMSTEIN_DEBUG=1 for details)`, exitCode: failureExit };
  }
  return { message: oneLine(String(error)), exitCode: failureExit };
}
