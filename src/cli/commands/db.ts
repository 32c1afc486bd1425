import type { Command } from 'commander';
import { loadReferenceData } from '../../app/reference/load-reference-data.ts';
import { createContext } from '../../app/context.ts';
import { appliedMigrations, listMigrations, migrate } from '../../store/migrate.ts';
import { openStore } from '../../store/open.ts';
import { referenceDatasets } from '../../store/repositories/reference-datasets.ts';
import { commandConfig } from '../app.ts';
import { formatTable, print, toJson } from '../output.ts';

export function registerDb(program: Command): void {
  const db = program.command('db').description('Database: apply migrations, show where the data lives');

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
