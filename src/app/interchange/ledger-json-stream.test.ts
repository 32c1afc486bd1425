/** The streamed export file is the same bytes as the document written in one piece. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeLedgerJson } from './ledger-json-stream.ts';

async function streamed(doc: object, highWaterMark = 16): Promise<string> {
  const out = new PassThrough({ highWaterMark });
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeLedgerJson(doc, out);
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

const whole = (doc: object) => `${JSON.stringify(doc, null, 2)}\n`;

describe('streamed JSON export', () => {
  it.each([
    [{}],
    [{ format: 'ramstein-ledger', version: 1, commitments: [], claims: [] }],
    [
      {
        format: 'ramstein-ledger',
        version: 1,
        skipped: undefined,
        commitments: [
          {
            id: 'c-1',
            items: [{ equipment: 'gepard', quantity: 15 }, {}],
            money: { amount: '120000000.50', currency: 'EUR' },
            note: 'line one\nline two "quoted" \\ ü ✓ \u2028',
            empty: [],
            nothing: null,
            gone: undefined,
          },
          { id: 'c-2', sources: ['https://example.org/a'], nested: { deeper: { list: [1, [2, []]] } } },
          undefined,
        ],
        replenishments: [{ commitment: 'c-2', replenishes: 'c-1' }],
      },
    ],
  ])('writes %# as JSON.stringify with two-space indentation does', async (doc) => {
    expect(await streamed(doc)).toBe(whole(doc));
  });

  it('reads lazy sections when it reaches them, and batches of records as they come', async () => {
    const read: string[] = [];
    async function* batches(sizes: number[]) {
      for (const [i, size] of sizes.entries()) {
        read.push(`batch ${i}`);
        yield Array.from({ length: size }, (_, j) => ({ id: `c-${i}-${j}`, lines: [j] }));
      }
    }
    const lazy = {
      format: 'ramstein-ledger',
      sources: async () => (read.push('sources'), [{ id: 's-1' }]),
      summary: async () => undefined,
      commitments: batches([2, 0, 3]),
      claims: batches([]),
      targets: async () => (read.push('targets'), []),
    };
    const eager = {
      format: 'ramstein-ledger',
      sources: [{ id: 's-1' }],
      commitments: [0, 1, 2, 3, 4].map((k) =>
        k < 2 ? { id: `c-0-${k}`, lines: [k] } : { id: `c-2-${k - 2}`, lines: [k - 2] },
      ),
      claims: [],
      targets: [],
    };
    expect(await streamed(lazy)).toBe(whole(eager));
    expect(read).toEqual(['sources', 'batch 0', 'batch 1', 'batch 2', 'targets']);
  });
});
