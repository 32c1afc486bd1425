/**
 * The audit trail: one row per change, written in the change's own transaction. Rows are
 * chained: each hash covers the row's content and the previous hash, so an edit anywhere
 * breaks every later link (`verifyAuditChain`).
 */
import { createHash } from 'node:crypto';
import type { AuditAction } from '../domain/audit/actions.ts';
import { sql } from 'kysely';
import type { Queryable } from './database.ts';
import { rowsOf } from './kysely.ts';
import { insertRows } from './bulk.ts';

export const GENESIS_HASH = '0'.repeat(64);
const AUDIT_LOCK = 72657002;

export interface AuditEntry {
  actor: string;
  /** One of the closed list of actions: the trail records nothing else. */
  action: AuditAction;
  recordType: string;
  recordId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface AuditRow {
  seq: bigint;
  at: Date;
  actor: string;
  action: string;
  record_type: string;
  record_id: string;
  before: unknown;
  after: unknown;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

const isArrayIndex = (key: string) => /^(0|[1-9]\d*)$/.test(key) && Number(key) < 4_294_967_295;

/**
 * Keys in the order the definition gives them (an object rebuilt from its sorted entries):
 * array-index keys first, ascending, as JavaScript orders them, then the others sorted.
 */
function sortedKeys(object: object): string[] {
  const keys = Object.keys(object);
  // Array-index keys come first in `keys`: without one at the start there is none.
  const first = keys.length ? keys[0]!.charCodeAt(0) : 0;
  if (first < 48 || first > 57) return keys.sort();
  let indices = 0;
  while (indices < keys.length && isArrayIndex(keys[indices]!)) indices++;
  return [...keys.slice(0, indices), ...keys.slice(indices).sort()];
}

/** Keys repeat from record to record: each is quoted once. */
const quotedKeys = new Map<string, string>();
function quotedKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (quotedKeys.size < 10_000) quotedKeys.set(key, quoted);
  }
  return quoted;
}

function canonical(value: unknown, inArray: boolean): string | undefined {
  let v = value;
  if (v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function')
    v = (v as { toJSON(): unknown }).toJSON();
  switch (typeof v) {
    case 'bigint':
      return JSON.stringify(v.toString());
    case 'string':
      return JSON.stringify(v);
    case 'number':
      return JSON.stringify(v);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'undefined':
    case 'function':
    case 'symbol':
      return inArray ? 'null' : undefined;
  }
  if (v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map((item) => canonical(item, true)).join(',')}]`;
  const parts: string[] = [];
  for (const key of sortedKeys(v as object)) {
    const item = canonical((v as Record<string, unknown>)[key], false);
    if (item !== undefined) parts.push(`${quotedKey(key)}:${item}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * JSON with sorted keys and bigints as strings: the same content always hashes the same. Written
 * directly rather than through JSON.stringify's replacer, which copies every object to sort it.
 */
export function canonicalJson(value: unknown): string {
  return canonical(value, false) as string;
}

/** The hashed content of an audit row, its before and after given as canonical JSON. */
function auditContent(row: Omit<AuditRow, 'hash' | 'before' | 'after'>, before: string, after: string) {
  // Keys in canonical (sorted) order: the same string as canonicalJson of the whole row.
  return (
    `{"action":${JSON.stringify(row.action)},"actor":${JSON.stringify(row.actor)},"after":${after},` +
    `"at":${JSON.stringify(row.at.toISOString())},"before":${before},` +
    `"record_id":${JSON.stringify(row.record_id)},"record_type":${JSON.stringify(row.record_type)},` +
    `"request_id":${JSON.stringify(row.request_id ?? null)},"seq":${JSON.stringify(row.seq.toString())}}`
  );
}

const chained = (prevHash: string, content: string) =>
  createHash('sha256').update(prevHash).update(content).digest('hex');

export function auditHash(row: Omit<AuditRow, 'hash'>): string {
  return chained(
    row.prev_hash,
    auditContent(row, canonicalJson(row.before ?? null), canonicalJson(row.after ?? null)),
  );
}

export async function appendAudit(tx: Queryable, entry: AuditEntry, at: Date): Promise<void> {
  await appendAuditMany(tx, [entry], at);
}

/**
 * Appends `entries` in order, chained in the application and written by multi-row INSERTs:
 * the same rows, hashes and checks as one `appendAudit` per entry.
 */
export async function appendAuditMany(
  tx: Queryable,
  entries: readonly AuditEntry[],
  at: Date,
): Promise<void> {
  if (entries.length === 0) return;
  // One writer at a time extends the chain; the lock ends with the transaction.
  await rowsOf(tx, sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [last] = await tx.query<{ seq: bigint; hash: string; at: Date }>(
    'SELECT seq, hash, at FROM audit_events ORDER BY seq DESC LIMIT 1',
  );
  // Millisecond precision survives the round trip through timestamptz; time never runs backwards in the chain.
  const when = new Date(Math.max(Math.floor(at.getTime()), last ? last.at.getTime() : 0));
  let seq = last?.seq ?? 0n;
  let prev = last?.hash ?? GENESIS_HASH;
  const rows = entries.map((entry) => {
    seq += 1n;
    // Canonical JSON is what jsonb gives back, up to key order, which hashing sorts again.
    const before = canonicalJson(entry.before ?? null);
    const after = canonicalJson(entry.after ?? null);
    const row = {
      seq,
      at: when,
      actor: entry.actor,
      action: entry.action,
      record_type: entry.recordType,
      record_id: entry.recordId,
      request_id: entry.requestId,
      prev_hash: prev,
    };
    prev = chained(prev, auditContent(row, before, after));
    return {
      ...row,
      before: before === 'null' ? null : before,
      after: after === 'null' ? null : after,
      hash: prev,
    };
  });
  await insertRows(tx, 'audit_events', rows);
}
