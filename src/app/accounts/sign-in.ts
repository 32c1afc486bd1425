/**
 * Signing in and out, changing one's password, and finding out who a session or an API token
 * belongs to. A failed sign-in never says whether the user exists.
 */
import type { Actor } from '../../domain/access/actor.ts';
import { AppError } from '../../domain/errors.ts';
import { appendAudit } from '../../store/audit.ts';
import { apiTokens, sessions, users } from '../../store/repositories/accounts.ts';
import type { AppContext } from '../context.ts';
import { forgetCallers, lastUsedDue, rememberedCaller } from './caller-cache.ts';
import { decoyHash, hashPassword, passwordProblem, randomToken, sha256, verifyPassword } from './secrets.ts';

export const SESSION_HOURS = 12;
const TOKEN_PATTERN = /^rst_([a-z0-9]{8})_([A-Za-z0-9_-]{20,})$/;

export interface Caller {
  actor: Actor;
  /** Set for web sessions: the value state-changing requests must echo. */
  csrfToken: string | null;
  mustChangePassword: boolean;
}

export async function signIn(
  ctx: AppContext,
  input: { user: string; password: string },
): Promise<{
  actor: Actor;
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
  mustChangePassword: boolean;
}> {
  const user = await users.get(ctx.db, input.user.toLowerCase());
  const ok = await verifyPassword(input.password, user?.password_hash ?? decoyHash);
  if (!user || !ok || user.disabled) throw new AppError('unauthenticated', 'invalid user name or password');
  const sessionToken = randomToken();
  const csrfToken = randomToken(24);
  const expiresAt = new Date(ctx.clock.now().getTime() + SESSION_HOURS * 3600_000);
  await ctx.db.transaction(async (tx) => {
    await sessions.insert(tx, {
      tokenSha256: sha256(sessionToken),
      userId: user.id,
      csrf: csrfToken,
      expiresAt,
    });
    await appendAudit(
      tx,
      {
        actor: user.id,
        action: 'session.create',
        recordType: 'user',
        recordId: user.id,
        before: null,
        after: { expires_at: expiresAt.toISOString() },
        requestId: ctx.requestId,
      },
      ctx.clock.now(),
    );
  });
  return {
    actor: { id: user.id, role: user.role, party: user.party },
    sessionToken,
    csrfToken,
    expiresAt,
    mustChangePassword: user.must_change_password,
  };
}

export async function signOut(ctx: AppContext, sessionToken: string): Promise<void> {
  await sessions.revoke(ctx.db, sha256(sessionToken), ctx.clock.now());
  forgetCallers(ctx.db);
}

/** The caller of a session cookie (remembered briefly: caller-cache.ts), or null when it has ended. */
export async function resolveSession(ctx: AppContext, sessionToken: string): Promise<Caller | null> {
  const hash = sha256(sessionToken);
  const now = ctx.clock.now();
  return rememberedCaller(ctx.db, `session:${hash}`, now, async () => {
    const session = await sessions.find(ctx.db, hash, now);
    if (!session) return null;
    const user = await users.get(ctx.db, session.user_id);
    if (!user || user.disabled) return null;
    const caller: Caller = {
      actor: { id: user.id, role: user.role, party: user.party },
      csrfToken: session.csrf_token,
      mustChangePassword: user.must_change_password,
    };
    return { value: caller, until: new Date(session.expires_at) };
  });
}

/**
 * The caller of an API token (remembered briefly: caller-cache.ts), or null when it is unknown,
 * revoked or expired. Its "last used" is written at most once a minute.
 */
export async function resolveApiToken(ctx: AppContext, token: string): Promise<Caller | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const hash = sha256(token);
  const now = ctx.clock.now();
  let recorded: Date | null | undefined;
  const found = await rememberedCaller(ctx.db, `token:${hash}`, now, async () => {
    const row = await apiTokens.findActive(ctx.db, hash, now);
    if (!row) return null;
    recorded = row.last_used_at === null ? null : new Date(row.last_used_at);
    const caller: Caller = {
      actor: { id: `token:${row.id}`, role: row.role, party: row.party },
      csrfToken: null,
      mustChangePassword: false,
    };
    return {
      value: { caller, id: row.id },
      until: row.expires_at === null ? null : new Date(row.expires_at),
    };
  });
  if (!found) return null;
  if (lastUsedDue(ctx.db, found.id, now, recorded)) await apiTokens.touch(ctx.db, found.id, now);
  return found.caller;
}

/**
 * A new password ends every other session of the user: whoever else held one (a stolen cookie, a
 * forgotten browser) must sign in again. `keepSession` is the session making the change.
 */
export async function changePassword(
  ctx: AppContext,
  input: { current: string; next: string },
  keepSession: string | null = null,
): Promise<void> {
  const user = await users.get(ctx.db, ctx.actor.id);
  if (!user || !(await verifyPassword(input.current, user.password_hash))) {
    throw new AppError('unauthenticated', 'the current password is wrong');
  }
  const problem = passwordProblem(input.next);
  if (problem)
    throw new AppError('invalid_input', `new password: ${problem}`, {
      issues: [{ field: 'next', message: problem }],
    });
  if (input.next === input.current)
    throw new AppError('invalid_input', 'new password: must differ from the current one');
  const hash = await hashPassword(input.next);
  await ctx.db.transaction(async (tx) => {
    await users.update(tx, user.id, { password_hash: hash, must_change_password: false }, ctx.clock.now());
    await sessions.revokeAllOf(tx, user.id, ctx.clock.now(), keepSession ? sha256(keepSession) : null);
    await appendAudit(
      tx,
      {
        actor: ctx.actor.id,
        action: 'user.change_password',
        recordType: 'user',
        recordId: user.id,
        before: null,
        after: null,
        requestId: ctx.requestId,
      },
      ctx.clock.now(),
    );
  });
  forgetCallers(ctx.db);
}
