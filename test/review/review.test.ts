import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEvents } from '../../src/app/audit/list-audit-events.ts';
import { getCommitment } from '../../src/app/commitments/get-commitment.ts';
import { actingAs } from '../../src/app/context.ts';
import { ingestArticle } from '../../src/app/review/ingest-article.ts';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import {
  acceptCandidate,
  getCandidate,
  listCandidates,
  mergeCandidate,
  rejectCandidate,
} from '../../src/app/review/review-candidates.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
  await createCommitment(t.ctx, {
    id: 'fi-caesar-2025-09',
    donor: 'FI',
    recipient: 'UA',
    mode: 'donation',
    items: [{ equipment: 'caesar', quantity: 6 }],
    announced_on: '2025-09-01',
  });
});
afterAll(() => t.close());

// Our own sentences, in the style of the wire reports the queue is fed with.
const finnishArticle =
  'Helsinki, 8 septembre 2025. Le ministre finlandais de la Défense a confirmé lundi que la Finlande livrera six canons CAESAR ' +
  'à l’Ukraine avant la fin de l’année. Le coût n’a pas été précisé.';
const danishArticle =
  'Copenhagen, 12 May 2025. Denmark will donate 20 Leopard 1 tanks to Ukraine, the defence ministry said on Monday.';

describe('review queue', () => {
  it('stores an article once, by its hash, and queues its facts with their evidence', async () => {
    const first = await ingestArticle(t.ctx, {
      text: danishArticle,
      url: 'https://example.org/dk-leopard',
      published: '2025-05-12',
    });
    expect(first.recognised).toBe(false);
    expect(first.language).toBe('en');
    expect(first.candidates.length).toBeGreaterThanOrEqual(1);
    const again = await ingestArticle(t.ctx, { text: danishArticle, published: '2025-05-12' });
    expect(again).toMatchObject({
      recognised: true,
      source_id: first.source_id,
      candidates: first.candidates,
    });

    const candidate = await getCandidate(t.ctx, first.candidates[0]!);
    expect(candidate.fact).toMatchObject({
      type: 'commitment',
      donor: 'DK',
      item: 'leopard-1',
      quantity: { value: 20 },
    });
    expect(candidate.evidence_text).toContain('20 Leopard 1');
    // The analyst sees why the fact was proposed: the rule, the verb that triggered it, how sure.
    expect(candidate.cue).toMatch(/^commitment\/\w+: /);
    expect(candidate.confidence).toBeGreaterThan(0.5);
    expect(candidate.confidence).toBeLessThanOrEqual(1);
  });

  it('accepts a candidate as a commitment linked to its evidence', async () => {
    const [candidate] = await listCandidates(t.ctx, { status: 'pending' });
    const accepted = await acceptCandidate(t.ctx, candidate!.id, { id: 'dk-leopard-1-2025-05' });
    expect(accepted).toMatchObject({ status: 'accepted', result: 'commitment:dk-leopard-1-2025-05' });
    const commitment = await getCommitment(t.ctx, { id: 'dk-leopard-1-2025-05' });
    expect(commitment).toMatchObject({ donor: 'DK', recipient: 'UA', announced_on: '2025-05-12' });
    expect(commitment.items[0]).toMatchObject({ equipment: 'leopard-1', quantity: 20 });
    expect(commitment.sources[0]).toMatchObject({
      id: candidate!.source_id,
      evidence: candidate!.fact.evidence,
    });
    await expect(acceptCandidate(t.ctx, candidate!.id)).rejects.toThrow(/already accepted/);
  });

  it('proposes a merge for a fact the ledger already holds, and merges it as further evidence', async () => {
    const result = await ingestArticle(t.ctx, { text: finnishArticle, published: '2025-09-08' });
    const views = await Promise.all(result.candidates.map((id) => getCandidate(t.ctx, id)));
    const caesar = views.find((c) => c.fact.item === 'caesar' && c.fact.donor === 'FI');
    expect(caesar?.proposed_merge).toBe('fi-caesar-2025-09');
    expect(caesar?.conflicts).toEqual([]);
    const before = await getCommitment(t.ctx, { id: 'fi-caesar-2025-09' });
    await mergeCandidate(t.ctx, caesar!.id, 'fi-caesar-2025-09');
    const after = await getCommitment(t.ctx, { id: 'fi-caesar-2025-09' });
    expect(after.sources).toHaveLength(before.sources.length + 1);
    expect(after.sources.at(-1)).toMatchObject({ id: caesar!.source_id, evidence: caesar!.fact.evidence });
  });

  it('lists the queue with the exact words of each fact, after characters outside the basic plane', async () => {
    const text =
      '𝄞🇺🇦 Oslo, 3 March 2025. Norway will send 14 NASAMS launchers to Ukraine, the minister said. ' +
      'Sweden will deliver 8 Archer howitzers to Ukraine. '.repeat(3);
    const result = await ingestArticle(t.ctx, { text, published: '2025-03-03' });
    const listed = (await listCandidates(t.ctx, { source: result.source_id })).filter((c) =>
      result.candidates.includes(c.id),
    );
    expect(listed.length).toBeGreaterThanOrEqual(2);
    for (const candidate of listed) {
      const { start, end } = candidate.fact.evidence;
      expect(candidate.evidence_text).toBe(text.slice(start, end));
      expect(candidate.evidence_text).toEqual((await getCandidate(t.ctx, candidate.id)).evidence_text);
    }
    expect(listed.some((c) => c.evidence_text?.includes('14 NASAMS'))).toBe(true);
  });

  it('flags a figure that contradicts the recorded one', async () => {
    const text =
      'Helsinki, 10 September 2025. Finland will send twelve CAESAR howitzers to Ukraine, the minister said.';
    const result = await ingestArticle(t.ctx, { text, published: '2025-09-10' });
    const views = await Promise.all(result.candidates.map((id) => getCandidate(t.ctx, id)));
    const caesar = views.find((c) => c.fact.item === 'caesar');
    expect(caesar?.conflicts).toEqual([
      expect.objectContaining({
        record: 'fi-caesar-2025-09',
        field: 'quantity',
        recorded: '6',
        extracted: '12',
      }),
    ]);
  });

  it('rejects with a reason, and audits every decision', async () => {
    const [pending] = await listCandidates(t.ctx, { status: 'pending' });
    await rejectCandidate(t.ctx, pending!.id, 'duplicate of an earlier report');
    const { items } = await listAuditEvents(t.ctx, { recordType: 'candidate', limit: 10, offset: 0 });
    expect(items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['candidate.accept', 'candidate.merge', 'candidate.reject']),
    );
  });
});

describe('the review queue as an analyst runs it', () => {
  it('accepts a candidate on the queue’s authority, audited under the analyst’s name, never as a restricted record', async () => {
    const analyst = actingAs(t.ctx, { id: 'maria', role: 'analyst', party: null }, null);
    const text =
      'Oslo, 3 October 2025. Norway will donate 4 NASAMS launchers to Ukraine, the government said.';
    const result = await ingestArticle(analyst, { text, published: '2025-10-03' });
    const id = result.candidates[0]!;
    await expect(acceptCandidate(analyst, id, { visibility: 'restricted' })).rejects.toThrow(
      /public or coalition records only/,
    );
    const accepted = await acceptCandidate(analyst, id, { id: 'no-nasams-2025-10' });
    expect(accepted.result).toBe('commitment:no-nasams-2025-10');
    const { items } = await listAuditEvents(t.ctx, { recordId: 'no-nasams-2025-10', limit: 5, offset: 0 });
    expect(items[0]).toMatchObject({ actor: 'maria', action: 'commitment.create' });
  });
});
