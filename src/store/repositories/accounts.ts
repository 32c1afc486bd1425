/** Users, sessions and API tokens. Only hashes of secrets are ever stored. */
import { sql } from 'kysely';
import type { Queryable } from '../database.ts';
import { kysely } from '../kysely.ts';

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
    const { rows } = await sql<UserRow>`SELECT * FROM users WHERE id = ${id}`.execute(kysely(db));
    return rows[0];
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
    await sql`INSERT INTO users (id, display_name, role, party, password_hash, must_change_password)
      VALUES (${user.id}, ${user.display_name}, ${user.role}, ${user.party}, ${user.password_hash},
              ${user.must_change_password})`.execute(kysely(db));
  },
  async update(
    db: Queryable,
    id: string,
    changes: Partial<Pick<UserRow, 'role' | 'party' | 'password_hash' | 'must_change_password' | 'disabled'>>,
    at: Date,
  ) {
    const set = Object.entries(changes).map(([name, value]) => sql`${sql.ref(name)} = ${value}`);
    await sql`UPDATE users SET ${sql.join([...set, sql`version = version + 1`, sql`updated_at = ${at}`])}
      WHERE id = ${id}`.execute(kysely(db));
  },
};

export const sessions = {
  async insert(db: Queryable, s: { tokenSha256: string; userId: string; csrf: string; expiresAt: Date }) {
    await sql`INSERT INTO sessions (token_sha256, user_id, csrf_token, expires_at)
      VALUES (${s.tokenSha256}, ${s.userId}, ${s.csrf}, ${s.expiresAt})`.execute(kysely(db));
  },
  async find(db: Queryable, tokenSha256: string, now: Date) {
    const { rows } = await sql<{ user_id: string; csrf_token: string; expires_at: Date }>`
      SELECT user_id, csrf_token, expires_at FROM sessions
       WHERE token_sha256 = ${tokenSha256} AND revoked_at IS NULL AND expires_at > ${now}`.execute(
      kysely(db),
    );
    return rows[0];
  },
  async revoke(db: Queryable, tokenSha256: string, at: Date) {
    await sql`UPDATE sessions SET revoked_at = ${at}
      WHERE token_sha256 = ${tokenSha256} AND revoked_at IS NULL`.execute(kysely(db));
  },
  /** Ends the user's sessions, all but `except` (the hash of the session that asked) when given. */
  async revokeAllOf(db: Queryable, userId: string, at: Date, except: string | null = null) {
    const others = except === null ? sql`TRUE` : sql`token_sha256 <> ${except}`;
    await sql`UPDATE sessions SET revoked_at = ${at}
      WHERE user_id = ${userId} AND revoked_at IS NULL AND ${others}`.execute(kysely(db));
  },
};

export const apiTokens = {
  async insert(
    db: Queryable,
    t: Omit<TokenRow, 'created_at' | 'revoked_at' | 'last_used_at'> & { tokenSha256: string },
  ) {
    await sql`INSERT INTO api_tokens (id, name, token_sha256, role, party, created_by, expires_at)
      VALUES (${t.id}, ${t.name}, ${t.tokenSha256}, ${t.role}, ${t.party}, ${t.created_by}, ${t.expires_at})`.execute(
      kysely(db),
    );
  },
  async findActive(db: Queryable, tokenSha256: string, now: Date): Promise<TokenRow | undefined> {
    const { rows } = await sql<TokenRow>`
      SELECT id, name, role, party, created_by, created_at, expires_at, revoked_at, last_used_at FROM api_tokens
       WHERE token_sha256 = ${tokenSha256} AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ${now})`.execute(
      kysely(db),
    );
    return rows[0];
  },
  async touch(db: Queryable, id: string, at: Date) {
    await sql`UPDATE api_tokens SET last_used_at = ${at} WHERE id = ${id}`.execute(kysely(db));
  },
  async list(db: Queryable): Promise<TokenRow[]> {
    return db.query<TokenRow>(
      'SELECT id, name, role, party, created_by, created_at, expires_at, revoked_at, last_used_at FROM api_tokens ORDER BY created_at, id',
    );
  },
  async revoke(db: Queryable, id: string, at: Date): Promise<boolean> {
    const { rows } = await sql`UPDATE api_tokens SET revoked_at = ${at}
      WHERE id = ${id} AND revoked_at IS NULL RETURNING id`.execute(kysely(db));
    return rows.length === 1;
  },
};
