/**
 * Report answers cached per database, by report, the caller's visibility scope, the parameters
 * and the day, and valid while the data version is the one they were computed at. Every audited
 * write and reference load advances that version (a row in the database, so on PostgreSQL every
 * server process sees a write of any other), so a report is computed once per change, and
 * concurrent requests for one missing answer share one computation. On a server, only that
 * computation counts against the limit of heavy work (ctx.heavy): answers found here do not.
 */
import { visibilityScope } from '../../domain/access/visibility.ts';
import { WorkAbandoned, type Database } from '../../store/database.ts';
import { canonicalJson } from '../../store/audit.ts';
import { dataVersion } from '../../store/repositories/runtime-state.ts';
import type { AppContext } from '../context.ts';

interface Entry {
  version: bigint;
  value: Promise<unknown>;
}

/** Answers kept per database, least recently used first out. */
const capacity = 500;
const caches = new WeakMap<Database, Map<string, Entry>>();

function cacheOf(request: Database): Map<string, Entry> {
  // A request's view of the database shares the cache of the database it was made from.
  const db = request.origin ?? request;
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
}

export async function cachedReport<T>(
  ctx: AppContext,
  report: string,
  params: unknown,
  compute: () => Promise<T>,
): Promise<T> {
  const cache = cacheOf(ctx.db);
  const day = ctx.clock.now().toISOString().slice(0, 10);
  const key = `${report}\t${visibilityScope(ctx.actor)}\t${day}\t${canonicalJson(params ?? null)}`;
  const version = await dataVersion.current(ctx.db);
  const entry = cache.get(key);
  if (entry && entry.version === version) {
    cache.delete(key);
    cache.set(key, entry);
    ctx.metrics.reportCache('hit', report);
    // The request that started the shared computation was abandoned: this one computes its own.
    return (entry.value as Promise<T>).catch((error: unknown) => {
      if (error instanceof WorkAbandoned) return cachedReport(ctx, report, params, compute);
      throw error;
    });
  }
  ctx.metrics.reportCache('miss', report);
  // Only computing takes one of the server's heavy slots; an answer found above takes none.
  const value = ctx.heavy ? ctx.heavy(compute) : compute();
  cache.set(key, { version, value });
  if (cache.size > capacity) cache.delete(cache.keys().next().value!);
  // A failed computation is not kept: the next request tries again.
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  return value;
}
