/**
 * Entity tags for ledger records and pages. A record's tag is derived from its id and version
 * (and the as-of date it was viewed at), so it changes exactly when the record does; a page's tag
 * covers the ids and versions it lists. Tags are strong, because If-Match needs strong comparison.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export function entityTag(...parts: readonly (string | number | null | undefined)[]): string {
  const digest = createHash('sha256')
    .update(parts.map((p) => (p === null || p === undefined ? '' : String(p))).join('\u0000'))
    .digest('base64url')
    .slice(0, 27);
  return `"${digest}"`;
}

export function recordTag(type: string, record: { id: string; version: number }, asOf?: string | null) {
  return entityTag(type, record.id, record.version, asOf ?? '');
}

export function pageTag(
  type: string,
  records: readonly { id: string; version: number }[],
  total: number,
  qualifier: string,
) {
  return entityTag(type, qualifier, total, ...records.map((r) => `${r.id}@${r.version}`));
}

/** The tags of a header such as If-None-Match (`*` matches anything; weak tags compare weakly). */
function listed(header: string | string[] | undefined): string[] {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

/**
 * Sets the ETag and answers 304 when the caller already holds this representation.
 * Returns true when the reply has been sent.
 */
export function notModified(request: FastifyRequest, reply: FastifyReply, tag: string): boolean {
  reply.header('etag', tag);
  const tags = listed(request.headers['if-none-match']).map((t) => t.replace(/^W\//, ''));
  if (tags.includes('*') || tags.includes(tag)) {
    reply.code(304).send();
    return true;
  }
  return false;
}

/** Whether an If-Match header (if any) names the current tag; strong comparison, as RFC 9110 asks. */
export function ifMatchHeader(request: FastifyRequest): string[] | null {
  const tags = listed(request.headers['if-match']);
  return tags.length ? tags : null;
}

export function matches(tags: readonly string[], current: string): boolean {
  return tags.includes('*') || tags.includes(current);
}
