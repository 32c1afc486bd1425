/** `ramstein editions`: import, list, show, diff and reconcile editions of external data sets. */
import fs from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { diffEditions } from '../../app/editions/diff-editions.ts';
import { getEdition, listEditions } from '../../app/editions/get-edition.ts';
import { editionSources, importEdition, type EditionSource } from '../../app/editions/import-edition.ts';
import { AppError } from '../../domain/errors.ts';
import { bn, diffRows, donorTableRows, reconcileRows } from '../../domain/editions/tabular.ts';
import { reconcileEdition } from '../../app/editions/reconcile-edition.ts';
import { readAppOrServer, withApp, withAppOrServer } from '../app.ts';
import { positive } from '../arguments.ts';
import { queueOptionHelp, queueWork } from '../queue.ts';
import { withConversionRows } from '../../domain/money/conversion-summary.ts';
import { formatTable, print, toJson, type Cell } from '../output.ts';

export const editionFormats = ['table', 'json', 'csv'] as const;
export type EditionFormat = (typeof editionFormats)[number];

export function formatOption(value: string): EditionFormat {
  if (!(editionFormats as readonly string[]).includes(value))
    throw new InvalidArgumentError(`choose one of ${editionFormats.join(', ')}`);
  return value as EditionFormat;
}

/** Every regular file of a release's folder (or the one file given), by name. */
export function readReleaseFolder(folder: string): Map<string, string> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    throw new AppError('invalid_input', `${folder}: no such file or folder`);
  }
  const names = stat.isDirectory() ? fs.readdirSync(folder) : [path.basename(folder)];
  const dir = stat.isDirectory() ? folder : path.dirname(folder);
  const files = new Map<string, string>();
  for (const name of names.sort()) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isFile()) files.set(name, fs.readFileSync(full, 'utf8'));
  }
  return files;
}

export function emit(
  format: EditionFormat,
  value: object,
  rows: Record<string, Cell>[],
  csvRows: Record<string, Cell>[],
  footer: string[],
): void {
  if (format === 'json') return print(toJson(value));
  if (format === 'csv') {
    process.stdout.write(stringify(csvRows, { header: true }));
    return;
  }
  print(formatTable(rows));
  for (const line of footer) print(line);
}

export function registerEditions(program: Command): void {
  const group = program
    .command('editions')
    .description(
      'Editions of external data sets (Kiel Ukraine Support Tracker releases): import, compare, reconcile',
    );

  group
    .command('import')
    .description(
      'Import a release of an external data set from its folder; importing the same files again changes nothing',
    )
    .argument('<source>', `data set: ${editionSources.join(', ')}`)
    .argument('<path>', "folder holding the release's files")
    .requiredOption('--release <n>', 'release number, e.g. 28', positive)
    .option('--json', 'machine-readable output')
    .option('--queue', queueOptionHelp.queue)
    .option('--wait', queueOptionHelp.wait)
    .option('--key <key>', queueOptionHelp.key)
    .action(async (source: string, folder: string, options, command: Command) => {
      if (!(editionSources as readonly string[]).includes(source))
        throw new InvalidArgumentError(
          `unknown data set "${source}": choose one of ${editionSources.join(', ')}`,
        );
      const files = readReleaseFolder(folder);
      await withApp(command, async (ctx, config) => {
        if (options.queue) {
          const payload = {
            source: source as EditionSource,
            release: String(options.release),
            files: Object.fromEntries(files),
          };
          return void (await queueWork(ctx, config, [{ kind: 'import-edition', payload }], options));
        }
        const result = await importEdition(ctx, {
          source: source as EditionSource,
          release: String(options.release),
          files,
        });
        if (options.json) return print(toJson(result));
        print(
          `${result.id}: ${result.status === 'imported' ? 'imported' : 'unchanged (already imported with the same files)'}; ` +
            `${result.files.map((f) => `${f.name} ${f.row_count} rows`).join(', ')}`,
        );
        print(`Source: ${result.attribution}`);
      });
    });

  group
    .command('list')
    .description('Imported editions, by data set and publication date')
    .option('--json', 'machine-readable output')
    .action(async (options, command: Command) => {
      const { items: list } = await withAppOrServer(command, { path: '/api/v1/editions' }, async (ctx) => ({
        items: await listEditions(ctx),
      }));
      if (options.json) return print(toJson(list));
      if (list.length === 0)
        return print('no editions imported (ramstein editions import kiel PATH --release N)');
      print(
        formatTable(
          list.map((e) => ({
            id: e.id,
            publisher: e.publisher,
            release: e.release,
            cut_off: e.cut_off,
            published: e.published_on,
            files: e.files.length,
            rows: e.files.reduce((a, f) => a + f.row_count, 0),
          })),
        ),
      );
    });

  group
    .command('show')
    .description(
      "An edition: attribution, files with their SHA-256, donor table and the edition's own checks",
    )
    .argument('<id>', 'edition id, e.g. kiel-ust-r28')
    .option('--format <format>', editionFormats.join(', '), formatOption, 'table')
    .action(async (id: string, options: { format: EditionFormat }, command: Command) => {
      const view = await readAppOrServer(
        command,
        { path: `/api/v1/editions/${encodeURIComponent(id)}` },
        (ctx) => getEdition(ctx, id),
      );
      const e = view.edition;
      const source = `Source: ${e.attribution}`;
      const header = [
        `${e.id}: ${e.publisher}, ${e.title}, release ${e.release}; data through ${e.cut_off ?? 'n/a'}, published ${e.published_on}` +
          (e.published_basis !== 'stated' ? ` (${e.published_basis})` : ''),
        ...e.files.map((f) => `  ${f.name}: ${f.row_count} rows, sha256 ${f.sha256}`),
      ];
      const footer = [
        `all donors (EUR bn): allocated ${bn(view.totals['allocation.total'] ?? null) ?? 'n/a'}, military ${bn(view.totals['allocation.military'] ?? null) ?? 'n/a'}, committed ${bn(view.totals['commitment.total'] ?? null) ?? 'n/a'}`,
      ];
      const unreconciled = view.checks.rows_vs_table?.filter((c) => c.status !== 'reconciled') ?? [];
      if (view.checks.rows_vs_table) {
        const matched = view.checks.rows_vs_table.filter((c) => c.status === 'reconciled').length;
        const inTable = view.checks.rows_vs_table.filter((c) => c.status !== 'only_in_rows').length;
        footer.push(`rows vs country table: ${matched} of ${inTable} donors within EUR 5 m`);
        for (const c of unreconciled)
          footer.push(
            `  ${c.status}: ${c.donor_name} rows ${bn(c.rows_minor) ?? '-'} vs table ${bn(c.table_minor) ?? '-'} bn`,
          );
      }
      if (view.checks.months_vs_totals) {
        const off = view.checks.months_vs_totals.filter((m) => BigInt(m.difference_minor ?? 0) !== 0n).length;
        footer.push(
          `donors' months vs published monthly totals: ${view.checks.months_vs_totals.length - off} of ${view.checks.months_vs_totals.length} months equal`,
        );
      }
      for (const c of view.checks.channels ?? [])
        footer.push(
          `military channel ${c.channel}: ${bn(c.total_minor)} bn (${c.by_year.map((y) => `${y.year} ${bn(y.amount_minor)}`).join(', ')})`,
        );
      footer.push(source);
      if (options.format === 'table') print(header.join('\n'));
      emit(
        options.format,
        view,
        donorTableRows(view.donors, false),
        donorTableRows(view.donors, true).map((r) => ({ ...r, source: e.attribution })),
        footer,
      );
    });

  group
    .command('diff')
    .description('What changed from one edition to another, per donor and aid type')
    .argument('<from>', 'earlier edition, e.g. kiel-ust-r29')
    .argument('<to>', 'later edition, e.g. kiel-ust-r30')
    .option('--format <format>', editionFormats.join(', '), formatOption, 'table')
    .option('--all', 'list unchanged figures too')
    .action(
      async (
        from: string,
        to: string,
        options: { format: EditionFormat; all?: boolean },
        command: Command,
      ) => {
        const diff = await readAppOrServer(
          command,
          { path: `/api/v1/editions/${encodeURIComponent(from)}/diff/${encodeURIComponent(to)}` },
          (ctx) => diffEditions(ctx, from, to),
        );
        const shown =
          options.all || options.format !== 'table'
            ? diff.rows
            : diff.rows.filter((r) => r.status !== 'unchanged');
        emit(
          options.format,
          diff,
          diffRows(shown, false),
          diffRows(shown, true).map((r) => ({
            ...r,
            source: `${diff.from.attribution}; ${diff.to.attribution}`,
          })),
          [
            `${diff.rows.length - shown.length} figures unchanged within the editions' rounding not shown (--all shows them)`,
            `Sources: ${diff.from.attribution}; ${diff.to.attribution}`,
          ],
        );
      },
    );

  group
    .command('reconcile')
    .description("Ramstein's ledger beside an edition, donor by donor, with the reasons the figures differ")
    .argument('<id>', 'edition id, e.g. kiel-ust-r30')
    .option('--format <format>', editionFormats.join(', '), formatOption, 'table')
    .action(async (id: string, options: { format: EditionFormat }, command: Command) => {
      const r = await readAppOrServer(
        command,
        { path: `/api/v1/editions/${encodeURIComponent(id)}/reconciliation` },
        (ctx) => reconcileEdition(ctx, id),
      );
      const both = r.rows.filter((x) => x.ledger && x.edition);
      const footer = [
        `${both.length} donors in both, ${r.rows.filter((x) => !x.ledger).length} only in the edition, ${r.rows.filter((x) => !x.edition).length} only in the ledger; ledger as known on the cut-off ${r.cut_off ?? 'n/a'}`,
        `totals (EUR bn): ledger committed ${bn(r.totals.ledger_committed_minor)}, delivered ${bn(r.totals.ledger_delivered_minor)}; edition committed ${bn(r.totals.edition_committed_minor)}, allocated ${bn(r.totals.edition_allocated_minor)}`,
        ...both.flatMap((x) => [
          `${x.party_code}:`,
          ...x.reasons.map((reason) => `  ${reason.code}: ${reason.text}`),
        ]),
        ...r.notes,
      ];
      emit(
        options.format,
        r,
        reconcileRows(r.rows, false).map(({ reasons: _r, ...rest }) => rest),
        withConversionRows(
          reconcileRows(r.rows, true).map((row) => ({ ...row, source: r.edition.attribution })),
          r.conversion,
        ),
        footer,
      );
    });
}
