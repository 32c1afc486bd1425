/**
 * The one map from role to permissions. Every route and CLI command names the permission it
 * needs; the rule on which records a role sees is in visibility.ts.
 */
import { AppError } from '../errors.ts';
import type { Actor, Role } from './actor.ts';

export const permissions = [
  'ledger:read',
  'ledger:write',
  'reference:read',
  'reference:write',
  'reports:read',
  'extract:run',
  'review:write',
  'audit:read',
  'users:manage',
] as const;
export type Permission = (typeof permissions)[number];

const read: Permission[] = ['ledger:read', 'reference:read', 'reports:read'];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: [...permissions],
  coordinator: [...read, 'reference:write', 'ledger:write', 'extract:run', 'review:write', 'audit:read'],
  representative: [...read, 'ledger:write', 'audit:read'],
  analyst: [...read, 'extract:run', 'review:write'],
  public: read,
};

export function can(actor: Actor, permission: Permission): boolean {
  return rolePermissions[actor.role].includes(permission);
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (can(actor, permission)) return;
  if (actor.role === 'public') throw new AppError('unauthenticated', 'sign in to do this');
  throw new AppError('forbidden', `your role (${actor.role}) may not do this`);
}

/** A national representative writes only the records of their own party. */
export function requireWriteFor(actor: Actor, ownerParty: string): void {
  requirePermission(actor, 'ledger:write');
  if (actor.role === 'representative' && actor.party !== ownerParty) {
    throw new AppError(
      'forbidden',
      `a representative of ${actor.party} may only write records of ${actor.party}`,
    );
  }
}
