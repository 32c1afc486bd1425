/** The one-row tables of migration 0016: the reference files' fingerprint and the data version. */
import type { Queryable } from '../database.ts';

export const referenceState = {
  async fingerprint(db: Queryable): Promise<string | undefined> {
    const [row] = await db.query<{ fingerprint: string }>(
      'SELECT fingerprint FROM reference_state WHERE id = 1',
    );
    return row?.fingerprint;
  },
  async record(db: Queryable, fingerprint: string): Promise<void> {
    await db.query(
      `INSERT INTO reference_state (id, fingerprint) VALUES (1, $1)
       ON CONFLICT (id) DO UPDATE SET fingerprint = excluded.fingerprint, checked_at = now()`,
      [fingerprint],
    );
  },
};

export const dataVersion = {
  /** Advanced by every audited change and reference load (triggers of migration 0016). */
  async current(db: Queryable): Promise<bigint> {
    const [row] = await db.query<{ version: bigint }>('SELECT version FROM data_version WHERE id = 1');
    return row?.version ?? 0n;
  },
};
