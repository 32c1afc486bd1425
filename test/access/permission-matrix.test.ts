/**
 * Every route of the OpenAPI document, called by every role: the outcome must follow the one
 * permission map (src/domain/access/permissions.ts) and the permission the route declares.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/app/accounts/manage-tokens.ts';
import { can, type Permission } from '../../src/domain/access/permissions.ts';
import type { Role } from '../../src/domain/access/actor.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let app: Api;
const tokens = new Map<Role, string | null>();
beforeAll(async () => {
  t = await openTestDb();
  app = await buildServer(t.ctx, { logger: false });
  tokens.set('public', null);
  for (const role of ['admin', 'coordinator', 'representative', 'analyst'] as const) {
    const { token } = await createApiToken(t.ctx, {
      name: role,
      role,
      party: role === 'representative' ? 'DE' : null,
    });
    tokens.set(role, token);
  }
});
afterAll(async () => {
  await app.close();
  await t.close();
});

async function documentedRoutes(): Promise<{ method: string; path: string }[]> {
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, object>;
  };
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => ({ method: method.toUpperCase(), path })),
  );
}

describe('permission matrix', () => {
  it('every documented route declares the permission it needs', async () => {
    const routes = await documentedRoutes();
    expect(routes.length).toBeGreaterThan(20);
    const undeclared = routes.filter(({ method, path }) => {
      const fastifyPath = path.replace(/\{(\w+)\}/g, ':$1');
      return !app.routePermissions.get(`${method} ${fastifyPath}`);
    });
    expect(undeclared).toEqual([]);
  });

  it('every role gets exactly what the map grants, on every route', async () => {
    const failures: string[] = [];
    for (const { method, path } of await documentedRoutes()) {
      const permission = app.routePermissions.get(`${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`) as
        Permission | 'public';
      const url = path.replace(/\{\w+\}/g, 'zz-none');
      for (const [role, token] of tokens) {
        const res = await app.inject({
          method: method as 'GET',
          url,
          headers: token ? { authorization: `Bearer ${token}` } : {},
          ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
        });
        const denied = res.statusCode === 401 || res.statusCode === 403;
        if (res.statusCode >= 500) failures.push(`${method} ${path} as ${role}: ${res.statusCode}`);
        if (permission === 'public') continue;
        const allowed = can({ id: role, role, party: role === 'representative' ? 'DE' : null }, permission);
        if (allowed === denied)
          failures.push(
            `${method} ${path} as ${role}: ${res.statusCode} (${permission} ${allowed ? 'granted' : 'not granted'})`,
          );
        if (!allowed && res.statusCode !== (role === 'public' ? 401 : 403))
          failures.push(
            `${method} ${path} as ${role}: ${res.statusCode}, expected ${role === 'public' ? 401 : 403}`,
          );
      }
    }
    expect(failures).toEqual([]);
  });
});
