/** Opens the configured store for one CLI command, with reference data checked, and closes it after. */
import type { Command } from 'commander';
import { resolveApiToken } from '../app/accounts/sign-in.ts';
import { createContext, type AppContext } from '../app/context.ts';
import { ensureReferenceData } from '../app/reference/ensure-reference-data.ts';
import { loadConfig, type Config } from '../config/config.ts';
import { systemActor } from '../domain/access/actor.ts';
import { requirePermission } from '../domain/access/permissions.ts';
import { AppError } from '../domain/errors.ts';
import { openStore } from '../store/open.ts';
import { commandPath, permissionOf } from './permissions.ts';

export function commandConfig(command: Command): Config {
  const globals = command.optsWithGlobals<{ dataDir?: string; port?: string; host?: string }>();
  return loadConfig(process.env, { dataDir: globals.dataDir, port: globals.port, host: globals.host });
}

/** The local operator, or the holder of RAMSTEIN_TOKEN; refused when the command needs more. */
async function commandContext(ctx: AppContext, command: Command): Promise<AppContext> {
  const path = commandPath(command);
  const permission = permissionOf(command);
  if (!permission) throw new Error(`the command "${path}" declares no permission (src/cli/permissions.ts)`);
  const token = process.env.RAMSTEIN_TOKEN;
  if (!token) return { ...ctx, actor: systemActor };
  if (permission === 'local')
    throw new AppError(
      'forbidden',
      `"ramstein ${path}" runs as the local operator only; unset RAMSTEIN_TOKEN`,
    );
  const caller = await resolveApiToken(ctx, token);
  if (!caller) throw new AppError('unauthenticated', 'RAMSTEIN_TOKEN is invalid, expired or revoked');
  requirePermission(caller.actor, permission);
  return { ...ctx, actor: caller.actor };
}

export async function withApp<T>(
  command: Command,
  work: (ctx: AppContext, config: Config) => Promise<T>,
): Promise<T> {
  const config = commandConfig(command);
  const db = await openStore({
    ...config,
    command: `ramstein ${commandPath(command)}`,
  });
  try {
    const base = createContext(db);
    await ensureReferenceData(base);
    return await work(await commandContext(base, command), config);
  } finally {
    await db.close();
  }
}
