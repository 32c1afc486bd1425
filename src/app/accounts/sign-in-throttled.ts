/**
 * Sign-in behind the guessing throttle: refused while the account name or the client address is
 * held back, and every failure counted against both (in the database, so that all server
 * processes share the count). A success forgets the account's failures, not the address's.
 */
import { delayAfter, FAILURE_MEMORY_MS, throttleKeys } from '../../domain/access/sign-in-throttle.ts';
import { AppError } from '../../domain/errors.ts';
import { signInFailures } from '../../store/repositories/sign-in-failures.ts';
import type { AppContext } from '../context.ts';
import { signIn } from './sign-in.ts';

export async function signInThrottled(
  ctx: AppContext,
  input: { user: string; password: string; address: string },
): ReturnType<typeof signIn> {
  const keys = throttleKeys(input.user, input.address);
  const now = ctx.clock.now();
  const until = await signInFailures.blockedUntil(ctx.db, keys, now);
  if (until) {
    const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
    throw new AppError('too_many_requests', `too many failed sign-ins; try again in ${seconds} s`, {
      details: { retryAfterSeconds: seconds },
    });
  }
  try {
    const session = await signIn(ctx, input);
    await signInFailures.clear(ctx.db, keys[0]!);
    return session;
  } catch (error) {
    if (error instanceof AppError && error.code === 'unauthenticated') {
      for (const key of keys) {
        const failures = await signInFailures.add(ctx.db, key, now, FAILURE_MEMORY_MS);
        const delay = delayAfter(key, failures);
        if (delay > 0) await signInFailures.block(ctx.db, key, new Date(now.getTime() + delay));
      }
    }
    throw error;
  }
}
