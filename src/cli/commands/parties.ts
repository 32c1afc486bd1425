import type { Command } from 'commander';
import { listParties } from '../../app/reference/list-parties.ts';
import { readAppOrServer } from '../app.ts';
import { formatTable, print, toJson } from '../output.ts';

export function registerParties(program: Command): void {
  program
    .command('parties')
    .description('List states, organisations and groups with their names in en/fr/de')
    .option('--kind <kind>', 'state, organisation, group or company')
    .option('-q, --search <text>', 'search codes, names and aliases')
    .option('--json', 'machine-readable output')
    .action(async (options, command: Command) => {
      const query = { kind: options.kind, q: options.search, limit: 1000, offset: 0 };
      const { items } = await readAppOrServer(command, { path: '/api/v1/parties', query }, (ctx) =>
        listParties(ctx, { kind: options.kind, search: options.search, limit: 1000, offset: 0 }),
      );
      if (options.json) return print(toJson(items));
      print(
        formatTable(
          items.map((p) => ({
            code: p.code,
            kind: p.kind,
            en: p.names.en,
            fr: p.names.fr,
            de: p.names.de,
          })),
        ),
      );
    });
}
