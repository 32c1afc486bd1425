/**
 * Who is calling: resolved once per request from an API token (`Authorization: Bearer rst_…`),
 * the local operator's token that a server on an embedded folder writes into it, or a session
 * cookie; nobody else is the anonymous public. Also enforces CSRF protection for cookie sessions
 * and the first-sign-in password change.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { resolveApiToken, resolveSession, type Caller } from '../app/accounts/sign-in.ts';
import { publicActor, systemActor, type Actor } from '../domain/access/actor.ts';
import { AppError } from '../domain/errors.ts';
import { SESSION_COOKIE } from './cookies.ts';

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller;
  }
}

const anonymous: Caller = { actor: publicActor, csrfToken: null, mustChangePassword: false };
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Writable while a one-time password still has to be replaced (every other API write is refused). */
const passwordChangePaths = ['/api/v1/auth/'];

const digest = (text: string) => createHash('sha256').update(text).digest();

/** The command line beside the server, with the token the server wrote into its data folder. */
function localOperator(request: FastifyRequest, token: string): Caller | null {
  const local = request.server.localToken;
  if (!local || !timingSafeEqual(digest(token), digest(local))) return null;
  return { actor: systemActor, csrfToken: null, mustChangePassword: false };
}

export function requestActor(request: FastifyRequest): Actor {
  return request.caller?.actor ?? publicActor;
}

export async function identifyCaller(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  const { ctx } = request.server;
  request.caller = anonymous;
  const authorization = request.headers.authorization;
  if (authorization) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const caller = token ? (localOperator(request, token) ?? (await resolveApiToken(ctx, token))) : null;
    if (!caller) throw new AppError('unauthenticated', 'the API token is invalid, expired or revoked');
    request.caller = caller;
    return;
  }
  const session = request.cookies[SESSION_COOKIE];
  if (!session) return;
  const caller = await resolveSession(ctx, session);
  if (!caller) return;
  request.caller = caller;
  if (!safeMethods.has(request.method) && request.headers['x-csrf-token'] !== caller.csrfToken) {
    throw new AppError('forbidden', 'missing or wrong x-csrf-token header for this session');
  }
  const path = request.url.split('?')[0]!;
  // Pages, files and reads stay reachable, so that a reload still shows the password form and sign-out.
  if (
    caller.mustChangePassword &&
    !safeMethods.has(request.method) &&
    path.startsWith('/api/') &&
    !passwordChangePaths.some((p) => path.startsWith(p))
  ) {
    throw new AppError('forbidden', 'choose a new password first (POST /api/v1/auth/password)');
  }
}
