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
  }, 300_000);
});

interface OpenApiDoc {
  paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
}

async function openApi(): Promise<OpenApiDoc> {
  return (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as OpenApiDoc;
}

/** A 4xx answered as problem+json with a detail: what every refusal must look like. */
function problemFailure(
  label: string,
  res: { statusCode: number; headers: Record<string, unknown>; body: string },
) {
  const type = String(res.headers['content-type'] ?? '');
  const detail = type.startsWith('application/problem+json')
    ? (JSON.parse(res.body) as { detail?: string }).detail
    : '';
  return res.statusCode >= 400 && res.statusCode < 500 && detail
    ? []
    : [`${label} → ${res.statusCode} ${type} ${res.body.slice(0, 80)}`];
}

describe('NUL bytes, broken cookies and malformed addresses', () => {
  it('refuse NUL bytes in every path and query parameter, and unstorable text in every create body, with a 4xx problem', async () => {
    const doc = await openApi();
    const before = await fingerprint();
    const failures: string[] = [];
    let checked = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const verb = method.toUpperCase() as 'GET';
        const params = op.parameters ?? [];
        if (path.includes('{')) {
          const url = path.replace(/\{\w+\}/g, 'a%00b');
          failures.push(
            ...problemFailure(
              `${verb} ${url}`,
              await app.inject({ method: verb, url, headers: { authorization } }),
            ),
          );
          checked++;
        }
        const concrete = path.replace(/\{\w+\}/g, 'x');
        for (const query of params.filter((p) => p.in === 'query')) {
          const url = `${concrete}?${query.name}=a%00b`;
          failures.push(
            ...problemFailure(
              `${verb} ${url}`,
              await app.inject({ method: verb, url, headers: { authorization } }),
            ),
          );
          checked++;
        }
        if (verb === ('POST' as string) && !path.includes('{')) {
          // NUL, a leading byte-order mark, a lone surrogate: none can be stored exactly as sent.
          for (const bad of ['a\u0000b', '\uFEFFa', 'a\uD800b']) {
            const fields = ['name', 'id', 'text', 'title', 'note', 'user', 'subject'];
            const body = { donor: 'DE', recipient: 'UA', ...Object.fromEntries(fields.map((f) => [f, bad])) };
            const res = await app.inject({
              method: verb,
              url: path,
              headers: { authorization },
              payload: body,
            });
            failures.push(...problemFailure(`${verb} ${path} body ${JSON.stringify(bad)}`, res));
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(failures).toEqual([]);
    expect(await fingerprint()).toBe(before);
  });

  it('treat a malformed session cookie as no session on every route, never as a server error', async () => {
    const doc = await openApi();
    const failures: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const method of Object.keys(ops)) {
        const url = path.replace(/\{\w+\}/g, 'x');
        const res = await app.inject({
          method: method.toUpperCase() as 'GET',
          url,
          headers: { cookie: 'ramstein_session=%E0%A4%A' },
        });
        if (res.statusCode >= 500)
          failures.push(`${method} ${url} → ${res.statusCode} ${res.body.slice(0, 80)}`);
      }
    }
    expect(failures).toEqual([]);
    const page = await app.inject({
      method: 'GET',
      url: '/api/v1/parties',
      headers: { cookie: 'ramstein_session=%E0%A4%A' },
    });
    expect(page.statusCode).toBe(200);
  });

  it('answer malformed and over-long addresses with problem+json', async () => {
    const failures: string[] = [];
    for (const url of [
      '/api/v1/commitments/%E0%A4%A',
      '/api/v1/commitments/%',
      `/api/v1/commitments/${'x'.repeat(5000)}`,
      '/api/v1/nowhere',
      '/metrics/more',
      '/readyz/more',
    ]) {
      const res = await app.inject({
        method: 'GET',
        url,
        headers: { authorization, accept: 'application/json' },
      });
      failures.push(...problemFailure(url.slice(0, 60), res));
    }
    // Even a browser asking for a page gets no web application at a service address.
    for (const url of ['/api/v1/nowhere', '/api/elsewhere', '/metrics/', '/healthz/']) {
      const res = await app.inject({ method: 'GET', url, headers: { accept: 'text/html,*/*' } });
      failures.push(...problemFailure(`${url} as a page`, res));
    }
    expect(failures).toEqual([]);
  });
});
