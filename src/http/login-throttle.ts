/**
 * Slows down password guessing: after 5 failed sign-ins from one address or for one user name
 * within 15 minutes, further attempts are refused until the window has passed.
 */
const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES = 5;

export class LoginThrottle {
  private failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  private recent(key: string): number[] {
    const cutoff = this.now() - WINDOW_MS;
    const list = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Seconds to wait before trying again, or 0 when an attempt is allowed. */
  retryAfter(ip: string, user: string): number {
    const blocked = [`ip:${ip}`, `user:${user.toLowerCase()}`]
      .map((key) => this.recent(key))
      .filter((list) => list.length >= MAX_FAILURES);
    if (!blocked.length) return 0;
    const oldest = Math.min(...blocked.map((list) => list[0]!));
    return Math.max(1, Math.ceil((oldest + WINDOW_MS - this.now()) / 1000));
  }

  fail(ip: string, user: string): void {
    for (const key of [`ip:${ip}`, `user:${user.toLowerCase()}`])
      this.failures.set(key, [...this.recent(key), this.now()]);
  }

  succeed(user: string): void {
    this.failures.delete(`user:${user.toLowerCase()}`);
  }
}
