/** Opens the configured store for one CLI command, with reference data loaded, and closes it after. */
import type { Command } from 'commander';
import { createContext, type AppContext } from '../app/context.ts';
import { loadReferenceData } from '../app/reference/load-reference-data.ts';
import { loadConfig, type Config } from '../config/config.ts';
import { openStore } from '../store/open.ts';

export function commandConfig(command: Command): Config {
  const globals = command.optsWithGlobals<{ dataDir?: string; port?: string; host?: string }>();
  return loadConfig(process.env, { dataDir: globals.dataDir, port: globals.port, host: globals.host });
}

export async function withApp<T>(
  command: Command,
  work: (ctx: AppContext, config: Config) => Promise<T>,
): Promise<T> {
  const config = commandConfig(command);
  const db = await openStore({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    command: `ramstein ${command.name()}`,
  });
  try {
    const ctx = createContext(db);
    await loadReferenceData(ctx);
    return await work(ctx, config);
  } finally {
    await db.close();
  }
}
