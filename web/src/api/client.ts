/**
 * The one way the application talks to the server: the typed openapi-fetch client generated from
 * the API's OpenAPI document (schema.d.ts), the session's CSRF token on every state-changing
 * request, problem+json turned into an ApiError, and a cache of GET answers that any write clears.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema.d.ts';

export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;
const cache = new Map<string, Promise<unknown>>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called on a 401 from anything but the sign-in itself: the application shows the sign-in page. */
export function whenUnauthenticated(handler: () => void): void {
  onUnauthenticated = handler;
}

export function clearCache(): void {
  cache.clear();
}

const session: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept', 'application/json');
    if (request.method !== 'GET' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
  onResponse({ response, schemaPath }) {
    if (response.status === 401 && !schemaPath.startsWith('/api/v1/auth/')) onUnauthenticated?.();
  },
};

/** The API, typed by its OpenAPI document: paths, parameters, bodies and answers. */
export const api = createClient<paths>({
  baseUrl: typeof location === 'undefined' ? '' : location.origin,
  credentials: 'same-origin',
});
api.use(session);

function problem(status: number, body: unknown, statusText: string): ApiError {
  const details = (body ?? {}) as { detail?: string; title?: string; errors?: FieldError[] };
  return new ApiError(status, details.detail ?? details.title ?? statusText, details.errors);
}

/** The answer of an API call, or an ApiError (status 0 when the server could not be reached). */
export async function answer<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: Awaited<typeof call>;
  try {
    result = await call;
  } catch {
    throw new ApiError(0, 'network');
  }
  const { data, error, response } = result;
  if (!response.ok) throw problem(response.status, error, response.statusText);
  return data as T;
}

/**
 * A GET of an address already built (path and query), cached until the next write. Pages that
 * build addresses from their filters read through this; its answer type comes from schema.d.ts.
 */
export function get<T>(path: string): Promise<T> {
  let pending = cache.get(path) as Promise<T> | undefined;
  if (!pending) {
    pending = answer<T>(api.request('get', path as never) as never);
    cache.set(path, pending);
    pending.catch(() => cache.delete(path));
  }
  return pending;
}

/** A write through the typed client: the cache is cleared whatever the outcome. */
export async function write<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  try {
    return await answer(call);
  } finally {
    clearCache();
  }
}

/** A query string from the set values only, in a stable order. */
export function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
