import type { TokenRow, UserRow } from '../../store/repositories/accounts.ts';
import type { TokenOutput, UserOutput } from './account.types.ts';

export const toUserView = (u: UserRow): UserOutput => ({
  id: u.id,
  display_name: u.display_name,
  role: u.role,
  party: u.party,
  disabled: u.disabled,
  must_change_password: u.must_change_password,
  created_at: u.created_at.toISOString(),
  updated_at: u.updated_at.toISOString(),
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const toTokenView = (t: TokenRow): TokenOutput => ({
  id: t.id,
  name: t.name,
  role: t.role,
  party: t.party,
  created_by: t.created_by,
  created_at: t.created_at.toISOString(),
  expires_at: iso(t.expires_at),
  revoked_at: iso(t.revoked_at),
  last_used_at: iso(t.last_used_at),
});
