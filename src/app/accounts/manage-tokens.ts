/** API tokens for scripts: shown once, stored hashed, scoped to a role, with expiry and revocation. */
import { randomBytes } from 'node:crypto';
import { requirePermission } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import { appendAudit } from '../../store/audit.ts';
import { apiTokens } from '../../store/repositories/accounts.ts';
import type { AppContext } from '../context.ts';
import { requireParties } from '../ledger/references.ts';
import type { NewTokenInput, TokenOutput } from './account.types.ts';
import { forgetCallers } from './caller-cache.ts';
import { randomToken, sha256 } from './secrets.ts';
import { toTokenView } from './views.ts';

export async function createApiToken(
  ctx: AppContext,
  input: NewTokenInput,
): Promise<{ token: string; info: TokenOutput }> {
  requirePermission(ctx.actor, 'users:manage');
  const id = randomBytes(5).toString('hex').slice(0, 8);
  const token = `rst_${id}_${randomToken(30)}`;
  const now = ctx.clock.now();
  const expiresAt = input.expires_in_days
    ? new Date(now.getTime() + input.expires_in_days * 86_400_000)
    : null;
  return ctx.db.transaction(async (tx) => {
    await requireParties(tx, { party: [input.party] });
    await apiTokens.insert(tx, {
      id,
      name: input.name,
      tokenSha256: sha256(token),
      role: input.role,
      party: input.party ?? null,
      created_by: ctx.actor.id,
      expires_at: expiresAt,
    });
    const info = toTokenView((await apiTokens.list(tx)).find((t) => t.id === id)!);
    await appendAudit(
      tx,
      {
        actor: ctx.actor.id,
        action: 'token.create',
        recordType: 'api_token',
        recordId: id,
        before: null,
        after: info,
        requestId: ctx.requestId,
      },
      now,
    );
    return { token, info };
  });
}

export async function listApiTokens(ctx: AppContext): Promise<TokenOutput[]> {
  requirePermission(ctx.actor, 'users:manage');
  return (await apiTokens.list(ctx.db)).map(toTokenView);
}

export async function revokeApiToken(ctx: AppContext, id: string): Promise<void> {
  requirePermission(ctx.actor, 'users:manage');
  await ctx.db.transaction(async (tx) => {
    if (!(await apiTokens.revoke(tx, id, ctx.clock.now())))
      throw new AppError('not_found', `no active token ${id}`);
    await appendAudit(
      tx,
      {
        actor: ctx.actor.id,
        action: 'token.revoke',
        recordType: 'api_token',
        recordId: id,
        before: null,
        after: null,
        requestId: ctx.requestId,
      },
      ctx.clock.now(),
    );
  });
  // The token is refused from the next request on.
  forgetCallers(ctx.db);
}
