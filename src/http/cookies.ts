/** The session cookie: its name and its one attribute set (parsing is @fastify/cookie's). */
export const SESSION_COOKIE = 'ramstein_session';

/** Secure, HttpOnly, SameSite=Strict: never sent cross-site, never readable by scripts. */
export function sessionCookie(value: string, maxAgeSeconds: number): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(value)}; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=${maxAgeSeconds}`;
}

export const clearedSessionCookie = () => sessionCookie('', 0);
