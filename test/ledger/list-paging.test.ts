/**
 * The commitment list is filtered and paged in the database: pages put together give the whole
 * list, totals count every match, and a status filter agrees with each commitment's own status.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { listCommitments } from '../../src/app/commitments/list-commitments.ts';
import { listClaims } from '../../src/app/claims/list-claims.ts';
import { listMeetings } from '../../src/app/meetings/list-meetings.ts';
import { listSources } from '../../src/app/sources/list-sources.ts';
import { actingAs } from '../../src/app/context.ts';
import { statuses } from '../../src/domain/ledger/vocabulary.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
});
afterAll(() => t.close());

const list = (input: Partial<Parameters<typeof listCommitments>[1]>, ctx = t.ctx) =>
  listCommitments(ctx, { sort: 'id', limit: 1000, offset: 0, ...input });

describe('commitment list paging', () => {
  it('gives the whole list page by page, with the total on every page', async () => {
    const all = await list({});
    expect(all.total).toBe(all.items.length);
    expect(all.total).toBeGreaterThan(20);
    const ids: string[] = [];
    for (let offset = 0; offset < all.total; offset += 7) {
      const page = await list({ limit: 7, offset });
      expect(page.total).toBe(all.total);
      ids.push(...page.items.map((c) => c.id));
    }
    expect(ids).toEqual(all.items.map((c) => c.id));
    expect(await list({ limit: 5, offset: all.total + 10 })).toEqual({
      items: [],
      total: all.total,
      total_eur: all.total_eur,
      conversion: all.conversion,
    });
  });

  it('filters on the derived status, as each commitment shows it, before paging', async () => {
    const all = await list({});
    for (const status of statuses) {
      const expected = all.items.filter((c) => c.state.status === status).map((c) => c.id);
      const found = await list({ status });
      expect({ status, ids: found.items.map((c) => c.id) }).toEqual({ status, ids: expected });
      expect(found.total).toBe(expected.length);
      if (expected.length > 2) {
        const second = await list({ status, limit: 2, offset: 1 });
        expect(second.items.map((c) => c.id)).toEqual(expected.slice(1, 3));
        expect(second.total).toBe(expected.length);
      }
    }
  });

  it('counts only what the caller may see', async () => {
    const everything = await list({});
    const anonymous = await list({}, actingAs(t.ctx, { id: 'anonymous', role: 'public', party: null }, null));
    expect(anonymous.total).toBe(everything.items.filter((c) => c.visibility === 'public').length);
  });

  it('shows a change at once, though pages are kept between changes, and keeps scopes apart', async () => {
    const anonymous = actingAs(t.ctx, { id: 'anonymous', role: 'public', party: null }, null);
    const pl = actingAs(t.ctx, { id: 'piotr', role: 'representative', party: 'PL' }, null);
    const page = { donor: 'PL', sort: '-announced_on' as const, limit: 3, offset: 0 };
    const [before, beforePl] = [await list(page, anonymous), await list(page, pl)];
    expect(await list(page, anonymous)).toEqual(before); // the kept page, unchanged
    await createCommitment(t.ctx, {
      id: 'cache-public',
      donor: 'PL',
      recipient: 'UA',
      announced_on: '2030-01-01',
      items: [{ category: 'ammunition', quantity: 1 }],
    });
    await createCommitment(t.ctx, {
      id: 'cache-restricted',
      donor: 'PL',
      recipient: 'UA',
      announced_on: '2030-01-02',
      visibility: 'restricted',
      owner_party: 'PL',
    });
    const after = await list(page, anonymous);
    expect(after.total).toBe(before.total + 1);
    expect(after.items[0]!.id).toBe('cache-public');
    const afterPl = await list(page, pl);
    expect(afterPl.total).toBe(beforePl.total + 2);
    expect(afterPl.items.map((c) => c.id).slice(0, 2)).toEqual(['cache-restricted', 'cache-public']);
  });

  it('pages meetings, claims and sources in the database, with the totals of what the caller may see', async () => {
    const anonymous = actingAs(t.ctx, { id: 'anonymous', role: 'public', party: null }, null);
    const lists = [
      (ctx: typeof t.ctx, page: { limit: number; offset: number }) => listMeetings(ctx, {}, page),
      (ctx: typeof t.ctx, page: { limit: number; offset: number }) => listClaims(ctx, { party: 'DE' }, page),
      (ctx: typeof t.ctx, page: { limit: number; offset: number }) => listSources(ctx, page),
    ];
    for (const [n, list] of lists.entries()) {
      for (const ctx of [t.ctx, anonymous]) {
        const all = await list(ctx, { limit: 100_000, offset: 0 });
        expect(all.total).toBe(all.items.length);
        const ids: string[] = [];
        for (let offset = 0; offset < all.total; offset += 4) {
          const page = await list(ctx, { limit: 4, offset });
          expect({ n, total: page.total }).toEqual({ n, total: all.total });
          ids.push(...page.items.map((r) => r.id));
        }
        expect(ids).toEqual(all.items.map((r) => r.id));
        expect(await list(ctx, { limit: 4, offset: all.total + 3 })).toEqual({ items: [], total: all.total });
      }
      const everything = await list(t.ctx, { limit: 100_000, offset: 0 });
      const seen = await list(anonymous, { limit: 100_000, offset: 0 });
      expect(everything.total).toBeGreaterThan(0);
      expect(seen.items.every((r) => !('visibility' in r) || r.visibility === 'public')).toBe(true);
    }
  });
});
