/**
 * The OpenAPI document against real answers: every GET route of the document is called (with
 * the demo ledger, ids taken from the lists, every value of a `format` parameter), as an
 * administrator and anonymously, and also for an id that does not exist. Each answer's status
 * must be declared, its media type must be one the document lists for that status, a JSON body
 * must validate against the declared schema, and the declared headers must be sent.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/app/accounts/manage-tokens.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Json;
}
interface Operation {
  operationId?: string;
  parameters?: Parameter[];
  responses: Record<
    string,
    { content?: Record<string, { schema?: Json }>; headers?: Record<string, unknown> }
  >;
  security?: unknown[];
}

let t: TestDatabase;
let app: Api;
let admin: string;
let doc: { paths: Record<string, Record<string, Operation>>; components: Json };
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });
const validators = new Map<Json, ReturnType<typeof ajv.compile>>();

beforeAll(async () => {
  t = await openTestDb({ demo: true });
  app = await buildServer(t.ctx, { logger: false });
  admin = `Bearer ${(await createApiToken(t.ctx, { name: 'walker', role: 'admin', party: null })).token}`;
  doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
});
afterAll(async () => {
  await app.close();
  await t.close();
});

function validator(schema: Json) {
  let validate = validators.get(schema);
  if (!validate) {
    // Local references (#/components/…) resolve against a root that carries the components.
    validate = ajv.compile({ ...schema, components: doc.components });
    validators.set(schema, validate);
  }
  return validate;
}

const mediaOf = (header: string | undefined) => (header ?? '').split(';')[0]!.trim();

/** The first id of the list a route with an `{id}` belongs to (`/api/v1/meetings/{id}/brief` → meetings). */
async function sampleId(path: string): Promise<string | null> {
  const list = path.slice(0, path.indexOf('/{id}'));
  const res = await app.inject({ method: 'GET', url: list, headers: { authorization: admin } });
  if (res.statusCode !== 200) return null;
  const body = res.json() as { items?: { id?: string; code?: string }[] };
  const first = body.items?.[0];
  return first?.id ?? first?.code ?? null;
}

/** Query strings to try: required parameters filled in, and each value of an enumerated `format`. */
function queries(op: Operation): string[] {
  const required = (op.parameters ?? []).filter((p) => p.in === 'query' && p.required);
  const base = required.map((p) => {
    const schema = p.schema ?? {};
    const value = schema.type === 'integer' || schema.type === 'number' ? '1' : 'x';
    return `${p.name}=${value}`;
  });
  const format = (op.parameters ?? []).find((p) => p.in === 'query' && p.name === 'format');
  const formats = (format?.schema?.enum as string[] | undefined) ?? [null];
  return formats.map((f) => {
    const parts = f === null ? base : [...base, `format=${f}`];
    return parts.length ? `?${parts.join('&')}` : '';
  });
}

interface Checked {
  route: string;
  status: number;
  problems: string[];
}

function check(route: string, op: Operation, res: Awaited<ReturnType<Api['inject']>>): Checked {
  const problems: string[] = [];
  const declared = op.responses[String(res.statusCode)];
  if (!declared)
    return { route, status: res.statusCode, problems: [`status ${res.statusCode} not declared`] };
  if (!res.headers['x-request-id']) problems.push('no x-request-id header');
  if (declared.headers?.etag && res.statusCode === 200 && !res.headers.etag)
    problems.push('declared ETag not sent');
  if (declared.headers?.['retry-after'] && !res.headers['retry-after'] && res.statusCode === 429)
    problems.push('declared Retry-After not sent');
  const media = mediaOf(res.headers['content-type'] as string | undefined);
  const content = declared.content ?? {};
  if (res.body.length > 0 || Object.keys(content).length > 0) {
    if (!(media in content))
      problems.push(`media type ${media} not declared (${Object.keys(content).join(', ')})`);
    const schema = content[media]?.schema;
    if (schema && /json$/.test(media)) {
      const validate = validator(schema);
      if (!validate(res.json())) problems.push(`body: ${ajv.errorsText(validate.errors)}`);
    }
  }
  return { route, status: res.statusCode, problems };
}

describe('the OpenAPI document against real answers', () => {
  it('declares an operationId for every operation, once', () => {
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    expect(ids.filter((id) => !id)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every GET route answers with a declared status, media type, schema and headers', async () => {
    const results: Checked[] = [];
    const skipped: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      const op = ops.get;
      if (!op || !path.startsWith('/api/')) continue;
      const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      let url = path;
      if (params.length) {
        const id = params.length === 1 && params[0] === 'id' ? await sampleId(path) : null;
        if (id === null) {
          skipped.push(path);
          continue;
        }
        url = path.replace('{id}', encodeURIComponent(id));
      }
      for (const query of queries(op)) {
        const route = `GET ${url}${query}`;
        const authed = await app.inject({
          method: 'GET',
          url: `${url}${query}`,
          headers: { authorization: admin },
        });
        results.push(check(route, op, authed));
        const anonymous = await app.inject({ method: 'GET', url: `${url}${query}` });
        results.push(check(`${route} (anonymous)`, op, anonymous));
        if (params.length) {
          const missing = await app.inject({
            method: 'GET',
            url: `${path.replace('{id}', 'no-such-record')}${query}`,
            headers: { authorization: admin },
          });
          results.push(check(`${route} (unknown id)`, op, missing));
        }
      }
    }
    expect(results.filter((r) => r.problems.length)).toEqual([]);
    // Real answers, not only errors: most routes answered 200 to the administrator.
    const ok = results.filter((r) => r.status === 200 && !r.route.endsWith(')'));
    expect(ok.length).toBeGreaterThan(40);
    // The media types the server sends beside JSON are among those checked.
    const routes = ok.map((r) => r.route).join('\n');
    for (const format of ['format=csv', 'format=md', 'format=pdf']) expect(routes).toContain(format);
    expect(routes).toContain('calendar.ics');
    expect(skipped.length).toBeLessThan(12);
  }, 180_000);

  it('declares security on every route that writes', () => {
    const unsecured = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })))
      .filter(
        ({ path, method }) =>
          method !== 'get' && path.startsWith('/api/v1/') && !path.startsWith('/api/v1/auth/'),
      )
      .filter(({ op }) => !op.security || op.security.length === 0)
      .map(({ method, path }) => `${method} ${path}`);
    expect(unsecured).toEqual([]);
  });
});
