/** Sign-in with a session cookie, sign-out, who am I, and the password change. */
import * as z from 'zod';
import { SESSION_HOURS, changePassword, signOut } from '../../app/accounts/sign-in.ts';
import { signInThrottled } from '../../app/accounts/sign-in-throttled.ts';
import { actingAs } from '../../app/context.ts';
import { AppError } from '../../domain/errors.ts';
import { clearedSessionCookie, SESSION_COOKIE, sessionCookie } from '../cookies.ts';
import { requestActor } from '../actor.ts';
import { errorResponses } from '../schemas/common.ts';
import type { Api } from '../server.ts';

const me = z
  .object({
    user: z.string(),
    role: z.enum(['admin', 'coordinator', 'representative', 'analyst', 'public']),
    party: z.string().nullable(),
    csrf_token: z
      .string()
      .nullable()
      .describe('Send it back as the x-csrf-token header on every state-changing request'),
    must_change_password: z.boolean(),
  })
  .meta({ id: 'Me' });

export function authRoutes(app: Api): void {
  app.post(
    '/api/v1/auth/login',
    {
      config: { permission: 'public', throttled: true },
      schema: {
        tags: ['accounts'],
        summary: 'Sign in: sets a session cookie and returns the CSRF token',
        body: z.object({ user: z.string().min(1).max(64), password: z.string().min(1).max(200) }).strict(),
        response: { 200: me, 401: errorResponses[422], 429: errorResponses[422], ...errorResponses },
      },
    },
    async (request, reply) => {
      const { user, password } = request.body;
      const ctx = actingAs(request.server.ctx, requestActor(request), String(request.id));
      const session = await signInThrottled(ctx, { user, password, address: request.ip });
      reply.header('set-cookie', sessionCookie(session.sessionToken, SESSION_HOURS * 3600));
      const { actor } = session;
      return {
        user: actor.id,
        role: actor.role,
        party: actor.party,
        csrf_token: session.csrfToken,
        must_change_password: session.mustChangePassword,
      };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'Sign out: ends the session',
        response: { 204: z.undefined(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const body = request.body as unknown;
      const empty =
        body === undefined ||
        (typeof body === 'object' && body !== null && !Array.isArray(body) && !Object.keys(body).length);
      if (!empty) throw new AppError('invalid_input', 'sign-out takes no body');
      const token = request.cookies[SESSION_COOKIE];
      if (token) await signOut(request.server.ctx, token);
      reply.header('set-cookie', clearedSessionCookie());
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      config: { permission: 'public' },
      schema: { tags: ['accounts'], summary: 'Who is calling', response: { 200: me } },
    },
    async (request) => {
      const { actor, csrfToken, mustChangePassword } = request.caller;
      return {
        user: actor.id,
        role: actor.role,
        party: actor.party,
        csrf_token: csrfToken,
        must_change_password: mustChangePassword,
      };
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['accounts'],
        summary: 'Change one’s own password',
        body: z.object({ current: z.string().min(1).max(200), next: z.string().min(1).max(200) }).strict(),
        response: { 204: z.undefined(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requestActor(request);
      if (actor.role === 'public' || actor.id.startsWith('token:'))
        throw new AppError('unauthenticated', 'sign in to change your password');
      await changePassword(
        actingAs(request.server.ctx, actor, String(request.id)),
        request.body,
        request.cookies[SESSION_COOKIE] ?? null,
      );
      return reply.code(204).send();
    },
  );
}
