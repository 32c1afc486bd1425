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
});
