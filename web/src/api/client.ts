/**
 * The one way the application talks to the server: JSON over fetch, the session's CSRF token on
 * every state-changing request, problem+json turned into an ApiError, and a cache of GET answers
 * that any write clears.
 */
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

async function problem(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { detail?: string; title?: string; errors?: FieldError[] };
    return new ApiError(response.status, body.detail ?? body.title ?? response.statusText, body.errors);
  } catch {
    return new ApiError(response.status, response.statusText);
  }
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network');
  }
  if (!response.ok) {
    const error = await problem(response);
    if (error.status === 401 && !path.startsWith('/api/v1/auth/')) onUnauthenticated?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export function get<T>(path: string): Promise<T> {
  let answer = cache.get(path) as Promise<T> | undefined;
  if (!answer) {
    answer = request<T>('GET', path);
    cache.set(path, answer);
    answer.catch(() => cache.delete(path));
  }
  return answer;
}

export async function send<T>(method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  try {
    return await request<T>(method, path, body);
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
