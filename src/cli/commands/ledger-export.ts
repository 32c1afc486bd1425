/** `ramstein export`: the ledger as JSON, a folder of CSV tables, an XLSX workbook, or IATI 2.03 XML. */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { exportLedger, ledgerJson } from '../../app/interchange/export-ledger.ts';
import { exportIati } from '../../app/interchange/iati/export-iati.ts';
import { toTables } from '../../app/interchange/ledger-tables.ts';
import { writeCsvFolder, writeXlsx } from '../../app/interchange/table-files.ts';
import { withApp } from '../app.ts';
import { print } from '../output.ts';
import { oneOf } from './ledger-options.ts';

const formats = ['json', 'csv', 'xlsx', 'iati'] as const;

export function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      'Export the ledger (JSON graph, CSV tables or XLSX workbook) for `ramstein import`, or as IATI 2.03 XML',
    )
    .requiredOption(
      '--format <format>',
      'json (one file), csv (a folder of tables), xlsx (one workbook) or iati (one IATI 2.03 XML file)',
      oneOf(formats),
    )
    .requiredOption('--out <path>', 'file to write (json, xlsx, iati) or folder to fill (csv)')
    .action(async (o: { format: (typeof formats)[number]; out: string }, command: Command) => {
      await withApp(command, async (ctx) => {
        if (o.format === 'iati') {
          const iati = await exportIati(ctx);
          fs.mkdirSync(path.dirname(path.resolve(o.out)), { recursive: true });
          fs.writeFileSync(o.out, iati.xml);
          const left = iati.undated.length ? `; left out, having no date: ${iati.undated.join(', ')}` : '';
          print(`exported ${iati.activities} IATI activities to ${o.out}${left}`);
          return;
        }
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
