/**
 * Text the database could not store as sent is refused at the door instead of failing deep inside
 * (a NUL byte makes PostgreSQL raise an error) or being changed silently on the way (a lone UTF-16
 * surrogate becomes U+FFFD, a leading byte-order mark is trimmed away). Callers get a 4xx that
 * names the field; nothing is written.
 */
import type { FastifyRequest } from 'fastify';
import { AppError, type FieldIssue } from '../domain/errors.ts';

/** In a `u` pattern a surrogate range matches only halves that are not part of a pair. */
const loneSurrogate = /[\uD800-\uDFFF]/u;

/** Why a string cannot be kept exactly as sent, or null when it can. */
export function unstorableText(value: string): string | null {
  if (value.includes('\u0000')) return 'contains a NUL character';
  if (value.includes('\uFEFF')) return 'contains a byte-order mark (U+FEFF)';
  if (loneSurrogate.test(value)) return 'contains a lone UTF-16 surrogate (not valid Unicode)';
  return null;
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function collect(value: unknown, path: string, issues: FieldIssue[], depth = 0): void {
  if (issues.length >= 20 || depth > 32) return;
  if (typeof value === 'string') {
    const why = unstorableText(value);
    if (why) issues.push({ field: path || 'body', message: why });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => collect(item, join(path, String(index)), issues, depth + 1));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const why = unstorableText(key);
      if (why) issues.push({ field: path || 'body', message: `a field name ${why}` });
      collect(item, join(path, key), issues, depth + 1);
    }
  }
}

/** Refuses a request whose address or body holds text that cannot be stored as sent. */
export async function refuseUnstorableText(request: FastifyRequest): Promise<void> {
  const address: FieldIssue[] = [];
  collect(request.params, '', address);
  collect(request.query, '', address);
  if (address.length) {
    throw new AppError('bad_request', `invalid address: ${describe(address)}`, { issues: address });
  }
  const body: FieldIssue[] = [];
  collect(request.body, '', body);
  if (body.length) throw new AppError('invalid_input', `invalid body: ${describe(body)}`, { issues: body });
}

const describe = (issues: FieldIssue[]) => issues.map((i) => `${i.field || 'body'} ${i.message}`).join('; ');
