import * as z from 'zod';
import { partyCode } from '../ledger/fields.ts';

export const userRole = z.enum(['admin', 'coordinator', 'representative', 'analyst']);
export type UserRole = z.infer<typeof userRole>;

export const userName = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9._-]{1,63}$/,
    'lower-case letters, digits, dot, dash or underscore; 2 to 64 characters',
  );

/** A representative speaks for exactly one party; no other role has one. */
export const roleAndParty = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object({ role: userRole, party: partyCode.nullable().optional(), ...shape })
    .strict()
    .refine(
      (v) => {
        const { role, party } = v as { role: UserRole; party?: string | null };
        return (role === 'representative') === !!party;
      },
      {
        message: 'a representative needs a party, and only a representative has one',
        path: ['party'],
      },
    );

export const newUserInput = roleAndParty({
  id: userName,
  display_name: z.string().max(200).nullable().optional(),
  password: z.string().max(200).optional(),
});
export type NewUserInput = z.infer<typeof newUserInput>;

export const newTokenInput = roleAndParty({
  name: z.string().min(1).max(100),
  expires_in_days: z.number().int().min(1).max(3650).nullable().optional(),
});
export type NewTokenInput = z.infer<typeof newTokenInput>;

export const userOutput = z
  .object({
    id: z.string(),
    display_name: z.string().nullable(),
    role: userRole,
    party: z.string().nullable(),
    disabled: z.boolean(),
    must_change_password: z.boolean(),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: 'User' });
export type UserOutput = z.infer<typeof userOutput>;

export const tokenOutput = z
  .object({
    id: z.string(),
    name: z.string(),
    role: userRole,
    party: z.string().nullable(),
    created_by: z.string(),
    created_at: z.string(),
    expires_at: z.string().nullable(),
    revoked_at: z.string().nullable(),
    last_used_at: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });
export type TokenOutput = z.infer<typeof tokenOutput>;
