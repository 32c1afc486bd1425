import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommitment } from '../../src/app/commitments/create-commitment.ts';
import { actingAs } from '../../src/app/context.ts';
import { ingestArticle } from '../../src/app/review/ingest-article.ts';
import { readSource } from '../../src/app/sources/read-source.ts';
import { publicActor } from '../../src/domain/access/actor.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
});
afterAll(() => t.close());

// Our own sentences.
const article =
  'Oslo, 3 March 2025. Norway will give Ukraine 12 NASAMS launchers, the ministry said. ' +
  'Luxembourg adds 40 military trucks <script>alert(1)</script> to the package.';

describe('source page', () => {
  it('shows the stored text to those who may read it, with the evidence of the records they may see', async () => {
    const { source_id } = await ingestArticle(t.ctx, { text: article, published: '2025-03-03' });
    const norway = article.indexOf('Norway will give');
    const trucks = article.indexOf('Luxembourg adds');
    await createCommitment(t.ctx, {
      id: 'src-no-nasams',
      donor: 'NO',
      recipient: 'UA',
      mode: 'donation',
      items: [{ equipment: 'nasams', quantity: 12 }],
      announced_on: '2025-03-03',
      sources: [{ id: source_id, evidence: { start: norway, end: norway + 45 } }],
    });
    await createCommitment(t.ctx, {
      id: 'src-lu-trucks',
      donor: 'LU',
      recipient: 'UA',
      mode: 'donation',
      items: [{ category: 'vehicles', quantity: 40 }],
      announced_on: '2025-03-03',
      visibility: 'restricted',
      owner_party: 'LU',
      sources: [{ id: source_id, evidence: { start: trucks, end: trucks + 30 } }],
    });

    const luxembourg = await readSource(
      actingAs(t.ctx, { id: 'x', role: 'representative', party: 'LU' }, null),
      source_id,
    );
    expect(luxembourg.text).toBe(article);
    expect(luxembourg.evidence.map((e) => [e.record_id, e.start])).toEqual([
      ['src-no-nasams', norway],
      ['src-lu-trucks', trucks],
    ]);
    const france = await readSource(
      actingAs(t.ctx, { id: 'y', role: 'representative', party: 'FR' }, null),
      source_id,
    );
    expect(france.text).toBe(article);
    expect(france.evidence.map((e) => e.record_id)).toEqual(['src-no-nasams']);

    // The public sees the source through the public commitment that cites it, not its stored
    // text (kept for the coalition).
    const reader = await readSource(actingAs(t.ctx, publicActor, null), source_id);
    expect(reader.text).toBeNull();
    expect(reader.text_withheld).toBe(true);
    expect(reader.evidence.map((e) => e.record_id)).toEqual(['src-no-nasams']);
  });

  it('answers an unknown or hidden source as not found', async () => {
    await expect(readSource(t.ctx, 'src-does-not-exist')).rejects.toMatchObject({ code: 'not_found' });
    const { source_id } = await ingestArticle(t.ctx, {
      text: 'A text nobody cites, about 3 trucks.',
      published: '2025-01-01',
    });
    await expect(readSource(actingAs(t.ctx, publicActor, null), source_id)).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});
