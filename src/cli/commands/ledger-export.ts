/** `ramstein export`: the ledger as JSON, a folder of CSV tables, an XLSX workbook, or IATI 2.03 XML. */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { exportLedger } from '../../app/interchange/export-ledger.ts';
import { writeLedgerJson } from '../../app/interchange/ledger-json-stream.ts';
import { exportIati } from '../../app/interchange/iati/export-iati.ts';
import { conversionLines } from '../../domain/money/conversion-summary.ts';
import { toTables } from '../../app/interchange/ledger-tables.ts';
import { writeCsvFolder, writeXlsx } from '../../app/interchange/table-files.ts';
import { withApp } from '../app.ts';
import { print } from '../output.ts';
import { queueOptionHelp, queueWork, type QueueOptions } from '../queue.ts';
import { getJobOutput } from '../../app/jobs/manage-jobs.ts';
import { AppError } from '../../domain/errors.ts';
import { checkpointWith } from './audit.ts';
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
    .option('--out <path>', 'file to write (json, xlsx, iati) or folder to fill (csv)')
    .option('--queue', `${queueOptionHelp.queue}; json and iati only, the file is then fetched from the job`)
    .option('--wait', queueOptionHelp.wait)
    .option('--with-texts', 'include the stored text of each source (json, csv, xlsx)')
    .action(
      async (
        o: { format: (typeof formats)[number]; out?: string; withTexts?: boolean } & QueueOptions,
        command: Command,
      ) => {
        await withApp(command, async (ctx, config) => {
          if (o.queue) {
            if (o.format !== 'json' && o.format !== 'iati')
              throw new AppError('invalid_input', '--queue exports json or iati');
            const [job] = await queueWork(
              ctx,
              config,
              [{ kind: 'export-ledger', payload: { format: o.format, with_texts: o.withTexts ?? false } }],
              o,
            );
            if (o.wait && o.out && job) {
              const file = await getJobOutput(ctx, job.id);
              fs.mkdirSync(path.dirname(path.resolve(o.out)), { recursive: true });
              fs.writeFileSync(o.out, file.text);
              print(`wrote ${o.out}`);
              await checkpointWith(ctx, config, `the export ${o.out}`);
            }
            return;
          }
          if (!o.out) throw new AppError('invalid_input', '--out: where to write the export');
          const out = o.out;
          if (o.format === 'iati') {
            const iati = await exportIati(ctx);
            fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
            fs.writeFileSync(out, iati.xml);
            const left = iati.undated.length ? `; left out, having no date: ${iati.undated.join(', ')}` : '';
            print(`exported ${iati.activities} IATI activities to ${out}${left}`);
            for (const line of conversionLines(iati.exchangeRates)) print(line);
            await checkpointWith(ctx, config, `the export ${out}`);
            return;
          }
          const doc = await exportLedger(ctx, ctx.db, { withTexts: o.withTexts ?? false });
          if (o.format === 'json') {
            fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
            const file = fs.createWriteStream(out);
            await writeLedgerJson(doc, file);
            await new Promise<void>((resolve, reject) => file.end(resolve).on('error', reject));
          } else if (o.format === 'csv') writeCsvFolder(toTables(doc), out, doc.exchange_rates);
          else await writeXlsx(toTables(doc), out, doc.exchange_rates);
          const counted = Object.entries(doc)
            .filter(([, records]) => Array.isArray(records))
            .map(([section, records]) => `${(records as unknown[]).length} ${section.replaceAll('_', ' ')}`);
          print(`exported ${counted.join(', ')} to ${out}`);
          if (doc.exchange_rates) for (const line of conversionLines(doc.exchange_rates)) print(line);
          await checkpointWith(ctx, config, `the export ${out}`);
        });
      },
    );
}
