/** Every error leaves the server as RFC 9457 problem+json, with the status its code maps to. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorCodes, type FieldIssue } from '../domain/errors.ts';
import { WorkAbandoned } from '../store/database.ts';

/** PostgreSQL's query_canceled: the statement ran past DATABASE_STATEMENT_TIMEOUT_MS, or was cancelled. */
const queryCanceled = '57014';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  request_id: string;
  errors?: FieldIssue[];
}

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  detail: string,
  code: string,
  errors?: FieldIssue[],
): FastifyReply {
  const problem: Problem = {
    type: `https://ramstein.invalid/problems/${code}`,
    title: titles[status] ?? 'Error',
    status,
    detail,
    instance: request.url,
    request_id: String(request.id),
    ...(errors?.length ? { errors } : {}),
  };
  return reply.code(status).type('application/problem+json').send(problem);
}

function fieldPath(part: string, instancePath: string | undefined): string {
  const path = (instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
  return path ? path : part;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The write was conditioned on If-Match: losing to another change is a failed precondition (412). */
    conditionalOnIfMatch?: boolean;
  }
}

export function errorHandler(error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError && error.code === 'version_conflict' && request.conditionalOnIfMatch) {
    return sendProblem(request, reply, 412, error.message, 'precondition_failed');
  }
  if (error instanceof AppError) {
    const retryAfter = error.details.retryAfterSeconds;
    if (typeof retryAfter === 'number') reply.header('retry-after', String(retryAfter));
    return sendProblem(request, reply, errorCodes[error.code], error.message, error.code, error.issues);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const part = error.validationContext ?? 'request';
    const issues = error.validation.map((issue) => ({
      field: fieldPath(part, issue.instancePath),
      message: issue.message ?? 'invalid',
    }));
    const status = part === 'body' ? 422 : 400;
    const detail = `invalid ${part}: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`;
    return sendProblem(request, reply, status, detail, 'invalid_input', issues);
  }
  if (error instanceof WorkAbandoned || (error as { code?: unknown }).code === queryCanceled) {
    // Either nobody is waiting for the answer any more, or the database took too long.
    if (reply.sent) return reply;
    reply.header('retry-after', '5');
    return sendProblem(request, reply, 503, 'the request took too long and was stopped', 'unavailable');
  }
  const status = error.statusCode ?? 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    return sendProblem(request, reply, status, 'the server could not complete the request', 'internal');
  }
  return sendProblem(request, reply, status, error.message, error.code ?? 'bad_request');
}
