import type { Command } from 'commander';
import { loadReferenceData } from '../../app/reference/load-reference-data.ts';
import { createContext } from '../../app/context.ts';
import { appliedMigrations, listMigrations, migrate } from '../../store/migrate.ts';
import { openStore } from '../../store/open.ts';
import { referenceDatasets } from '../../store/repositories/reference-datasets.ts';
import { commandConfig } from '../command-config.ts';
import { formatTable, print, toJson } from '../output.ts';
import { dumpDatabase } from '../../store/snapshot/dump.ts';
import { checkpointWith } from './audit.ts';
import { restoreDatabase } from '../../store/snapshot/restore.ts';

/** Progress on a terminal (one line, rewritten), nothing when piped. */
const progress = (verb: string) =>
  process.stderr.isTTY
    ? (table: string, rows: number) => process.stderr.write(`\r\x1b[K${verb} ${table}: ${rows} rows`)
    : () => {};
const endProgress = () => {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
};

export function registerDb(program: Command): void {
  const db = program
    .command('db')
    .description('Database: apply migrations, show where the data lives, dump and restore');

  db.command('migrate')
    .description('Apply pending migrations and load reference data')
    .action(async (_options, command: Command) => {
      const config = commandConfig(command);
      const store = await openStore({ ...config, command: 'ramstein db migrate', migrate: false });
      try {
        const applied = await migrate(store);
        const loads = await loadReferenceData(createContext(store));
        print(applied.length ? `applied migrations: ${applied.join(', ')}` : 'no pending migrations');
        for (const load of loads) print(`${load.name}: ${load.status} (${load.rows} rows)`);
      } finally {
        await store.close();
      }
    });

  db.command('dump')
    .description(
      'Write a consistent snapshot of the whole database (every record, sources, users, tokens as hashes, ' +
        'the audit trail) to FILE, gzip-compressed JSON lines',
    )
    .argument('<file>', 'where to write the dump (replaced if it exists)')
    .action(async (file: string, _options, command: Command) => {
      const config = commandConfig(command);
      const store = await openStore({ ...config, command: 'ramstein db dump' });
      try {
        const started = performance.now();
        const summary = await dumpDatabase(store, file, progress('dumping'));
        endProgress();
        print(
          `dumped ${summary.rows} rows of ${summary.tables} tables to ${file} ` +
            `(${(summary.bytes / 1e6).toFixed(1)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s)`,
        );
        await checkpointWith(createContext(store), config, `the dump ${file}`);
      } finally {
        await store.close();
      }
    });

  db.command('restore')
    .description(
      'Load a dump into an empty database (embedded or PostgreSQL) at the same schema version; ' +
        'all or nothing',
    )
    .argument('<file>', 'a file written by `ramstein db dump`')
    .action(async (file: string, _options, command: Command) => {
      const config = commandConfig(command);
      const store = await openStore({ ...config, command: 'ramstein db restore' });
      try {
        const started = performance.now();
        const summary = await restoreDatabase(store, file, progress('restoring'));
        endProgress();
        print(
          `restored ${summary.rows} rows of ${summary.tables} tables from ${file} ` +
            `(${((performance.now() - started) / 1000).toFixed(1)} s); run "ramstein audit verify" to check the trail`,
        );
      } finally {
        await store.close();
      }
    });

  db.command('status')
    .description('Show the database in use, applied and pending migrations, and loaded reference data')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }, command: Command) => {
      const config = commandConfig(command);
      const store = await openStore({ ...config, command: 'ramstein db status', migrate: false });
      try {
        const applied = await appliedMigrations(store);
        const done = new Set(applied.map((m) => m.id));
        const pending = listMigrations().filter((m) => !done.has(m.id));
        const datasets = applied.length ? await referenceDatasets.list(store) : [];
        const status = {
          database: store.kind,
          location: store.location,
          migrations: applied.map((m) => ({
            id: m.id,
            name: m.name,
            applied_at: m.applied_at.toISOString(),
          })),
          pending: pending.map((m) => ({ id: m.id, name: m.name })),
          reference_data: datasets.map((d) => ({
            name: d.name,
            rows: d.row_count,
            loaded_at: d.loaded_at.toISOString(),
          })),
        };
        if (options.json) return print(toJson(status));
        print(`database: ${status.database} at ${status.location}`);
        print(`migrations applied: ${status.migrations.length}, pending: ${status.pending.length}`);
        if (status.migrations.length) print(formatTable(status.migrations));
        if (status.pending.length) print(formatTable(status.pending));
        if (status.reference_data.length) print(`\nreference data:\n${formatTable(status.reference_data)}`);
      } finally {
        await store.close();
      }
    });
}
