/**
 * The typed query builder over the project's own database interface: one Kysely handle per
 * Queryable (the database, or an open transaction), so that PGlite and PostgreSQL both work and
 * transactions stay the ones `Database.transaction` opens. Repositories in src/store/repositories
 * build their queries with it; nothing outside src/store/ writes SQL.
 */
import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type RawBuilder,
  type QueryResult,
} from 'kysely';
import type { Queryable } from './database.ts';
import type { Schema } from './schema.ts';

class QueryableConnection implements DatabaseConnection {
  constructor(private readonly queryable: Queryable) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    return { rows: await this.queryable.query<R>(compiled.sql, compiled.parameters) };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming is not supported: page with limit and offset');
  }
}

class QueryableDriver implements Driver {
  private readonly connection: QueryableConnection;
  constructor(queryable: Queryable) {
    this.connection = new QueryableConnection(queryable);
  }
  async init() {}
  async acquireConnection() {
    return this.connection;
  }
  async beginTransaction(): Promise<void> {
    throw new Error('open transactions with Database.transaction, then build queries on its handle');
  }
  async commitTransaction() {}
  async rollbackTransaction() {}
  async releaseConnection() {}
  async destroy() {}
}

function dialectOf(queryable: Queryable): Dialect {
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new QueryableDriver(queryable),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
}

const handles = new WeakMap<Queryable, Kysely<Schema>>();

/** The typed query builder running on `queryable` (the database or an open transaction). */
export function kysely(queryable: Queryable): Kysely<Schema> {
  let handle = handles.get(queryable);
  if (!handle) {
    handle = new Kysely<Schema>({ dialect: dialectOf(queryable) });
    handles.set(queryable, handle);
  }
  return handle;
}

/**
 * `= ANY($n::text[])`: one parameter however many values, where `in` would take one placeholder
 * per value (and fail past 65,535 of them). Use as `.where(column, '=', anyText(values))`.
 */
export function anyText(values: readonly string[]): RawBuilder<string> {
  return sql<string>`ANY(${[...values]}::text[])`;
}

/** The rows of a query composed with the `sql` tag, run on `queryable`. */
export async function rowsOf<Row>(queryable: Queryable, query: RawBuilder<Row>): Promise<Row[]> {
  return (await query.execute(kysely(queryable))).rows;
}
