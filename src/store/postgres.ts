import pg from 'pg';
import {
  checkedQueryable,
  stopIfAborted,
  typeParsers,
  WorkAbandoned,
  type Database,
  type Queryable,
} from './database.ts';

const types = {
  getTypeParser: ((oid: number, format?: string) =>
    typeParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  // A transaction's client runs one query at a time; callers may still issue several at once.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const isPool = client instanceof pg.Pool;
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const run = () => client.query(sql, params as unknown[]);
      const result = isPool ? await run() : await serial(run);
      return result.rows as Row[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres (unparseable URL)';
  }
}

export async function openPostgres(
  url: string,
  options: { maxConnections?: number | undefined; statementTimeoutMs?: number | undefined } = {},
): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    types,
    max: options.maxConnections ?? 10,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  // Fail now, with the server's own message, rather than at the first request.
  const probe = await pool.connect();
  probe.release();
  return database(pool, redactUrl(url));
}

/**
 * Runs `work` on one connection of the pool; when `signal` aborts meanwhile, the server is asked
 * to cancel the statement that connection is running (pg_cancel_backend, from another connection).
 * The connection goes back to the pool only once the cancel request has been answered, so it can
 * never hit the next user's statement.
 */
async function onOneConnection<T>(
  pool: pg.Pool,
  signal: AbortSignal,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  stopIfAborted(signal);
  const client = await pool.connect();
  let cancelled: Promise<unknown> | undefined;
  const cancel = () => {
    const pid = (client as unknown as { processID: number }).processID;
    cancelled = pool.query('SELECT pg_cancel_backend($1)', [pid]).catch(() => undefined);
  };
  signal.addEventListener('abort', cancel, { once: true });
  try {
    stopIfAborted(signal);
    return await work(client);
  } catch (error) {
    // The server's "canceling statement due to user request" is this request's own cancel.
    if (signal.aborted) throw new WorkAbandoned(signal.reason);
    throw error;
  } finally {
    signal.removeEventListener('abort', cancel);
    await cancelled;
    client.release();
  }
}

async function transactionOn<T>(
  client: pg.PoolClient,
  signal: AbortSignal | undefined,
  work: (tx: Queryable) => Promise<T>,
): Promise<T> {
  try {
    await client.query('BEGIN');
    const tx = queryable(client);
    const result = await work(signal ? checkedQueryable(tx, signal) : tx);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

function database(pool: pg.Pool, location: string, signal?: AbortSignal, origin?: Database): Database {
  const base = queryable(pool);
  const self: Database = {
    ...(origin ? { origin } : {}),
    kind: 'postgres',
    location,
    ...(signal
      ? {
          query: (sql, params) =>
            onOneConnection(pool, signal, (client) => queryable(client).query(sql, params)),
          exec: (sql) => onOneConnection(pool, signal, (client) => queryable(client).exec(sql)),
        }
      : base),
    async transaction(work) {
      if (signal) return onOneConnection(pool, signal, (client) => transactionOn(client, signal, work));
      const client = await pool.connect();
      try {
        return await transactionOn(client, undefined, work);
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    withSignal: (next) => database(pool, location, next, origin ?? self),
  };
  return self;
}
