/** What the ledger routes share: the caller's context, the version a write is based on, error answers. */
import type { FastifyRequest } from 'fastify';
import * as z from 'zod';
import { actingAs, type AppContext } from '../../app/context.ts';
import { AppError } from '../../domain/errors.ts';
import { requestActor } from '../actor.ts';
import { ifMatchHeader, matches } from '../etag.ts';
import { errorResponses, problemSchema } from '../schemas/common.ts';

/** The context of this request: its caller, and its id for the audit trail. */
/** The caller's context; its database work stops when the request is abandoned (src/http/request-limits.ts). */
export const callerContext = (request: FastifyRequest): AppContext => {
  const ctx = request.server.ctx;
  const db = request.workSignal ? ctx.db.withSignal(request.workSignal) : ctx.db;
  const heavy = request.heavyWork;
  return actingAs({ ...ctx, db, ...(heavy ? { heavy } : {}) }, requestActor(request), String(request.id));
};

export const writeResponses = { ...errorResponses, 409: problemSchema, 412: problemSchema };

export const versionField = z
  .number()
  .int()
  .min(1)
  .optional()
  .describe('The version the change is based on (or send If-Match with the ETag)');

export const idParams = z.object({ id: z.string().min(1).max(120) });

export const ifMatchHeaders = z.object({
  'if-match': z.string().max(2000).optional().describe('ETag of the version the change is based on'),
});

export const ifNoneMatchHeaders = z.object({
  'if-none-match': z.string().max(2000).optional().describe('ETag already held: answered by 304'),
});

/**
 * The version a write is based on: from the body, or from If-Match. An If-Match that no longer
 * names the current record is refused with 412 before anything is attempted (and so is a write
 * that loses a race after that check); a stale body version reaches the use case, which refuses it with 409.
 */
export async function baseVersion(
  request: FastifyRequest,
  bodyVersion: number | undefined,
  current: () => Promise<{ version: number; tag: string }>,
): Promise<number> {
  const tags = ifMatchHeader(request);
  if (tags) {
    // A concurrent write may still get in between this check and the use case's own; its conflict is then the same 412.
    request.conditionalOnIfMatch = true;
    const now = await current();
    if (!matches(tags, now.tag)) {
      throw new AppError('precondition_failed', 'If-Match does not name the current version; reload it');
    }
    return bodyVersion ?? now.version;
  }
  if (bodyVersion === undefined) {
    throw new AppError('invalid_input', 'version: required (or send If-Match with the ETag)', {
      issues: [{ field: 'version', message: 'required (or send If-Match with the ETag)' }],
    });
  }
  return bodyVersion;
}
