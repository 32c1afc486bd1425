/** `ramstein export`: the ledger as JSON, a folder of CSV tables, or an XLSX workbook. */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { exportLedger, ledgerJson } from '../../app/interchange/export-ledger.ts';
import { toTables } from '../../app/interchange/ledger-tables.ts';
import { writeCsvFolder, writeXlsx } from '../../app/interchange/table-files.ts';
import { withApp } from '../app.ts';
import { print } from '../output.ts';
import { oneOf } from './ledger-options.ts';

const formats = ['json', 'csv', 'xlsx'] as const;

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Export the ledger (JSON graph, CSV tables or XLSX workbook) for `ramstein import`')
    .requiredOption(
      '--format <format>',
      'json (one file), csv (a folder of tables) or xlsx (one workbook)',
      oneOf(formats),
    )
    .requiredOption('--out <path>', 'file to write (json, xlsx) or folder to fill (csv)')
    .action(async (o: { format: (typeof formats)[number]; out: string }, command: Command) => {
      await withApp(command, async (ctx) => {
        const doc = await exportLedger(ctx);
        if (o.format === 'json') {
          fs.mkdirSync(path.dirname(path.resolve(o.out)), { recursive: true });
          fs.writeFileSync(o.out, ledgerJson(doc));
        } else if (o.format === 'csv') writeCsvFolder(toTables(doc), o.out);
        else await writeXlsx(toTables(doc), o.out);
        const n = doc.commitments.length;
        print(
          `exported ${n} commitments, ${doc.packages.length} packages, ${doc.meetings.length} meetings, ${doc.claims.length} claims, ${doc.equipment.length} equipment types, ${doc.targets.length} targets to ${o.out}`,
        );
      });
    });
}
