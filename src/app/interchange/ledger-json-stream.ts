/**
 * Writes a ledger document as the JSON file `ledgerJson` gives, byte for byte, one record at a
 * time: the file is never held in memory as one string (an export of a large ledger would need
 * twice its size), and the stream's back-pressure is respected. A section may also be given
 * lazily, read only when the writer reaches it: a function answering its value, or an async
 * iterable of batches of records (read from the store as they are written).
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** `JSON.stringify(value, null, 2)` of a value nested `depth` levels deep in the document. */
const indented = (value: unknown, depth: number) =>
  JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** What JSON leaves out of an object, and writes as null in an array. */
const hasNoJson = (value: unknown) =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** A section's value, or its records a batch at a time. */
export type LazySection = unknown | (() => Promise<unknown>) | AsyncIterable<readonly unknown[]>;

const isBatches = (value: unknown): value is AsyncIterable<readonly unknown[]> =>
  typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

async function* batchesOf(value: unknown): AsyncIterable<readonly unknown[]> {
  if (isBatches(value)) yield* value;
  else yield value as unknown[];
}

export async function writeLedgerJson(doc: object, out: Writable): Promise<void> {
  await write(out, '{');
  let keys = 0;
  for (const [key, given] of Object.entries(doc) as [string, LazySection][]) {
    const value = typeof given === 'function' ? await (given as () => Promise<unknown>)() : given;
    if (hasNoJson(value)) continue;
    await write(out, `${keys++ ? ',' : ''}\n  ${JSON.stringify(key)}: `);
    if (!isBatches(value) && (!Array.isArray(value) || value.length === 0)) {
      await write(out, indented(value, 1));
      continue;
    }
    let records = 0;
    for await (const batch of batchesOf(value))
      for (const record of batch)
        await write(out, `${records++ ? ',' : '['}\n    ${indented(hasNoJson(record) ? null : record, 2)}`);
    await write(out, records ? '\n  ]' : '[]');
  }
  await write(out, keys ? '\n}\n' : '}\n');
}
