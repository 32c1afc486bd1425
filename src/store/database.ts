/**
 * The one database interface the rest of the code sees. Two implementations: embedded PGlite
 * (src/store/pglite.ts) and a PostgreSQL server (src/store/postgres.ts). SQL is written once,
 * in the dialect both accept.
 */
export interface Queryable {
  /** One statement with its parameters, numbered in order; returns the rows. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Where the data lives: the data folder, or the server URL without its password. */
  readonly location: string;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Connections of a server's pool (PostgreSQL); the embedded database has one and none waits. */
  poolStats?(): PoolStats;
  /**
   * The same database for work that stops when `signal` aborts (its client went away, or it ran
   * out of time): no statement starts after that, and on PostgreSQL the running one is cancelled
   * by the server. The embedded database runs a statement to its end (WebAssembly cannot be
   * interrupted) and stops before the next.
   */
  withSignal(signal: AbortSignal): Database;
  /** The database a `withSignal` view was made from: what caches keyed by database use. */
  readonly origin?: Database;
  /**
   * Where this process is the only writer (the embedded database): a count that moves whenever a
   * statement that may write starts or ends, or a transaction ends. A value read from the database
   * while the count stayed the same is still current.
   */
  changeCount?(): number;
}

/** The error of a statement that was not run, or was cancelled, because its work was abandoned. */
export class WorkAbandoned extends Error {
  constructor(reason: unknown) {
    super(`work abandoned: ${reason instanceof Error ? reason.message : String(reason ?? 'aborted')}`);
    this.name = 'WorkAbandoned';
  }
}

export function stopIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new WorkAbandoned(signal.reason);
}

/** A queryable that checks the signal before each statement. */
export function checkedQueryable(inner: Queryable, signal: AbortSignal): Queryable {
  return {
    query: (sql, params) => {
      stopIfAborted(signal);
      return inner.query(sql, params);
    },
    exec: (sql) => {
      stopIfAborted(signal);
      return inner.exec(sql);
    },
  };
}

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

/** int8 as bigint, numeric as string, date as 'YYYY-MM-DD': nothing is ever a float by accident. */
export const typeParsers: Record<number, (value: string) => unknown> = {
  20: (value) => BigInt(value),
  1700: (value) => value,
  1082: (value) => value,
};

/**
 * Runs `work` on one snapshot of the database: a read-only REPEATABLE READ transaction, so that
 * reads spread over many statements (an export read a page at a time) all see the same committed
 * state, and a write committed meanwhile cannot leave half of itself in what they read.
 */
export function inOneSnapshot<T>(db: Database, work: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    return work(tx);
  });
}
