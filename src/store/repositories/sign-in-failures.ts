/** Failed sign-ins per account name and per address (see domain/access/sign-in-throttle.ts). */
import type { Queryable } from '../database.ts';

export const signInFailures = {
  /** The latest moment until which any of these keys is held back, or null. */
  async blockedUntil(db: Queryable, keys: readonly string[], now: Date): Promise<Date | null> {
    const listed = keys.map((_key, i) => `$${i + 2}`).join(', ');
    const [row] = await db.query<{ until: Date | null }>(
      `SELECT max(blocked_until) AS until FROM sign_in_failures WHERE blocked_until > $1 AND key IN (${listed})`,
      [now, ...keys],
    );
    return row?.until ? new Date(row.until) : null;
  },

  /** Counts one more failure (starting again after `memoryMs` without one); returns the new count. */
  async add(db: Queryable, key: string, now: Date, memoryMs: number): Promise<number> {
    const [row] = await db.query<{ failures: number }>(
      `INSERT INTO sign_in_failures AS f (key, failures, last_failure_at) VALUES ($1, 1, $2)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN f.last_failure_at < $3 THEN 1 ELSE f.failures + 1 END,
         last_failure_at = $2
       RETURNING failures`,
      [key, now, new Date(now.getTime() - memoryMs)],
    );
    return Number(row!.failures);
  },

  async block(db: Queryable, key: string, until: Date): Promise<void> {
    await db.query('UPDATE sign_in_failures SET blocked_until = $2 WHERE key = $1', [key, until]);
  },

  async clear(db: Queryable, key: string): Promise<void> {
    await db.query('DELETE FROM sign_in_failures WHERE key = $1', [key]);
  },
};
