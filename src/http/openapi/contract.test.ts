import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiDocument, schemaTypes, schemaTypesFile } from './document.ts';

type Json = Record<string, unknown>;
interface Response {
  content?: Record<string, { schema?: Json }>;
  headers?: Json;
}
interface Operation {
  operationId?: string;
  security?: Json[];
  responses: Record<string, Response>;
}

let document: Json;
const operations: [string, Operation][] = [];

beforeAll(async () => {
  document = await apiDocument();
  for (const [path, methods] of Object.entries(document.paths as Record<string, Record<string, Operation>>))
    for (const [method, operation] of Object.entries(methods))
      operations.push([`${method} ${path}`, operation]);
}, 60_000);

describe('the OpenAPI document', () => {
  it('passes Redocly lint with no error', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'ramstein-openapi-')), 'openapi.json');
    await writeFile(file, JSON.stringify(document));
    const lint = await promisify(execFile)('npx', ['redocly', 'lint', file, '--format=json'], {
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stdout: string }) => error);
    const problems = (
      JSON.parse(lint.stdout) as { problems: { severity: string; ruleId: string; message: string }[] }
    ).problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.ruleId}: ${p.message}`);
    expect(problems).toEqual([]);
  }, 60_000);

  it('says how to authenticate, and who may call each operation', () => {
    const schemes = (document.components as { securitySchemes: Json }).securitySchemes;
    expect(Object.keys(schemes).sort()).toEqual(['bearer', 'csrf', 'session']);
    const login = operations.find(([name]) => name === 'post /api/v1/auth/login')![1];
    expect(login.security).toContainEqual({});
    const createUser = operations.find(([name]) => name === 'post /api/v1/users')![1];
    expect(createUser.security).toEqual([{ session: [], csrf: [] }, { bearer: [] }]);
    expect(Object.keys(createUser.responses)).toEqual(expect.arrayContaining(['401', '403', '422']));
  });

  it('names every operation once', () => {
    const ids = operations.map(([, operation]) => operation.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('declares errors as problem+json and every media type a route answers with', () => {
    for (const [name, operation] of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) >= 400 && name !== 'get /healthz')
          expect(Object.keys(response.content ?? {}), `${name} ${status}`).toEqual([
            'application/problem+json',
          ]);
      }
    }
    const media = (name: string) =>
      Object.keys(operations.find(([n]) => n === name)![1].responses['200']!.content!);
    expect(media('get /api/v1/meetings/{id}/brief')).toEqual([
      'application/json',
      'text/markdown',
      'application/pdf',
    ]);
    expect(media('get /api/v1/calendar.ics')).toEqual(['text/calendar']);
    expect(media('get /api/v1/requirements/{id}')).toContain('text/csv');
  });

  it('declares the ETag, Location and Retry-After headers clients read', () => {
    const responses = (name: string) => operations.find(([n]) => n === name)![1].responses;
    expect(responses('get /api/v1/commitments/{id}')['200']!.headers).toHaveProperty('etag');
    expect(responses('get /api/v1/commitments/{id}')).toHaveProperty('304');
    expect(responses('post /api/v1/commitments')['201']!.headers).toHaveProperty('location');
    expect(responses('post /api/v1/auth/login')['429']!.headers).toHaveProperty('retry-after');
  });
});

describe('the web application API types', () => {
  it('are generated from the current document (npm run api:types)', async () => {
    const committed = await readFile(schemaTypesFile, 'utf8');
    expect(
      committed === (await schemaTypes(document)),
      'web/src/api/schema.d.ts is stale: run npm run api:types',
    ).toBe(true);
  }, 60_000);
});
