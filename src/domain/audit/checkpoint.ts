/**
 * A checkpoint of the audit trail: the number and hash of its last event at a moment, signed
 * with a key kept outside the database. Whoever can rewrite the database cannot forge one, so
 * a trail that was cut short, emptied or recomputed no longer matches the last checkpoint.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface Checkpoint {
  seq: string;
  hash: string;
  at: string;
  signature: string;
}

const payload = (c: Omit<Checkpoint, 'signature'>) => `ramstein-audit-checkpoint:${c.seq}:${c.hash}:${c.at}`;

export function signCheckpoint(key: Buffer, c: Omit<Checkpoint, 'signature'>): Checkpoint {
  return { ...c, signature: createHmac('sha256', key).update(payload(c)).digest('hex') };
}

export function checkpointSigned(key: Buffer, c: Checkpoint): boolean {
  const expected = Buffer.from(signCheckpoint(key, c).signature, 'hex');
  const given = Buffer.from(c.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
