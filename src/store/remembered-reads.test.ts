import { describe, expect, it } from 'vitest';
import type { Queryable } from './database.ts';
import { rememberingReads } from './remembered-reads.ts';

describe('remembered reads', () => {
  it('runs each distinct SELECT once and every other statement each time', async () => {
    const ran: string[] = [];
    const db: Queryable = {
      query: async <Row>(sql: string, params: readonly unknown[] = []) => {
        ran.push(`${sql} ${String(params)}`);
        return [{ n: ran.length }] as Row[];
      },
      exec: async () => undefined,
    };
    const reads = rememberingReads(db);
    const first = await reads.query('SELECT code FROM parties WHERE code = ANY($1)', [['DE']]);
    expect(await reads.query('SELECT code FROM parties WHERE code = ANY($1)', [['DE']])).toBe(first);
    await reads.query('SELECT code FROM parties WHERE code = ANY($1)', [['FR']]);
    await reads.query('select 1', [1n]);
    await reads.query('select 1', [1]);
    await reads.query('INSERT INTO t VALUES ($1)', [1]);
    await reads.query('INSERT INTO t VALUES ($1)', [1]);
    expect(ran).toHaveLength(6);
  });
});
