/**
 * The one way the application talks to the server: the typed openapi-fetch client generated from
 * the API's OpenAPI document (schema.d.ts), the session's CSRF token on every state-changing
 * request, problem+json turned into an ApiError, and a cache of GET answers that any write clears.
 */
import createClient, { createFinalURL, defaultPathSerializer, type Middleware } from 'openapi-fetch';
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
/** The answers of the cache that have arrived, by address: a page opened after them renders at once. */
const arrived = new Map<string, unknown>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called on a 401 from anything but the sign-in itself: the application shows the sign-in page. */
export function whenUnauthenticated(handler: () => void): void {
  onUnauthenticated = handler;
}

export function clearCache(): void {
  cache.clear();
  arrived.clear();
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

/** A query string without the values left unset or empty, in the order given, without its `?`. */
const querySerializer = (params: Record<string, unknown>): string => query(params).slice(1);

/** The API, typed by its OpenAPI document: paths, parameters, bodies and answers. */
export const api = createClient<paths>({
  baseUrl: typeof location === 'undefined' ? '' : location.origin,
  credentials: 'same-origin',
  querySerializer,
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

/** The paths whose GET answers JSON: the ones a page reads. */
export type ReadPath = {
  [P in keyof paths]: paths[P] extends {
    get: { responses: { 200: { content: { 'application/json': unknown } } } };
  }
    ? P
    : never;
}[keyof paths];

type ReadOperation<P extends ReadPath> = paths[P]['get'];

/** What a GET of a path answers: its 200 answer as application/json, in the OpenAPI document. */
export type Answer<P extends ReadPath> =
  ReadOperation<P> extends { responses: { 200: { content: { 'application/json': infer T } } } } ? T : never;

/** The path and query parameters of a GET of a path, as the OpenAPI document declares them. */
export type ReadParams<P extends ReadPath> = Pick<ReadOperation<P>['parameters'], 'path' | 'query'>;

/** Whether a GET of a path needs parameters: path parameters, or a query with a required field. */
export type NeedsParams<P extends ReadPath> = ReadOperation<P>['parameters'] extends
  { path: object } | { query: object }
  ? true
  : false;

/** The parameters as an argument: required when the path or the query has a required field. */
export type ReadArgs<P extends ReadPath> =
  NeedsParams<P> extends true ? [params: ReadParams<P>] : [params?: ReadParams<P>];

/** The address a GET of a path with its parameters asks for (the key of the cache). */
export function address<P extends ReadPath>(path: P, ...[params]: ReadArgs<P>): string {
  const given = (params ?? {}) as { path?: Record<string, unknown>; query?: Record<string, unknown> };
  return createFinalURL(path, {
    baseUrl: '',
    params: given,
    querySerializer,
    pathSerializer: defaultPathSerializer,
  });
}

/**
 * A GET of a path of the API with its path and query parameters, typed by the OpenAPI document
 * (a parameter or a field the document lacks fails the type check), cached until the next write.
 */
export function get<P extends ReadPath>(path: P, ...args: ReadArgs<P>): Promise<Answer<P>> {
  const key = address(path, ...args);
  let pending = cache.get(key) as Promise<Answer<P>> | undefined;
  if (!pending) {
    const [params] = args;
    pending = answer<Answer<P>>(api.request('get', path as never, { params } as never) as never);
    cache.set(key, pending);
    const read = pending;
    read.then(
      (data) => cache.get(key) === read && arrived.set(key, data),
      () => cache.get(key) === read && cache.delete(key),
    );
  }
  return pending;
}

/**
 * The answer of a GET already arrived in the cache (by its address, see `address`), or undefined
 * while it is on its way, failed or was never asked for.
 */
export function arrivedAnswer<P extends ReadPath>(key: string): Answer<P> | undefined {
  return arrived.get(key) as Answer<P> | undefined;
}

/**
 * Answers the server sent with the page (the landing overview's, to an anonymous visitor), by
 * address: in the cache as if they had arrived, so that nothing asks for them again.
 */
export function keepAnswers(answers: Record<string, unknown>): void {
  for (const [key, data] of Object.entries(answers)) {
    cache.set(key, Promise.resolve(data));
    arrived.set(key, data);
  }
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
export function query(params: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
