/**
 * The audit trail: one row per change, written in the change's own transaction. Rows are
 * chained: each hash covers the row's content and the previous hash, so an edit anywhere
 * breaks every later link (`verifyAuditChain`).
 */
import { createHash } from 'node:crypto';
import type { Queryable } from './database.ts';

export const GENESIS_HASH = '0'.repeat(64);
const AUDIT_LOCK = 72657002;

export interface AuditEntry {
  actor: string;
  action: string;
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

/** JSON with sorted keys and bigints as strings: the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'bigint') return v.toString();
    if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
      );
    }
    return v;
  });
}

export function auditHash(row: Omit<AuditRow, 'hash'>): string {
  const content = canonicalJson({
    seq: row.seq.toString(),
    at: row.at.toISOString(),
    actor: row.actor,
    action: row.action,
    record_type: row.record_type,
    record_id: row.record_id,
    before: row.before ?? null,
    after: row.after ?? null,
    request_id: row.request_id,
  });
  return createHash('sha256').update(row.prev_hash).update(content).digest('hex');
}

/** JSON round trip so that what is hashed is exactly what jsonb will give back. */
const asStored = (value: unknown) =>
  value === undefined || value === null ? null : JSON.parse(canonicalJson(value));

export async function appendAudit(tx: Queryable, entry: AuditEntry, at: Date): Promise<void> {
  // One writer at a time extends the chain; the lock ends with the transaction.
  await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK]);
  const [last] = await tx.query<{ seq: bigint; hash: string; at: Date }>(
    'SELECT seq, hash, at FROM audit_events ORDER BY seq DESC LIMIT 1',
  );
  // Millisecond precision survives the round trip through timestamptz; time never runs backwards in the chain.
  const when = new Date(Math.max(Math.floor(at.getTime()), last ? last.at.getTime() : 0));
  const row: Omit<AuditRow, 'hash'> = {
    seq: (last?.seq ?? 0n) + 1n,
    at: when,
    actor: entry.actor,
    action: entry.action,
    record_type: entry.recordType,
    record_id: entry.recordId,
    before: asStored(entry.before),
    after: asStored(entry.after),
    request_id: entry.requestId,
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  await tx.query(
    `INSERT INTO audit_events (seq, at, actor, action, record_type, record_id, before, after, request_id, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb, $9, $10, $11)`,
    [
      row.seq,
      row.at,
      row.actor,
      row.action,
      row.record_type,
      row.record_id,
      row.before === null ? null : JSON.stringify(row.before),
      row.after === null ? null : JSON.stringify(row.after),
      row.request_id,
      row.prev_hash,
      auditHash(row),
    ],
  );
}
