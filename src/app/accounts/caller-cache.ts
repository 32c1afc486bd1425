/**
 * Who a session or an API token belongs to, remembered for a few seconds per database, so that a
 * busy caller's requests do not each read the session, user and token rows again.
 *
 * Every change that ends or alters a session or a token in this process (sign-out, a password
 * change, a token revoked, a user disabled, enabled or given another role) forgets everything
 * remembered, once it is committed: the very next request reads the rows again. A second server
 * process on the same PostgreSQL database does not hear of the change: there it takes effect
 * when the remembered answer runs out, at most CALLER_TTL_MS later.
 *
 * Also when an API token was last used: written at most once a minute per token.
 */
import type { Database } from '../../store/database.ts';

/** How long a looked-up caller is believed without reading the database again. */
export const CALLER_TTL_MS = 5_000;
/** How often a token's "last used" is written at most. */
export const LAST_USED_EVERY_MS = 60_000;
/** Callers remembered per database; the oldest goes first beyond this. */
const capacity = 10_000;

interface Kept<T> {
  value: T;
  /** Epoch milliseconds after which the rows must be read again. */
  until: number;
}

interface Callers {
  entries: Map<string, Kept<unknown>>;
  /** Advanced by every forget: a lookup that started before one must not be kept. */
  generation: number;
  /** Token id → epoch milliseconds its "last used" was last written (or read). */
  lastUsed: Map<string, number>;
}

const caches = new WeakMap<Database, Callers>();

function callersOf(db: Database): Callers {
  // A request's view of the database shares the memory of the database it was made from.
  const origin = db.origin ?? db;
  let callers = caches.get(origin);
  if (!callers) caches.set(origin, (callers = { entries: new Map(), generation: 0, lastUsed: new Map() }));
  return callers;
}

/**
 * The caller remembered under `key`, or else the one `lookup` finds (null: nobody), remembered
 * until `until` of its answer or CALLER_TTL_MS from `now`, whichever comes first.
 */
export async function rememberedCaller<T>(
  db: Database,
  key: string,
  now: Date,
  lookup: () => Promise<{ value: T; until: Date | null } | null>,
): Promise<T | null> {
  const callers = callersOf(db);
  const at = now.getTime();
  const kept = callers.entries.get(key);
  if (kept && kept.until > at) return kept.value as T;
  if (kept) callers.entries.delete(key);
  const generation = callers.generation;
  const found = await lookup();
  if (!found) return null;
  // A change committed while the rows were read may not be reflected in them: not kept then.
  if (callers.generation === generation) {
    const until = Math.min(at + CALLER_TTL_MS, found.until?.getTime() ?? Infinity);
    callers.entries.set(key, { value: found.value, until });
    if (callers.entries.size > capacity) callers.entries.delete(callers.entries.keys().next().value!);
  }
  return found.value;
}

/** Forgets every remembered caller of the database: call once a change to sessions, tokens or users is committed. */
export function forgetCallers(db: Database): void {
  const callers = callersOf(db);
  callers.entries.clear();
  callers.generation++;
}

/**
 * Whether the token's "last used" is due to be written (`recorded`: what the database holds, when
 * known); if so it counts as written now, so that concurrent requests do not write it too.
 */
export function lastUsedDue(db: Database, tokenId: string, now: Date, recorded?: Date | null): boolean {
  const { lastUsed } = callersOf(db);
  const at = now.getTime();
  const last = Math.max(lastUsed.get(tokenId) ?? -Infinity, recorded?.getTime() ?? -Infinity);
  if (at - last < LAST_USED_EVERY_MS) return false;
  lastUsed.delete(tokenId);
  lastUsed.set(tokenId, at);
  if (lastUsed.size > capacity) lastUsed.delete(lastUsed.keys().next().value!);
  return true;
}
