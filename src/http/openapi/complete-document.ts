/**
 * Completes the OpenAPI document generated from the routes' zod schemas with what every route
 * shares and no route should have to repeat: how callers authenticate, the errors the request
 * pipeline can answer with (derived from the route's permission and the parts of the request it
 * validates), problem+json as their media type, the other media types a route declares, response
 * headers, operationIds, and no component that nothing uses. Routes added later get all of it.
 */
import { rolePermissions, type Permission } from '../../domain/access/permissions.ts';
import { SESSION_COOKIE } from '../cookies.ts';

type Json = Record<string, unknown>;
interface Operation extends Json {
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
  responses?: Record<string, Json>;
  security?: Json[];
  operationId?: string;
}

/** What the document needs to know about a route beyond its schema (see FastifyContextConfig). */
export interface RouteFacts {
  permission: Permission | 'public' | undefined;
  /** Media types the success answer may also come in, besides JSON: `{ 'text/csv': 'string' }`. */
  media?: Readonly<Record<string, 'string' | 'binary'>>;
  /** Answers 429 with Retry-After when called too often. */
  throttled?: boolean;
}

const PROBLEM = 'Problem';
const problemRef = { $ref: `#/components/schemas/${PROBLEM}` };
const problemSchema = {
  type: 'object',
  description: 'RFC 9457 problem details',
  properties: {
    type: {
      type: 'string',
      description: 'URI naming the kind of problem; its last segment is the error code',
    },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string', description: 'What went wrong, for a person' },
    instance: { type: 'string' },
    request_id: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { field: { type: 'string' }, message: { type: 'string' } },
        required: ['field', 'message'],
      },
    },
  },
  required: ['type', 'title', 'status', 'detail', 'instance', 'request_id'],
};

const descriptions: Record<string, string> = {
  '304': 'Not modified: the representation named by If-None-Match is current',
  '400': 'The query, path or headers are invalid',
  '401': 'Sign-in needed, or the API token is invalid, expired or revoked',
  '403': 'The caller may not do this (role, nation, missing x-csrf-token, password change pending)',
  '404': 'No such record, or not one the caller may see',
  '409': 'The record changed since the version the request is based on, or the change conflicts',
  '412': 'If-Match does not name the current version',
  '413': 'The request body is too large',
  '422': 'The request body is invalid',
  '429': 'Too many requests: wait as long as Retry-After says',
  '503': 'The service is unavailable',
};

const headerSchemas = {
  'x-request-id': { description: 'Identifies the request in the server log', schema: { type: 'string' } },
  etag: {
    description: 'Entity tag of the representation (for If-None-Match and If-Match)',
    schema: { type: 'string' },
  },
  location: { description: 'Address of the created record', schema: { type: 'string' } },
  'retry-after': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } },
};

const securitySchemes = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'Session cookie set by POST /api/v1/auth/login',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: 'x-csrf-token',
    description:
      'With a session cookie, every request but GET and HEAD sends the CSRF token sign-in returned',
  },
  bearer: { type: 'http', scheme: 'bearer', description: 'An API token (POST /api/v1/tokens)' },
};

/** `get /api/v1/commitments/{id}/events` → `getCommitmentsByIdEvents`. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .split('/')
    .filter((part) => part && part !== 'api' && !/^v\d+$/.test(part))
    .flatMap((part) => {
      const param = /^\{(.+)\}$/.exec(part)?.[1];
      return param ? ['by', ...param.split(/[^a-zA-Z0-9]+/)] : part.split(/[^a-zA-Z0-9]+/);
    })
    .filter(Boolean);
  return [method.toLowerCase(), ...words.map((w) => w[0]!.toUpperCase() + w.slice(1))].join('');
}

/** `/api/v1/meetings/{id}` → `/api/v1/meetings/:id`, the form routes are registered under. */
const routeUrl = (path: string) => path.replace(/\{([^}]+)\}/g, ':$1');

function publicMay(permission: RouteFacts['permission']): boolean {
  return permission === 'public' || (permission !== undefined && rolePermissions.public.includes(permission));
}

function securityOf(method: string, facts: RouteFacts): Json[] {
  const session = method === 'get' || method === 'head' ? { session: [] } : { session: [], csrf: [] };
  const signedIn = [session, { bearer: [] }];
  return publicMay(facts.permission) ? [{}, ...signedIn] : signedIn;
}

/** The statuses the request pipeline itself can answer this operation with, before its handler. */
function pipelineAnswers(method: string, operation: Operation, facts: RouteFacts): string[] {
  const params = operation.parameters ?? [];
  // Every request is identified first: a bad API token is refused, and so is a session that must
  // change its password or that writes without its CSRF token.
  const errors: string[] = ['401', '403'];
  if (params.length) errors.push('400');
  if (params.some((p) => p.in === 'path')) errors.push('404');
  if (operation.requestBody) errors.push('413', '422');
  if (params.some((p) => p.in === 'header' && p.name === 'if-match')) errors.push('409', '412');
  if (facts.throttled) errors.push('429');
  if (method === 'get' && params.some((p) => p.in === 'header' && p.name === 'if-none-match'))
    errors.push('304');
  return errors;
}

function completeResponses(path: string, method: string, operation: Operation, facts: RouteFacts): void {
  const responses = (operation.responses ??= {});
  for (const status of pipelineAnswers(method, operation, facts)) responses[status] ??= {};
  const cacheable = responses['304'] !== undefined;
  for (const [status, response] of Object.entries(responses)) {
    const code = Number(status);
    const headers: Json = { 'x-request-id': headerSchemas['x-request-id'] };
    if (code === 304) {
      responses[status] = {
        description: descriptions[status],
        headers: { ...headers, etag: headerSchemas.etag },
      };
      continue;
    }
    if (code >= 400) {
      if (code === 429 || code === 503) headers['retry-after'] = headerSchemas['retry-after'];
      // The health check answers 503 with its own JSON body; everything else is a problem.
      const own = path === '/healthz' && code === 503;
      responses[status] = {
        ...response,
        description: descriptions[status] ?? String(response.description ?? 'Error'),
        headers,
        content: own ? response.content : { 'application/problem+json': { schema: problemRef } },
      };
      continue;
    }
    if (code === 201) Object.assign(headers, { location: headerSchemas.location, etag: headerSchemas.etag });
    if (
      (code === 200 && cacheable) ||
      (code === 200 && method !== 'get' && method !== 'delete' && operationHasVersion(operation))
    )
      headers.etag = headerSchemas.etag;
    const content = { ...((response.content as Json | undefined) ?? {}) };
    for (const [type, format] of Object.entries(facts.media ?? {}))
      content[type] = {
        schema: format === 'binary' ? { type: 'string', format: 'binary' } : { type: 'string' },
      };
    responses[status] = {
      ...response,
      description: String(response.description ?? 'Default Response'),
      headers,
      ...(Object.keys(content).length ? { content } : {}),
    };
  }
}

const operationHasVersion = (operation: Operation) =>
  (operation.parameters ?? []).some((p) => p.in === 'header' && p.name === 'if-match');

/** Names of the components a value refers to, directly. */
function refsIn(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) refsIn(v, into);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/'))
        into.add(v.slice('#/components/schemas/'.length));
      else refsIn(v, into);
    }
  }
}

/** Keeps only the schemas reachable from the paths. */
function pruneSchemas(doc: Json): void {
  const components = (doc.components ??= {}) as Json;
  const schemas = (components.schemas ??= {}) as Record<string, unknown>;
  const used = new Set<string>();
  refsIn(doc.paths, used);
  const queue = [...used];
  while (queue.length) {
    const found = new Set<string>();
    refsIn(schemas[queue.pop()!], found);
    for (const name of found) {
      if (used.has(name)) continue;
      used.add(name);
      queue.push(name);
    }
  }
  // In name order: the order schemas were registered in depends on the order modules were loaded.
  components.schemas = Object.fromEntries(
    Object.entries(schemas)
      .filter(([name]) => used.has(name))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

export function completeDocument(doc: Json, routeFacts: ReadonlyMap<string, RouteFacts>): Json {
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Operation>>;
  const taken = new Set<string>();
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const facts = routeFacts.get(`${method.toUpperCase()} ${routeUrl(path)}`) ?? { permission: undefined };
      let id = operation.operationId ?? operationIdOf(method, path);
      while (taken.has(id)) id += '_';
      taken.add(id);
      operation.operationId = id;
      operation.security = securityOf(method, facts);
      completeResponses(path, method, operation, facts);
    }
  }
  const components = (doc.components ??= {}) as Json;
  components.securitySchemes = securitySchemes;
  components.schemas ??= {};
  (components.schemas as Json)[PROBLEM] = problemSchema;
  pruneSchemas(doc);
  doc.servers ??= [{ url: '/', description: 'This server' }];
  return doc;
}
