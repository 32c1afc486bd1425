import type { Command } from 'commander';
import { importLedger } from '../../app/interchange/import-ledger.ts';
import { readLedgerPath } from '../../store/ledger-files.ts';
import { withApp } from '../app.ts';
import { formatTable, print, toJson } from '../output.ts';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('Import a ledger file or folder (JSON interchange format): atomic and idempotent')
    .argument('<path>', 'a ledger JSON file, a per-kind file (commitments.json…) or a folder of them')
    .option('--json', 'machine-readable summary')
    .action(async (target: string, options: { json?: boolean }, command: Command) => {
      const doc = readLedgerPath(target);
      await withApp(command, async (ctx) => {
        const result = await importLedger(ctx, doc);
        if (options.json) return print(toJson(result));
        print(formatTable(Object.entries(result).map(([kind, c]) => ({ kind, ...c }))));
      });
    });
}
