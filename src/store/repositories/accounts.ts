/** Users, sessions and API tokens. Only hashes of secrets are ever stored. */
import type { Queryable } from '../database.ts';

export interface UserRow {
  id: string;
  display_name: string | null;
  role: 'admin' | 'coordinator' | 'representative' | 'analyst';
  party: string | null;
  password_hash: string;
  must_change_password: boolean;
  disabled: boolean;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface TokenRow {
  id: string;
  name: string;
  role: UserRow['role'];
  party: string | null;
  created_by: string;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

export const users = {
  async get(db: Queryable, id: string): Promise<UserRow | undefined> {
    const [row] = await db.query<UserRow>('SELECT * FROM users WHERE id = $1', [id]);
    return row;
  },
  async list(db: Queryable): Promise<UserRow[]> {
    return db.query<UserRow>('SELECT * FROM users ORDER BY id');
  },
  async count(db: Queryable): Promise<number> {
    const [row] = await db.query<{ n: bigint }>('SELECT count(*) AS n FROM users');
    return Number(row?.n ?? 0);
  },
  async insert(
    db: Queryable,
    user: Omit<UserRow, 'version' | 'created_at' | 'updated_at' | 'disabled'>,
  ): Promise<void> {
    await db.query(
      `INSERT INTO users (id, display_name, role, party, password_hash, must_change_password) VALUES ($1, $2, $3, $4, $5, $6)`,
      [user.id, user.display_name, user.role, user.party, user.password_hash, user.must_change_password],
    );
  },
  async update(
    db: Queryable,
    id: string,
    changes: Partial<Pick<UserRow, 'role' | 'party' | 'password_hash' | 'must_change_password' | 'disabled'>>,
    at: Date,
  ) {
    const names = Object.keys(changes);
    await db.query(
      `UPDATE users SET ${names.map((n, i) => `${n} = $${i + 2}`).join(', ')}, version = version + 1, updated_at = $${names.length + 2}
        WHERE id = $1`,
      [id, ...Object.values(changes), at],
    );
  },
};

export const sessions = {
  async insert(db: Queryable, s: { tokenSha256: string; userId: string; csrf: string; expiresAt: Date }) {
    await db.query(
      'INSERT INTO sessions (token_sha256, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)',
      [s.tokenSha256, s.userId, s.csrf, s.expiresAt],
    );
  },
  async find(db: Queryable, tokenSha256: string, now: Date) {
    const [row] = await db.query<{ user_id: string; csrf_token: string; expires_at: Date }>(
      `SELECT user_id, csrf_token, expires_at FROM sessions WHERE token_sha256 = $1 AND revoked_at IS NULL AND expires_at > $2`,
      [tokenSha256, now],
    );
    return row;
  },
  async revoke(db: Queryable, tokenSha256: string, at: Date) {
    await db.query('UPDATE sessions SET revoked_at = $2 WHERE token_sha256 = $1 AND revoked_at IS NULL', [
      tokenSha256,
      at,
    ]);
  },
  /** Ends the user's sessions, all but `except` (the hash of the session that asked) when given. */
  async revokeAllOf(db: Queryable, userId: string, at: Date, except: string | null = null) {
    await db.query(
      `UPDATE sessions SET revoked_at = $2
        WHERE user_id = $1 AND revoked_at IS NULL AND ($3::text IS NULL OR token_sha256 <> $3)`,
      [userId, at, except],
    );
  },
};

export const apiTokens = {
  async insert(
    db: Queryable,
    t: Omit<TokenRow, 'created_at' | 'revoked_at' | 'last_used_at'> & { tokenSha256: string },
  ) {
    await db.query(
      `INSERT INTO api_tokens (id, name, token_sha256, role, party, created_by, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [t.id, t.name, t.tokenSha256, t.role, t.party, t.created_by, t.expires_at],
    );
  },
  async findActive(db: Queryable, tokenSha256: string, now: Date): Promise<TokenRow | undefined> {
    const [row] = await db.query<TokenRow>(
      `SELECT id, name, role, party, created_by, created_at, expires_at, revoked_at, last_used_at FROM api_tokens
        WHERE token_sha256 = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)`,
      [tokenSha256, now],
    );
    return row;
  },
  async touch(db: Queryable, id: string, at: Date) {
    await db.query('UPDATE api_tokens SET last_used_at = $2 WHERE id = $1', [id, at]);
  },
  async list(db: Queryable): Promise<TokenRow[]> {
    return db.query<TokenRow>(
      'SELECT id, name, role, party, created_by, created_at, expires_at, revoked_at, last_used_at FROM api_tokens ORDER BY created_at, id',
    );
  },
  async revoke(db: Queryable, id: string, at: Date): Promise<boolean> {
    const rows = await db.query(
      'UPDATE api_tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL RETURNING id',
      [id, at],
    );
    return rows.length === 1;
  },
};
