import type { Command } from 'commander';
import { importLedger } from '../../app/interchange/import-ledger.ts';
import { fromTables } from '../../app/interchange/ledger-tables.ts';
import { readXlsx } from '../../app/interchange/table-files.ts';
import { readLedgerPath } from '../../store/ledger-files.ts';
import { withApp, withAppOrServer } from '../app.ts';
import { formatTable, print, toJson } from '../output.ts';
import { progressLine } from '../progress.ts';
import { queueOptionHelp, queueWork, type QueueOptions } from '../queue.ts';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(
      'Import a ledger (JSON, a folder of JSON or CSV tables, or an XLSX workbook): atomic and idempotent',
    )
    .argument(
      '<path>',
      'a ledger JSON file, a per-kind file (commitments.json…), a folder of them or of CSV tables, or a .xlsx workbook',
    )
    .option('--json', 'machine-readable summary')
    .option('--queue', queueOptionHelp.queue)
    .option('--wait', queueOptionHelp.wait)
    .option('--key <key>', queueOptionHelp.key)
    .action(async (target: string, options: QueueOptions, command: Command) => {
      const doc = /\.xlsx$/i.test(target) ? fromTables(await readXlsx(target)) : readLedgerPath(target);
      if (options.queue)
        return void (await withApp(command, (ctx, config) =>
          queueWork(
            ctx,
            config,
            [{ kind: 'import-ledger', payload: { document: doc as Record<string, unknown[]> } }],
            options,
          ),
        ));
      const result = await withAppOrServer(
        command,
        { method: 'POST', path: '/api/v1/ledger/import', body: doc },
        (ctx) => importLedger(ctx, doc, { progress: progressLine('importing') }),
      );
      if (options.json) return print(toJson(result));
      print(formatTable(Object.entries(result).map(([kind, c]) => ({ kind, ...c }))));
    });
}
