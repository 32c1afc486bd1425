/** Administrators add users, list them, disable them and change their roles. Every change is audited. */
import { requirePermission } from '../../domain/access/permissions.ts';
import { AppError } from '../../domain/errors.ts';
import type { AuditAction } from '../../domain/audit/actions.ts';
import { appendAudit } from '../../store/audit.ts';
import type { Queryable } from '../../store/database.ts';
import { sessions, users } from '../../store/repositories/accounts.ts';
import type { AppContext } from '../context.ts';
import { requireParties } from '../ledger/references.ts';
import { newUserInput, type NewUserInput, type UserOutput, type UserRole } from './account.types.ts';
import { forgetCallers } from './caller-cache.ts';
import { hashPassword, passwordProblem, randomToken } from './secrets.ts';
import { toUserView } from './views.ts';
import { validInput } from '../valid-input.ts';

async function audit(
  ctx: AppContext,
  tx: Queryable,
  action: AuditAction,
  id: string,
  before: UserOutput | null,
  after: UserOutput | null,
) {
  await appendAudit(
    tx,
    {
      actor: ctx.actor.id,
      action,
      recordType: 'user',
      recordId: id,
      before,
      after,
      requestId: ctx.requestId,
    },
    ctx.clock.now(),
  );
}

/** Creates a user; without a password, a one-time password is generated, returned once, and must be changed at first sign-in. */
export async function createUser(
  ctx: AppContext,
  input: NewUserInput,
): Promise<{ user: UserOutput; oneTimePassword: string | null }> {
  requirePermission(ctx.actor, 'users:manage');
  input = validInput(newUserInput, input);
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password);
    if (problem)
      throw new AppError('invalid_input', `password: ${problem}`, {
        issues: [{ field: 'password', message: problem }],
      });
  }
  const oneTimePassword = input.password === undefined ? randomToken(15) : null;
  const hash = await hashPassword(input.password ?? oneTimePassword!);
  return ctx.db.transaction(async (tx) => {
    await requireParties(tx, { party: [input.party] });
    if (await users.get(tx, input.id)) throw new AppError('conflict', `user ${input.id} already exists`);
    await users.insert(tx, {
      id: input.id,
      display_name: input.display_name ?? null,
      role: input.role,
      party: input.party ?? null,
      password_hash: hash,
      must_change_password: oneTimePassword !== null,
    });
    const user = toUserView((await users.get(tx, input.id))!);
    await audit(ctx, tx, 'user.create', input.id, null, user);
    return { user, oneTimePassword };
  });
}

export async function listUsers(ctx: AppContext): Promise<UserOutput[]> {
  requirePermission(ctx.actor, 'users:manage');
  return (await users.list(ctx.db)).map(toUserView);
}

async function changeUser(
  ctx: AppContext,
  id: string,
  action: AuditAction,
  change: (before: UserOutput) => Parameters<typeof users.update>[2],
): Promise<UserOutput> {
  requirePermission(ctx.actor, 'users:manage');
  const after = await ctx.db.transaction(async (tx) => {
    const row = await users.get(tx, id);
    if (!row) throw new AppError('not_found', `no user ${id}`);
    const before = toUserView(row);
    const changes = change(before);
    await users.update(tx, id, changes, ctx.clock.now());
    if (changes.disabled || changes.role) await sessions.revokeAllOf(tx, id, ctx.clock.now());
    const after = toUserView((await users.get(tx, id))!);
    await audit(ctx, tx, action, id, before, after);
    return after;
  });
  // The user's sessions answer for who they now are from the next request on.
  forgetCallers(ctx.db);
  return after;
}

export function setUserDisabled(ctx: AppContext, id: string, disabled: boolean): Promise<UserOutput> {
  if (id === ctx.actor.id && disabled) throw new AppError('invalid_input', 'you cannot disable yourself');
  return changeUser(ctx, id, disabled ? 'user.disable' : 'user.enable', () => ({ disabled }));
}

export async function setUserRole(
  ctx: AppContext,
  id: string,
  role: UserRole,
  party: string | null,
): Promise<UserOutput> {
  if ((role === 'representative') !== !!party) {
    throw new AppError(
      'invalid_input',
      'party: a representative needs a party, and only a representative has one',
      {
        issues: [{ field: 'party', message: 'required for a representative only' }],
      },
    );
  }
  await requireParties(ctx.db, { party: [party] });
  return changeUser(ctx, id, 'user.set_role', () => ({ role, party }));
}
