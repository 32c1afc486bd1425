/** The one-row tables of migration 0016: the reference files' fingerprint and the data version. */
import { sql } from 'kysely';
import type { Database, Queryable } from '../database.ts';
import { rowsOf } from '../kysely.ts';

export const referenceState = {
  async fingerprint(db: Queryable): Promise<string | undefined> {
    const [row] = await db.query<{ fingerprint: string }>(
      'SELECT fingerprint FROM reference_state WHERE id = 1',
    );
    return row?.fingerprint;
  },
  async record(db: Queryable, fingerprint: string): Promise<void> {
    await rowsOf(
      db,
      sql`INSERT INTO reference_state (id, fingerprint) VALUES (1, ${fingerprint})
       ON CONFLICT (id) DO UPDATE SET fingerprint = excluded.fingerprint, checked_at = now()`,
    );
  },
};

const readVersion = async (db: Queryable): Promise<bigint> => {
  const [row] = await db.query<{ version: bigint }>('SELECT version FROM data_version WHERE id = 1');
  return row?.version ?? 0n;
};

/** The version last read, and the database's change count when that read started. */
const known = new WeakMap<Database, { version: bigint; at: number }>();

/**
 * Reads shared by the requests that arrived before they started: while one read runs, newcomers
 * wait for the next, so every caller gets a version read after it asked, in one statement per turn.
 */
interface Turns {
  running: Promise<bigint> | null;
  next: Promise<bigint> | null;
}
const turns = new WeakMap<Database, Turns>();

function sharedRead(db: Database): Promise<bigint> {
  let state = turns.get(db);
  if (!state) turns.set(db, (state = { running: null, next: null }));
  const s = state;
  const start = (): Promise<bigint> => {
    const read = readVersion(db);
    s.running = read;
    const done = () => {
      if (s.running === read) s.running = null;
    };
    read.then(done, done);
    return read;
  };
  if (!s.running) return start();
  if (!s.next) {
    const waitFor = s.running;
    s.next = waitFor
      .catch(() => undefined)
      .then(() => {
        s.next = null;
        return start();
      });
  }
  return s.next;
}

export const dataVersion = {
  /**
   * Advanced by every audited change and reference load (triggers of migration 0016). The
   * embedded database has no writer but this process: the version is read again only after a
   * statement that may have written. On PostgreSQL, where other processes write, it is read for
   * every caller, concurrent callers sharing one read that started after they asked.
   */
  async current(db: Queryable | Database): Promise<bigint> {
    if (!('kind' in db)) return readVersion(db);
    const origin = db.origin ?? db;
    const count = origin.changeCount?.();
    if (count === undefined) return sharedRead(origin);
    const memo = known.get(origin);
    if (memo && memo.at === count) return memo.version;
    const version = await readVersion(origin);
    // Kept only if nothing that may write ran from before the read to its end.
    if (origin.changeCount!() === count) known.set(origin, { version, at: count });
    return version;
  },
};
