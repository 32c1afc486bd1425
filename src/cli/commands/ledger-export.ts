/** `ramstein export`: the ledger as JSON, a folder of CSV tables, an XLSX workbook, or IATI 2.03 XML. */
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { writeLedgerJson, type LazySection } from '../../app/interchange/ledger-json-stream.ts';
import { streamedLedger } from '../../app/interchange/stream-ledger.ts';
import { streamedTables, type StreamedTables } from '../../app/interchange/stream-tables.ts';
import type { ConversionSummary } from '../../domain/money/conversion-summary.ts';
import { exportIati } from '../../app/interchange/iati/export-iati.ts';
import { conversionLines } from '../../domain/money/conversion-summary.ts';
import { writeCsvFolderStreamed, writeXlsx } from '../../app/interchange/table-files.ts';
import { withApp } from '../app.ts';
import { print } from '../output.ts';
import { queueOptionHelp, queueWork, type QueueOptions } from '../queue.ts';
import { getJobOutput } from '../../app/jobs/manage-jobs.ts';
import { AppError } from '../../domain/errors.ts';
import { inOneSnapshot } from '../../store/database.ts';
import { checkpointWith } from './audit.ts';
import { oneOf } from './ledger-options.ts';

const formats = ['json', 'csv', 'xlsx', 'iati'] as const;

/**
 * A streamed document whose records are counted as the writer reads them, for the closing line
 * (`exported 3 sources, 12 equipment, …`), and whose exchange-rate summary is kept when read.
 */
function countedSections(sections: Record<string, LazySection>) {
  const counts = new Map<string, number>();
  let rates: ConversionSummary | undefined;
  const doc: Record<string, LazySection> = {};
  for (const [key, given] of Object.entries(sections)) {
    if (key === 'exchange_rates' && typeof given === 'function')
      doc[key] = async () => (rates = await (given as () => Promise<ConversionSummary>)());
    else if (typeof given === 'function')
      doc[key] = async () => {
        const value = await (given as () => Promise<unknown>)();
        if (Array.isArray(value)) counts.set(key, value.length);
        return value;
      };
    else if (typeof given === 'object' && given !== null && Symbol.asyncIterator in given)
      doc[key] = (async function* () {
        counts.set(key, 0);
        for await (const batch of given as AsyncIterable<readonly unknown[]>) {
          counts.set(key, counts.get(key)! + batch.length);
          yield batch;
        }
      })();
    else doc[key] = given;
  }
  const counted = () =>
    Object.keys(sections)
      .filter((key) => counts.has(key))
      .map((key) => `${counts.get(key)} ${key.replaceAll('_', ' ')}`);
  return { doc, counted, rates: () => rates };
}

/** `12 sources, 3 equipment, …`: the records of each section a table export wrote. */
const exportedCounts = (tables: StreamedTables) =>
  tables
    .counts()
    .map(([section, n]) => `${n} ${section.replaceAll('_', ' ')}`)
    .join(', ');

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
          if (o.format === 'json') {
            // Written while it is read: commitments a batch at a time, the other sections as the writer reaches them.
            const { doc, counted, rates } = countedSections(
              streamedLedger(ctx, ctx.db, { withTexts: o.withTexts ?? false }),
            );
            fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
            const file = fs.createWriteStream(out);
            await writeLedgerJson(doc, file);
            await new Promise<void>((resolve, reject) => file.end(resolve).on('error', reject));
            print(`exported ${counted().join(', ')} to ${out}`);
            for (const line of conversionLines(rates()!)) print(line);
            await checkpointWith(ctx, config, `the export ${out}`);
            return;
          }
          if (o.format === 'xlsx') {
            // Written while it is read: each sheet's rows as they come from the store, commitments a
            // page at a time, every sheet from the same snapshot (the commitments are read once per sheet).
            const tables = await inOneSnapshot(ctx.db, async (tx) => {
              const read = await streamedTables(ctx, tx, { withTexts: o.withTexts ?? false });
              await writeXlsx(read.rows, out, read.rates);
              return read;
            });
            print(`exported ${exportedCounts(tables)} to ${out}`);
            for (const line of conversionLines(tables.rates)) print(line);
            await checkpointWith(ctx, config, `the export ${out}`);
            return;
          }
          // Each CSV file written while it is read, as the workbook's sheets are.
          const tables = await inOneSnapshot(ctx.db, async (tx) => {
            const read = await streamedTables(ctx, tx, { withTexts: o.withTexts ?? false });
            await writeCsvFolderStreamed(read.rows, out, read.rates);
            return read;
          });
          print(`exported ${exportedCounts(tables)} to ${out}`);
          for (const line of conversionLines(tables.rates)) print(line);
          await checkpointWith(ctx, config, `the export ${out}`);
        });
      },
    );
}
