import type { Command } from 'commander';
import { runServer } from '../../http/run-server.ts';
import { commandConfig } from '../app.ts';
import { port } from '../arguments.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Start the HTTP server (API, OpenAPI document, API reference) on the configured database')
    .option('-p, --port <port>', 'port to listen on (default 8080, or PORT; 0 picks a free one)', port)
    .option('--host <host>', 'interface to listen on (default 127.0.0.1, or HOST)')
    .action(async (_options, command: Command) => {
      await runServer(commandConfig(command));
    });
}
