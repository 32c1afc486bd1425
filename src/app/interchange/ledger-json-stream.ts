/**
 * Writes a ledger document as the JSON file `ledgerJson` gives, byte for byte, one record at a
 * time: the file is never held in memory as one string (an export of a large ledger would need
 * twice its size), and the stream's back-pressure is respected.
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

export async function writeLedgerJson(doc: object, out: Writable): Promise<void> {
  const entries = Object.entries(doc).filter(([, value]) => !hasNoJson(value));
  await write(out, '{');
  for (const [i, [key, value]] of entries.entries()) {
    await write(out, `${i ? ',' : ''}\n  ${JSON.stringify(key)}: `);
    if (!Array.isArray(value) || value.length === 0) {
      await write(out, indented(value, 1));
      continue;
    }
    await write(out, '[');
    for (const [j, record] of value.entries())
      await write(out, `${j ? ',' : ''}\n    ${indented(hasNoJson(record) ? null : record, 2)}`);
    await write(out, '\n  ]');
  }
  await write(out, entries.length ? '\n}\n' : '}\n');
}
