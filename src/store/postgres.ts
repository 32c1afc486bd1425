import pg from 'pg';
import type { Database, Queryable } from './database.ts';
import { typeParsers } from './database.ts';

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
  return {
    kind: 'postgres',
    location: redactUrl(url),
    ...queryable(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(queryable(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
  };
}
