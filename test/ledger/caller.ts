/** Test callers of the API: a coordinator signed in with an API token, as scripts call it. */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { createApiToken } from '../../src/app/accounts/manage-tokens.ts';
import type { Api } from '../../src/http/server.ts';
import type { TestDatabase } from '../support/db.ts';

export type Call = (options: InjectOptions) => Promise<LightMyRequestResponse>;

export async function signedIn(
  app: Api,
  t: TestDatabase,
  role: 'coordinator' | 'representative' | 'analyst' = 'coordinator',
  party: string | null = null,
): Promise<{ call: Call; actor: string }> {
  const { token, info } = await createApiToken(t.ctx, { name: `test-${role}`, role, party });
  const call: Call = (options) =>
    app.inject({ ...options, headers: { ...options.headers, authorization: `Bearer ${token}` } });
  return { call, actor: `token:${info.id}` };
}
