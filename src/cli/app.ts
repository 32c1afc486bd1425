/** Opens the configured store for one CLI command, with reference data checked, and closes it after. */
import type { Command } from 'commander';
import { resolveApiToken } from '../app/accounts/sign-in.ts';
import { createContext, type AppContext } from '../app/context.ts';
import { ensureReferenceData } from '../app/reference/ensure-reference-data.ts';
import type { Config } from '../config/config.ts';
import { commandConfig } from './command-config.ts';
import { systemActor } from '../domain/access/actor.ts';
import { requirePermission } from '../domain/access/permissions.ts';
import { AppError } from '../domain/errors.ts';
import { openStore } from '../store/open.ts';
import { commandPath, permissionOf } from './permissions.ts';
import { jsonSafe, type Json } from '../domain/json.ts';
import { besideServerOf } from './beside-server.ts';
import { callApi, callApiBytes, serverLink, type ApiRequest, type ServerLink } from './server-link.ts';

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
  if (!caller) throw new AppError('unauthenticated', 'the API token is invalid, expired or revoked');
  requirePermission(caller.actor, permission);
  return { ...ctx, actor: caller.actor };
}

export async function withApp<T>(
  command: Command,
  work: (ctx: AppContext, config: Config) => Promise<T>,
): Promise<T> {
  const config = commandConfig(command);
  if (command.optsWithGlobals<{ server?: string }>().server)
    throw new AppError(
      'bad_request',
      `"ramstein ${commandPath(command)}" does not run through a server: run it where the data is, without --server`,
    );
  const db = await openStore({
    ...config,
    command: `ramstein ${commandPath(command)}`,
  });
  try {
    const base = createContext(db, { publicHost: config.publicHost });
    await ensureReferenceData(base);
    return await work(await commandContext(base, command), config);
  } finally {
    await db.close();
  }
}

/** The running server a command goes through, if any: only commands listed `api` in beside-server.ts do. */
export function besideLink(command: Command): ServerLink | null {
  return besideServerOf(command) === 'api' ? serverLink(command, commandConfig(command)) : null;
}

/**
 * A command that a running server can answer too: through its API when one holds the data folder
 * (or `--server` names one), else on the database itself. Either way the same result.
 */
export async function withAppOrServer<T>(
  command: Command,
  request: ApiRequest,
  work: (ctx: AppContext, config: Config) => Promise<T>,
): Promise<T> {
  const link = besideLink(command);
  if (!link) return withApp(command, work);
  return callApi<T>(link, request);
}

/**
 * A read a running server answers too, as its JSON form either way (amounts as decimal strings),
 * so that what the command prints is the same with or without the server.
 */
export async function readAppOrServer<T>(
  command: Command,
  request: ApiRequest,
  work: (ctx: AppContext, config: Config) => Promise<T>,
): Promise<Json<T>> {
  return withAppOrServer(command, request, async (ctx, config) => jsonSafe(await work(ctx, config)));
}

/** A read answered as a document (a calendar, a workbook…): its bytes, from the server or made here. */
export async function bytesFromAppOrServer(
  command: Command,
  request: ApiRequest & { accept: string },
  work: (ctx: AppContext, config: Config) => Promise<string | Buffer>,
): Promise<Buffer> {
  const link = besideLink(command);
  if (link) return callApiBytes(link, request, request.accept);
  return withApp(command, async (ctx, config) => Buffer.from(await work(ctx, config)));
}
