import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureFirstAdmin, removeUsedPasswordFile } from '../../src/app/accounts/ensure-first-admin.ts';
import { createApiToken, revokeApiToken } from '../../src/app/accounts/manage-tokens.ts';
import { createUser, setUserDisabled, setUserRole } from '../../src/app/accounts/manage-users.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import { openTestDb, tempDir, type TestDatabase } from '../support/db.ts';

let t: TestDatabase;
let app: Api;
beforeAll(async () => {
  t = await openTestDb();
  app = await buildServer(t.ctx, { logger: false });
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const login = (user: string, password: string, ip = '10.0.0.1') =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { user, password }, remoteAddress: ip });
const cookieOf = (res: { headers: Record<string, unknown> }) =>
  String(res.headers['set-cookie']).split(';')[0]!;
const newCommitment = {
  donor: 'DE',
  recipient: 'UA',
  mode: 'donation',
  items: [{ category: 'munitions', quantity: 10 }],
};

describe('first start', () => {
  it('creates an administrator with a one-time password in a file only the owner can read', async () => {
    const folder = tempDir();
    const file = await ensureFirstAdmin(t.ctx, folder);
    expect(file).toBe(path.join(folder, 'admin-password.txt'));
    expect(fs.statSync(file!).mode & 0o777).toBe(0o600);
    const password = /one-time password: (\S+)/.exec(fs.readFileSync(file!, 'utf8'))![1]!;
    expect(await ensureFirstAdmin(t.ctx, folder)).toBeNull(); // only once

    const res = await login('admin', password);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: 'admin', role: 'admin', must_change_password: true });
    const cookie = cookieOf(res);
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly; Secure; SameSite=Strict/);
    const csrf = res.json().csrf_token as string;
    // Until the one-time password is replaced, no other API write is accepted…
    const blocked = await app.inject({
      method: 'POST',
      url: '/api/v1/commitments',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: newCommitment,
    });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().detail).toMatch(/choose a new password first/);
    // …but a reload still gets its page, its files and who is signed in, so the password form shows.
    for (const url of ['/', '/sign-in', '/ledger', '/api/v1/auth/me']) {
      const page = await app.inject({ method: 'GET', url, headers: { cookie, accept: 'text/html,*/*' } });
      expect(page.statusCode, url).toBe(200);
    }
    const signOut = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(signOut.statusCode).toBe(204);
    const second = await login('admin', password);
    const changed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: cookieOf(second), 'x-csrf-token': second.json().csrf_token },
      payload: { current: password, next: 'a much longer passphrase' },
    });
    expect(changed.statusCode).toBe(204);
    // The one-time password is spent: its file goes.
    expect(await removeUsedPasswordFile(t.ctx, folder)).toBe(true);
    expect(fs.existsSync(file!)).toBe(false);
    const users = await app.inject({
      method: 'GET',
      url: '/api/v1/users',
      headers: { cookie: cookieOf(second) },
    });
    expect(users.statusCode).toBe(200);
  });
});

describe('sessions', () => {
  beforeAll(async () => {
    await createUser(t.ctx, {
      id: 'anna',
      role: 'representative',
      party: 'DE',
      password: 'correct horse battery',
    });
  });

  it('refuses a wrong password or an unknown user with the same message', async () => {
    const wrong = await login('anna', 'not the password', '10.0.0.2');
    const unknown = await login('nobody', 'not the password', '10.0.0.2');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
  });

  it('requires the CSRF token for state-changing requests made with the cookie', async () => {
    const res = await login('anna', 'correct horse battery', '10.0.0.3');
    const cookie = cookieOf(res);
    const without = await app.inject({
      method: 'POST',
      url: '/api/v1/commitments',
      headers: { cookie },
      payload: newCommitment,
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().detail).toMatch(/x-csrf-token/);
    const withToken = await app.inject({
      method: 'POST',
      url: '/api/v1/commitments',
      headers: { cookie, 'x-csrf-token': res.json().csrf_token },
      payload: newCommitment,
    });
    expect(withToken.statusCode).toBe(201);
    expect(withToken.json()).toMatchObject({ donor: 'DE', owner_party: 'DE' });
  });

  it("binds a representative's writes to their nation", async () => {
    const res = await login('anna', 'correct horse battery', '10.0.0.4');
    const other = await app.inject({
      method: 'POST',
      url: '/api/v1/commitments',
      headers: { cookie: cookieOf(res), 'x-csrf-token': res.json().csrf_token },
      payload: { ...newCommitment, donor: 'FR' },
    });
    expect(other.statusCode).toBe(403);
    expect(other.json().detail).toMatch(/only write records of DE/);
  });

  it('ends the session at sign-out and when the user is disabled', async () => {
    const res = await login('anna', 'correct horse battery', '10.0.0.5');
    const cookie = cookieOf(res);
    const me = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ user: 'anna', role: 'representative', party: 'DE' });
    await setUserDisabled(t.ctx, 'anna', true);
    const after = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    expect(after.json()).toMatchObject({ role: 'public' });
    expect((await login('anna', 'correct horse battery', '10.0.0.5')).statusCode).toBe(401);
    await setUserDisabled(t.ctx, 'anna', false);
  });

  it('slows down guessing: the sixth failure in a row is refused with Retry-After', async () => {
    await createUser(t.ctx, { id: 'bert', role: 'analyst', password: 'another long passphrase' });
    for (let i = 0; i < 5; i++) expect((await login('bert', `guess ${i}`, '10.0.0.9')).statusCode).toBe(401);
    const blocked = await login('bert', 'another long passphrase', '10.0.0.10');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('API tokens', () => {
  it('act with their role, are stored hashed, and stop working when revoked or expired', async () => {
    const { token, info } = await createApiToken(t.ctx, {
      name: 'script',
      role: 'analyst',
      party: null,
      expires_in_days: 30,
    });
    const [stored] = await t.db.query<{ token_sha256: string }>(
      'SELECT token_sha256 FROM api_tokens WHERE id = $1',
      [info.id],
    );
    expect(stored!.token_sha256).not.toContain(token.split('_')[2]);
    const auth = { authorization: `Bearer ${token}` };
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: auth })).json()).toMatchObject(
      { role: 'analyst' },
    );
    const write = await app.inject({
      method: 'POST',
      url: '/api/v1/commitments',
      headers: auth,
      payload: newCommitment,
    });
    expect(write.statusCode).toBe(403);
    await revokeApiToken(t.ctx, info.id);
    expect((await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: auth })).statusCode).toBe(401);

    const short = await createApiToken(t.ctx, {
      name: 'old',
      role: 'coordinator',
      party: null,
      expires_in_days: 1,
    });
    await t.db.query(`UPDATE api_tokens SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
      short.info.id,
    ]);
    const expired = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${short.token}` },
    });
    expect(expired.statusCode).toBe(401);
  });

  it('keeps secrets out of listings and the audit trail', async () => {
    const { token } = await createApiToken(t.ctx, { name: 'listed', role: 'coordinator', party: null });
    const [trail] = await t.db.query<{ text: string }>(
      `SELECT string_agg(coalesce(after::text, ''), ' ') AS text FROM audit_events`,
    );
    expect(trail!.text).not.toContain(token);
    expect(trail!.text).not.toMatch(/scrypt\$/);
  });
});

describe('who is calling, remembered between requests', () => {
  const me = (headers: Record<string, string>) =>
    app.inject({ method: 'GET', url: '/api/v1/auth/me', headers });

  beforeAll(async () => {
    await createUser(t.ctx, { id: 'carl', role: 'analyst', password: 'yet another passphrase' });
  });

  it('refuses a signed-out session on the very next request, though it was just used', async () => {
    const res = await login('carl', 'yet another passphrase', '10.0.1.1');
    const cookie = cookieOf(res);
    expect((await me({ cookie })).json()).toMatchObject({ user: 'carl', role: 'analyst' });
    expect((await me({ cookie })).json()).toMatchObject({ user: 'carl', role: 'analyst' });
    const out = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, 'x-csrf-token': res.json().csrf_token },
    });
    expect(out.statusCode).toBe(204);
    expect((await me({ cookie })).json()).toMatchObject({ role: 'public' });
    const write = await app.inject({
      method: 'POST',
      url: '/api/v1/commitments',
      headers: { cookie, 'x-csrf-token': res.json().csrf_token },
      payload: newCommitment,
    });
    expect(write.statusCode).toBe(401);
  });

  it("answers with a user's new role from the next request on (the change ends their sessions)", async () => {
    const res = await login('carl', 'yet another passphrase', '10.0.1.2');
    const cookie = cookieOf(res);
    expect((await me({ cookie })).json()).toMatchObject({ role: 'analyst' });
    await setUserRole(t.ctx, 'carl', 'coordinator', null);
    expect((await me({ cookie })).json()).toMatchObject({ role: 'public' });
    const again = await login('carl', 'yet another passphrase', '10.0.1.2');
    expect((await me({ cookie: cookieOf(again) })).json()).toMatchObject({ role: 'coordinator' });
  });

  it('refuses a token revoked through the API on the very next request, though it was just used', async () => {
    const admin = await createApiToken(t.ctx, { name: 'admin script', role: 'admin', party: null });
    const script = await createApiToken(t.ctx, { name: 'nightly', role: 'analyst', party: null });
    const auth = { authorization: `Bearer ${script.token}` };
    expect((await me(auth)).statusCode).toBe(200);
    expect((await me(auth)).json()).toMatchObject({ role: 'analyst' });
    const revoked = await app.inject({
      method: 'DELETE',
      url: `/api/v1/tokens/${script.info.id}`,
      headers: { authorization: `Bearer ${admin.token}` },
    });
    expect(revoked.statusCode).toBe(204);
    const after = await me(auth);
    expect(after.statusCode).toBe(401);
    expect(after.json().detail).toMatch(/invalid, expired or revoked/);
  });

  it("writes a token's last use at most once a minute", async () => {
    let now = new Date('2031-03-01T10:00:00Z');
    const clocked = await buildServer({ ...t.ctx, clock: { now: () => now } }, { logger: false });
    try {
      const { token, info } = await createApiToken(t.ctx, { name: 'poller', role: 'analyst', party: null });
      const lastUsed = async () =>
        (
          await t.db.query<{ last_used_at: Date | null }>(
            'SELECT last_used_at FROM api_tokens WHERE id = $1',
            [info.id],
          )
        )[0]!.last_used_at;
      const use = async () => {
        const res = await clocked.inject({
          method: 'GET',
          url: '/api/v1/auth/me',
          headers: { authorization: `Bearer ${token}` },
        });
        expect(res.statusCode).toBe(200);
      };
      expect(await lastUsed()).toBeNull();
      await use();
      expect(new Date((await lastUsed())!).toISOString()).toBe('2031-03-01T10:00:00.000Z');
      now = new Date('2031-03-01T10:00:40Z');
      await use();
      await use();
      expect(new Date((await lastUsed())!).toISOString()).toBe('2031-03-01T10:00:00.000Z');
      now = new Date('2031-03-01T10:01:05Z');
      await use();
      expect(new Date((await lastUsed())!).toISOString()).toBe('2031-03-01T10:01:05.000Z');
    } finally {
      await clocked.close();
    }
  });
});

describe('anonymous visitors and browsers', () => {
  it('read public data but cannot write', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/parties/DE' })).statusCode).toBe(200);
    const write = await app.inject({ method: 'POST', url: '/api/v1/commitments', payload: newCommitment });
    expect(write.statusCode).toBe(401);
  });

  it('get strict security headers on every answer', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/parties/DE' });
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});
