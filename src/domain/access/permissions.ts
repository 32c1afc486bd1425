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

/**
 * Whose a record is: the party that owns it and the parties it speaks for (a commitment's donor,
 * a claim's or policy event's party). A record without an owner is the coordinators' to keep.
 */
export interface Ownership {
  owner: string | null;
  speaksFor?: readonly (string | null | undefined)[];
}

/**
 * A national representative writes only records owned by their own party and made in its name:
 * never a pledge of another nation, nor a record whose owner is another party (or none).
 */
export function mayWrite(actor: Actor, record: Ownership): boolean {
  const rule = writeRule(actor);
  switch (rule.writes) {
    case 'nothing':
      return false;
    case 'everything':
      return true;
    case 'own party':
      if (!rule.party || record.owner !== rule.party) return false;
      return (record.speaksFor ?? []).every((party) => !party || party === rule.party);
  }
}

/** Which ledger records `actor` may change, as the store's write statements apply it too. */
export type WriteRule =
  { writes: 'everything' } | { writes: 'own party'; party: string | null } | { writes: 'nothing' };

export function writeRule(actor: Actor): WriteRule {
  if (!can(actor, 'ledger:write')) return { writes: 'nothing' };
  if (actor.role !== 'representative') return { writes: 'everything' };
  return { writes: 'own party', party: actor.party };
}

export function requireWrite(actor: Actor, record: Ownership): void {
  requirePermission(actor, 'ledger:write');
  if (mayWrite(actor, record)) return;
  throw new AppError(
    'forbidden',
    `a representative of ${actor.party} may only write records of ${actor.party}: owned by it and made in its name`,
  );
}

/** A national representative writes only the records of their own party. */
export function requireWriteFor(actor: Actor, ownerParty: string | null): void {
  requireWrite(actor, { owner: ownerParty });
}

/**
 * A create that names the id of an existing record: the same answer whether or not the caller
 * may see that record, so that the answer tells nothing about hidden ones.
 */
export function idTaken(kind: string, id: string): AppError {
  return new AppError('conflict', `${kind} id ${id} is not available: choose another, or leave it out`);
}
