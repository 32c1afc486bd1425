/**
 * The one application error. Every layer throws it with a code; HTTP maps the code to a status
 * (src/http/problem.ts) and the CLI prints the message on one line.
 */
export const errorCodes = {
  invalid_input: 422,
  bad_request: 400,
  not_found: 404,
  conflict: 409,
  version_conflict: 409,
  precondition_failed: 412,
  unauthenticated: 401,
  forbidden: 403,
  locked: 423,
  too_many_requests: 429,
  unavailable: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `lines.0.quantity`. */
  field: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  readonly details: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { issues?: FieldIssue[]; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.issues = options.issues ?? [];
    this.details = options.details ?? {};
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
