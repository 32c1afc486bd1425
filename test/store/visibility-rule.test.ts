/**
 * The visibility rule is stated once (src/domain/access/visibility.ts) and applied three ways:
 * in code (canSee), as a typed query condition and as report SQL text. For every role and every
 * kind of record, the three must agree, on the real database.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/access/actor.ts';
import { canSee } from '../../src/domain/access/visibility.ts';
import { kysely } from '../../src/store/kysely.ts';
import { visibleTo } from '../../src/store/visibility.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

const records = [
  { id: 'pub-de', visibility: 'public', owner_party: 'DE' },
  { id: 'pub-none', visibility: 'public', owner_party: null },
  { id: 'coal-fr', visibility: 'coalition', owner_party: 'FR' },
  { id: 'restr-de', visibility: 'restricted', owner_party: 'DE' },
  { id: 'restr-fr', visibility: 'restricted', owner_party: 'FR' },
  { id: 'restr-none', visibility: 'restricted', owner_party: null },
];

const actors: Actor[] = [
  { id: 'anonymous', role: 'public', party: null },
  { id: 'ana', role: 'analyst', party: null },
  { id: 'rep-de', role: 'representative', party: 'DE' },
  { id: 'rep-fr', role: 'representative', party: 'FR' },
  { id: 'rep-none', role: 'representative', party: null },
  { id: 'coord', role: 'coordinator', party: null },
  { id: 'admin', role: 'admin', party: null },
];

let t: TestDatabase;

beforeAll(async () => {
  t = await openTestDb({ empty: true });
  await t.db.exec('CREATE TEMP TABLE rule_probe (id text, visibility text, owner_party text)');
  for (const r of records)
    await sql`INSERT INTO rule_probe VALUES (${r.id}, ${r.visibility}, ${r.owner_party})`.execute(
      kysely(t.db),
    );
});

afterAll(() => t.close());

describe('the visibility rule', () => {
  for (const actor of actors) {
    it(`shows ${actor.role} ${actor.party ?? ''} the same records in code and in SQL`, async () => {
      const expected = records.filter((r) => canSee(actor, r)).map((r) => r.id);
      const typed = await sql<{
        id: string;
      }>`SELECT r.id FROM rule_probe r WHERE ${visibleTo(actor, 'r')} ORDER BY r.id`
        .execute(kysely(t.db))
        .then((res) => res.rows.map((r) => r.id));
      expect(typed).toEqual([...expected].sort());
    });
  }

  it('hides restricted records from everyone but their nation, coordinators and administrators', () => {
    const seeing = actors.filter((a) => canSee(a, records[3]!)).map((a) => a.id);
    expect(seeing).toEqual(['rep-de', 'coord', 'admin']);
  });
});
