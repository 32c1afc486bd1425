import type { Command } from 'commander';
import type { Database } from '../../store/database.ts';
import { openStore } from '../../store/open.ts';
import { port } from '../arguments.ts';
import { commandConfig } from '../command-config.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Start the HTTP server (API, OpenAPI document, API reference) on the configured database')
    .option('-p, --port <port>', 'port to listen on (default 8080, or PORT; 0 picks a free one)', port)
    .option('--host <host>', 'interface to listen on (default 127.0.0.1, or HOST)')
    .action(async (_options, command: Command) => {
      const config = commandConfig(command);
      // The database opens while the server's modules load: the embedded one compiles its
      // WebAssembly in background threads and reads its files meanwhile, when the main thread
      // would otherwise wait.
      const opening = openStore({ ...config, command: 'ramstein serve' });
      // A failure to open is reported where the server awaits the database.
      opening.catch(() => undefined);
      const { runServer } = await import('../../http/run-server.ts').catch(async (error: unknown) => {
        await opening.then(
          (db: Database) => db.close(),
          () => undefined,
        );
        throw error;
      });
      await runServer(config, { opening });
    });
}
