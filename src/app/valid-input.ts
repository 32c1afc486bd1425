/** Checks a use case's input against its schema, so every door (HTTP, CLI, import) refuses it the same way. */
import type * as z from 'zod';
import { AppError } from '../domain/errors.ts';

export function validInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    field: issue.path.join('.') || '(input)',
    message: issue.message,
  }));
  throw new AppError('invalid_input', issues.map((i) => `${i.field}: ${i.message}`).join('; '), { issues });
}
