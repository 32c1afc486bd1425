/**
 * Malformed, oversized and hostile input to every write route of the OpenAPI document: every
 * answer is a 4xx with a message, never a 5xx, and the database is left exactly as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/app/accounts/manage-tokens.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let app: Api;
let authorization: string;
beforeAll(async () => {
  t = await openTestDb();
  app = await buildServer(t.ctx, { logger: false });
  authorization = `Bearer ${(await createApiToken(t.ctx, { name: 'fuzz', role: 'admin', party: null })).token}`;
});
afterAll(async () => {
  await app.close();
  await t.close();
});

/** Row counts and a checksum of every table: what "unchanged" means. */
async function fingerprint(): Promise<string> {
  const tables = await t.db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT IN ('api_tokens') ORDER BY 1`,
  );
  const parts: string[] = [];
  for (const { name } of tables) {
    const [row] = await t.db.query<{ n: bigint; h: string | null }>(
      `SELECT count(*) AS n, md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))) AS h FROM ${name} x`,
    );
    parts.push(`${name}:${row!.n}:${row!.h}`);
  }
  return parts.join('\n');
}

const hostileStrings = [
  "'; DROP TABLE commitments; --",
  "1' OR '1'='1",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '\u0000\u0001',
  '💥'.repeat(5000),
  '../../../../etc/passwd',
];
const hostileNumbers = [-1, -1e308, 1e308, 2 ** 64, Number.MAX_SAFE_INTEGER + 2, 0.5];

function hostileBodies(): (string | Buffer | object)[] {
  const bodies: (string | Buffer | object)[] = [
    '{"unterminated": ',
    'not json at all',
    Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]), // invalid UTF-8 in a string
    '[]',
    'null',
    JSON.stringify({ note: 'x'.repeat(2 * 1024 * 1024) }), // over the body limit
  ];
  for (const value of hostileStrings) {
    bodies.push({
      id: value,
      donor: value,
      recipient: value,
      name: value,
      subject: value,
      user: value,
      kind: value,
      text: value,
      version: value,
    });
  }
  for (const value of hostileNumbers) {
    bodies.push({
      donor: 'DE',
      recipient: 'UA',
      items: [{ category: 'munitions', quantity: value }],
      version: value,
      amount: value,
      quantity: value,
    });
  }
  bodies.push({ donor: 'DE', recipient: 'UA', money: { amount: -5, currency: 'EUR' } });
  bodies.push({ donor: 'DE', recipient: 'UA', items: [{ category: 'munitions', quantity: -3 }] });
  return bodies;
}

describe('hostile input', () => {
  it('gets a 4xx with a clear message on every write route, and changes nothing', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const writes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['post', 'patch', 'put', 'delete'].includes(m))
        .map((m) => ({ method: m.toUpperCase(), path })),
    );
    expect(writes.length).toBeGreaterThan(8);
    const before = await fingerprint();
    const failures: string[] = [];
    for (const { method, path } of writes) {
      // Path parameters get hostile values too (none of them names an existing record).
      for (const param of ["zz' OR 1=1 --", '<script>x</script>']) {
        const url = path.replace(/\{\w+\}/g, encodeURIComponent(param));
        for (const body of hostileBodies()) {
          const payload = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
          const res = await app.inject({
            method: method as 'POST',
            url,
            headers: { authorization, 'content-type': 'application/json' },
            payload,
          });
          const detail = res.headers['content-type']?.toString().includes('json')
            ? (res.json() as { detail?: string }).detail
            : undefined;
          if (res.statusCode < 400 || res.statusCode >= 500 || !detail) {
            failures.push(
              `${method} ${path} ${String(payload).slice(0, 40)} → ${res.statusCode} ${detail ?? res.body.slice(0, 80)}`,
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(await fingerprint()).toBe(before);
  });
});
