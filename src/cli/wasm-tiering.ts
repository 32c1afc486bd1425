/**
 * The embedded database is PostgreSQL compiled to WebAssembly. V8 compiles it first with its
 * baseline compiler, then compiles hot functions again with its optimising compiler in the
 * background. That pays for itself in a server or a long import; in a command that
 * opens the folder, answers and exits, it is most of the processor time spent past the open
 * (about 40 % of the command's). Such commands keep the baseline compiler only.
 *
 * So does `ramstein export`, long as it runs: the optimising compiler's working memory, in its
 * background threads' allocation arenas, stays with the process once the code is made (some
 * 50 MB of a 10,000-commitment export's peak of 250–270 MB), and the export takes about the same
 * processor time without it (JSON 9.2 s instead of 10.6 s, XLSX 25.0 s instead of 23.7 s: means
 * of three and two runs, load average 6).
 *
 * The long ones leave a core to the main thread: by default the optimising compiler runs in as
 * many background threads as V8 has (four), and on two cores they took the processor from the
 * server's own start, which runs on the main thread while they work.
 */
import os from 'node:os';
import v8 from 'node:v8';
import { invokedWords } from './program.ts';

/** Commands (by their first words) that run long enough for the optimising compiler to pay. */
const longRunning: readonly (readonly string[])[] = [
  ['serve'],
  ['worker'],
  ['import'],
  ['editions', 'import'],
  ['db'],
];

/** Whether `args` (the arguments after the script) name a command that runs long. */
export function runsLong(args: readonly string[]): boolean {
  const words = invokedWords(args);
  return longRunning.some((prefix) => prefix.every((word, i) => words[i] === word));
}

/** Background threads for the optimising compiler on a machine with `cores`: all but one, at least one. */
export function compilerThreads(cores: number): number {
  return Math.max(1, cores - 1);
}

/**
 * Keeps V8's baseline WebAssembly compiler only, for a short command, and a core for the main
 * thread, for a long one; before the database opens.
 */
export function tuneCompilerFor(args: readonly string[]): void {
  if (!runsLong(args)) v8.setFlagsFromString('--liftoff-only');
  else v8.setFlagsFromString(`--wasm-num-compilation-tasks=${compilerThreads(os.availableParallelism())}`);
}
