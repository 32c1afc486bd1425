/** Runs one `ramstein` invocation and answers its exit code; every failure is reported by src/cli/errors.ts. */
import { buildProgram } from './program.ts';
import { describeFailure } from './errors.ts';

export async function run(argv: string[], stderr: (text: string) => void): Promise<number> {
  try {
    await (await buildProgram(argv)).parseAsync(argv);
    return 0;
  } catch (error) {
    const { message, exitCode } = describeFailure(error);
    if (message) stderr(`ramstein: ${message}\n`);
    return exitCode;
  }
}
