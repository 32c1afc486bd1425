/** Errors of an import name the record they are about, and say that nothing was imported. */
import { AppError } from '../../domain/errors.ts';

/** `error` with the record it is about. */
export function namedError(at: string, error: unknown): unknown {
  if (!(error instanceof AppError)) return error;
  return new AppError(error.code, `${at}: ${error.message}; nothing was imported`, {
    issues: error.issues,
    details: error.details,
  });
}

/** Names the record in any error raised while writing it. */
export async function naming<T>(at: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw namedError(at, error);
  }
}

/** Names the record in any error raised while checking it. */
export function namingNow<T>(at: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw namedError(at, error);
  }
}
