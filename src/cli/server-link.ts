/**
 * The command line beside a running server: when `ramstein serve` holds the embedded data folder
 * (it wrote its address and a local token there), or when `--server URL` names one, commands that
 * can are answered through its API instead of opening the database, with the same output.
 */
import type { Command } from 'commander';
import { AppError, errorCodes, type ErrorCode } from '../domain/errors.ts';
import { readServerFile } from '../store/server-file.ts';
import type { Config } from '../config/config.ts';

export interface ServerLink {
  url: string;
  /** Bearer token: the local operator's, RAMSTEIN_TOKEN or --token. */
  token: string | null;
}

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean | null | undefined>;
  body?: unknown;
}

/** The server to go through, if any: `--server` first, then one that holds the data folder. */
export function serverLink(command: Command, config: Config): ServerLink | null {
  const globals = command.optsWithGlobals<{ server?: string; token?: string }>();
  const token = globals.token ?? process.env.RAMSTEIN_TOKEN ?? null;
  if (globals.server) return { url: globals.server.replace(/\/+$/, ''), token };
  if (config.databaseUrl) return null;
  const running = readServerFile(config.dataDir);
  return running ? { url: running.url, token: token ?? running.token } : null;
}

const isErrorCode = (code: string): code is ErrorCode => code in errorCodes;

/** One API call; a problem+json answer becomes the same error the command would raise itself. */
export async function callApi<T>(link: ServerLink, request: ApiRequest): Promise<T> {
  const text = await (await answer(link, request, 'application/json')).text();
  return (text === '' ? undefined : JSON.parse(text)) as T; // 204: nothing to say
}

/** One API call answered in another type than JSON (a calendar, a workbook…), as its bytes. */
export async function callApiBytes(link: ServerLink, request: ApiRequest, accept: string): Promise<Buffer> {
  return Buffer.from(await (await answer(link, request, accept)).arrayBuffer());
}

async function answer(link: ServerLink, request: ApiRequest, accept: string): Promise<Response> {
  const url = new URL(`${link.url}${request.path}`);
  for (const [name, value] of Object.entries(request.query ?? {}))
    if (value !== null && value !== undefined) url.searchParams.set(name, String(value));
  const headers: Record<string, string> = { accept };
  if (link.token) headers.authorization = `Bearer ${link.token}`;
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method: request.method ?? 'GET',
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });
  } catch (error) {
    throw new AppError(
      'unavailable',
      `cannot reach the server at ${link.url}: ${(error as Error).cause ?? error}`,
    );
  }
  if (response.ok) return response;
  const text = await response.text();
  let problem: { type?: string; detail?: string; errors?: { field: string; message: string }[] } = {};
  try {
    problem = JSON.parse(text) as typeof problem;
  } catch {
    // not problem+json: a proxy or another program answered
  }
  const code = problem.type?.split('/').pop() ?? '';
  throw new AppError(
    isErrorCode(code) ? code : 'unavailable',
    problem.detail ?? `the server at ${link.url} answered ${response.status}`,
    { issues: problem.errors ?? [] },
  );
}
