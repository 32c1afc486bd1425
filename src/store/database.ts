/**
 * The one database interface the rest of the code sees. Two implementations: embedded PGlite
 * (src/store/pglite.ts) and a PostgreSQL server (src/store/postgres.ts). SQL is written once,
 * in the dialect both accept.
 */
export interface Queryable {
  /** One parameterised statement ($1, $2…); returns the rows. */
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
