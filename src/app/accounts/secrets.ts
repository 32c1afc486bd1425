/**
 * Passwords are hashed with scrypt (memory-hard, in Node's own crypto); session and API tokens
 * are long random strings, so a plain SHA-256 of them is enough to store.
 */
import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const params = { N: 1 << 15, r: 8, p: 1, keylen: 32 };

function scryptAsync(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, params.keylen, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

const options = { N: params.N, r: params.r, p: params.p, maxmem: 128 * params.N * params.r * 2 };

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, options);
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const N = Number(n);
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64url'), {
    N,
    r: Number(r),
    p: Number(p),
    maxmem: 128 * N * Number(r) * 2,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * A hash to compare against when the user does not exist, so that both paths take as long: the
 * same cost parameters as a real one, with a random key that no password hashes to. Made without
 * hashing, so loading this module costs nothing.
 */
export const decoyHash = `scrypt$${params.N}$${params.r}$${params.p}$${randomBytes(16).toString('base64url')}$${randomBytes(params.keylen).toString('base64url')}`;

export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** At least 12 characters, not all of one kind: long enough to resist guessing with scrypt in the way. */
export function passwordProblem(password: string): string | null {
  if (password.length < 12) return 'at least 12 characters';
  if (password.length > 200) return 'at most 200 characters';
  if (new Set(password).size < 5) return 'too few different characters';
  return null;
}
