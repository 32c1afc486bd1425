/**
 * A view of a database for a burst of identical lookups (checking the references of a thousand
 * records that name the same few parties): each distinct SELECT is run once, later ones get the
 * same rows. Only for reads made while nothing is written; every other statement passes through.
 */
import type { Queryable } from './database.ts';

const key = (sql: string, params: readonly unknown[]) =>
  `${sql}\u0000${JSON.stringify(params, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))}`;

export function rememberingReads(db: Queryable): Queryable {
  const answers = new Map<string, Promise<unknown[]>>();
  return {
    query<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
      if (!/^\s*select\b/i.test(sql)) return db.query<Row>(sql, params);
      const k = key(sql, params);
      let answer = answers.get(k);
      if (!answer) answers.set(k, (answer = db.query(sql, params)));
      return answer as Promise<Row[]>;
    },
    exec: (sql) => db.exec(sql),
  };
}
