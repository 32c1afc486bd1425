/**
 * Answers that the use cases keep between changes (reports, ledger pages: src/app/reports/report-cache.ts)
 * hand back the same object until the data changes. Its bytes are prepared once per kept object
 * instead of once per request: the JSON checked against the response schema, its entity tag, and
 * its Brotli and gzip encodings, each made the first time a caller accepts it.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import * as z from 'zod';
import { notModified } from './etag.ts';
import { negotiate } from '@fastify/accept-negotiator';

type Encoding = 'br' | 'gzip';

interface Prepared {
  json: Buffer;
  tag: string;
  encoded: Partial<Record<Encoding, Buffer>>;
}

const prepared = new WeakMap<object, Prepared>();

/** Below this size an answer is sent as it is (as @fastify/compress does). */
const THRESHOLD = 1024;

const encoders: Record<Encoding, (body: Buffer) => Buffer> = {
  // Made once per change, so a better ratio than per-request compression can afford.
  br: (body) =>
    brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: 6,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => gzipSync(body, { level: 6 }),
};

/** The encoding the caller accepts that we prefer (Brotli, then gzip), if any. */
const acceptedEncoding = (header: string | string[] | undefined): Encoding | null =>
  header ? (negotiate(String(header), ['br', 'gzip']) as Encoding | null) : null;

/** A strong tag of the bytes themselves: it changes exactly when the answer does. */
const tagOf = (json: Buffer) => `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;

function prepare(schema: z.ZodType, value: object): Prepared {
  let entry = prepared.get(value);
  if (!entry) {
    const json = Buffer.from(JSON.stringify(z.encode(schema, value)));
    entry = { json, tag: tagOf(json), encoded: {} };
    prepared.set(value, entry);
  }
  return entry;
}

const views = new WeakMap<object, Map<string, object>>();

/**
 * A view of a kept answer (the page of a kept list, with its paging; a list wrapped in `items`),
 * made once and the same object while the answer is kept, so that `sendKept` prepares its bytes
 * once too.
 */
export function keptView<V extends object>(kept: object, key: string, make: () => V): V {
  let byKey = views.get(kept);
  if (!byKey) views.set(kept, (byKey = new Map()));
  let view = byKey.get(key) as V | undefined;
  if (!view) byKey.set(key, (view = make()));
  return view;
}

/**
 * Sends a kept answer: 304 when the caller holds its tag, otherwise its JSON in the best encoding
 * the caller accepts. `value` must be an object that is not changed after it is first sent.
 */
export function sendKept(
  request: FastifyRequest,
  reply: FastifyReply,
  schema: z.ZodType,
  value: object,
): FastifyReply {
  const entry = prepare(schema, value);
  reply.header('vary', 'accept-encoding');
  if (notModified(request, reply, entry.tag)) return reply;
  reply.type('application/json; charset=utf-8');
  const encoding =
    entry.json.length >= THRESHOLD ? acceptedEncoding(request.headers['accept-encoding']) : null;
  if (!encoding) return reply.send(entry.json);
  const body = (entry.encoded[encoding] ??= encoders[encoding](entry.json));
  return reply.header('content-encoding', encoding).send(body);
}
