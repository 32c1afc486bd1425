/**
 * How hard password guessing is slowed down (OWASP: throttle per account and per address, with
 * delays that grow with each failure, never a permanent lock). An account name and an address are
 * counted separately, so failures for one name never hold back another, and a shared address
 * (an office behind one gateway) is allowed many more failures than a single account.
 */
export type ThrottleKey = `account:${string}` | `address:${string}`;

/** Failures older than this, counted from the last one, are forgotten. */
export const FAILURE_MEMORY_MS = 15 * 60_000;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;
const FREE_FAILURES = { account: 5, address: 25 } as const;

export const throttleKeys = (account: string, address: string): ThrottleKey[] => [
  `account:${account.trim().toLowerCase()}`,
  `address:${address}`,
];

/** How long further attempts wait after the `failures`-th failure in a row: 0, then 30 s, 60 s, … up to 15 min. */
export function delayAfter(key: ThrottleKey, failures: number): number {
  const free = key.startsWith('account:') ? FREE_FAILURES.account : FREE_FAILURES.address;
  if (failures < free) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(failures - free, 20));
}
