/** The `ramstein` executable. Bad input ends in one clear line on stderr and a non-zero exit. */
import { tuneHeapFor } from './heap-growth.ts';
import { run } from './run.ts';
import { tuneCompilerFor } from './wasm-tiering.ts';

// Piped into `head`, the reader may leave before the output ends: stop quietly, as other tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

tuneCompilerFor(process.argv.slice(2));
tuneHeapFor(process.argv.slice(2));
const exitCode = await run(process.argv, (text) => process.stderr.write(text));
// `serve` keeps running; every other command ends here.
if (exitCode !== 0) process.exit(exitCode);
