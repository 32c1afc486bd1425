/** Just enough cookie handling for the session cookie: parse one header, write one attribute set. */
export const SESSION_COOKIE = 'ramstein_session';

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name)
      return decodeURIComponent(part.slice(index + 1).trim());
  }
  return null;
}

/** Secure, HttpOnly, SameSite=Strict: never sent cross-site, never readable by scripts. */
export function sessionCookie(value: string, maxAgeSeconds: number): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(value)}; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=${maxAgeSeconds}`;
}

export const clearedSessionCookie = () => sessionCookie('', 0);
