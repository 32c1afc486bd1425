/** Failed sign-ins per account name and per address (see domain/access/sign-in-throttle.ts). */
import { sql } from 'kysely';
import type { Queryable } from '../database.ts';
import { anyText, kysely } from '../kysely.ts';

export const signInFailures = {
  /** The latest moment until which any of these keys is held back, or null. */
  async blockedUntil(db: Queryable, keys: readonly string[], now: Date): Promise<Date | null> {
    const { rows } = await sql<{ until: Date | null }>`
      SELECT max(blocked_until) AS until FROM sign_in_failures
       WHERE blocked_until > ${now} AND key = ${anyText(keys)}`.execute(kysely(db));
    const until = rows[0]?.until;
    return until ? new Date(until) : null;
  },

  /** Counts one more failure (starting again after `memoryMs` without one); returns the new count. */
  async add(db: Queryable, key: string, now: Date, memoryMs: number): Promise<number> {
    const forgottenBefore = new Date(now.getTime() - memoryMs);
    const { rows } = await sql<{ failures: number }>`
      INSERT INTO sign_in_failures AS f (key, failures, last_failure_at) VALUES (${key}, 1, ${now})
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN f.last_failure_at < ${forgottenBefore} THEN 1 ELSE f.failures + 1 END,
        last_failure_at = excluded.last_failure_at
      RETURNING failures`.execute(kysely(db));
    return Number(rows[0]!.failures);
  },

  async block(db: Queryable, key: string, until: Date): Promise<void> {
    await sql`UPDATE sign_in_failures SET blocked_until = ${until} WHERE key = ${key}`.execute(kysely(db));
  },

  async clear(db: Queryable, key: string): Promise<void> {
    await sql`DELETE FROM sign_in_failures WHERE key = ${key}`.execute(kysely(db));
  },
};
