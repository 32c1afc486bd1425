/**
 * The HTTP server: JSON API under /api/v1, its OpenAPI document generated from the same zod
 * schemas that validate requests, and the interactive reference at /api/docs (served offline).
 */
import { randomUUID } from 'node:crypto';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyBaseLogger,
  type FastifyRequest,
  type FastifyServerOptions,
  type RawServerDefault,
} from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import fastifyCookie from '@fastify/cookie';
import { existsSync } from 'node:fs';
import { packagePath } from '../config/package-root.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AuditAnchor } from '../store/audit-checkpoints.ts';
import type { AppContext } from '../app/context.ts';
import { errorHandler, sendProblem } from './problem.ts';
import { identifyCaller, requestActor } from './actor.ts';
import { landingPage, type Landing } from './landing.ts';
import { publicActor } from '../domain/access/actor.ts';
import { requirePermission, type Permission } from '../domain/access/permissions.ts';
import { routes } from './routes/index.ts';
import { createMetrics, type ServerMetrics } from './metrics.ts';
import { completeDocument, type RouteFacts } from './openapi/complete-document.ts';
import { refuseUnstorableText } from './input-guard.ts';
import { defaultRequestLimits, limitRequests, type RequestLimits } from './request-limits.ts';

export type Api = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
    metrics: ServerMetrics;
    /** Every route and the permission it declares (`METHOD /path` → permission). */
    routePermissions: Map<string, Permission | 'public' | undefined>;
    /** What the OpenAPI document says of each route beyond its schema (`METHOD /path` → facts). */
    routeFacts: Map<string, RouteFacts>;
    /** The local operator's token, if this server has one (see ServerOptions.localToken). */
    localToken: string | null;
    auditAnchor: AuditAnchor | null;
    /** The landing overview with its answers in the page, for anonymous callers (landing.ts). */
    landing: Landing | null;
  }
  interface FastifyContextConfig {
    /** What the caller needs to reach the route; `public` for anyone. Checked before the handler. */
    permission?: Permission | 'public';
    /** Media types the success answer may come in besides JSON, as the OpenAPI document declares them. */
    media?: RouteFacts['media'];
    /** The route answers 429 with Retry-After when called too often. */
    throttled?: boolean;
  }
}

/** Browsers get a strict policy: nothing from elsewhere, no framing, no sniffing. */
const securityHeaders: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
    "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

export interface ServerOptions {
  logLevel?: string;
  /** Pretty or JSON logs go to stdout; tests pass false. */
  logger?: boolean;
  logFormat?: 'json' | 'pretty';
  /** Proxies whose X-Forwarded-For names the caller (TRUST_PROXY); none by default. */
  trustProxy?: string[];
  /** Where users reach the server (PUBLIC_BASE_URL), named in the OpenAPI document. */
  publicBaseUrl?: string;
  /** A token that acts as the local operator: written for commands run beside the server (embedded database). */
  localToken?: string | undefined;
  /** Where the audit checkpoints are published (the data folder's), for GET /api/v1/audit/verify. */
  auditAnchor?: AuditAnchor | undefined;
  /** Requests in flight and time per request (REQUEST_TIMEOUT_MS, REQUESTS_IN_FLIGHT_MAX…). */
  limits?: Partial<RequestLimits>;
  /** Where the landing page's answers are kept between starts (the embedded database's folder). */
  landingFolder?: string | null;
}

/** pino options for the configured level and format (pino-pretty for a person at a terminal). */
export function loggerOptions(level: string, format: 'json' | 'pretty' = 'json') {
  return format === 'pretty'
    ? { level, transport: { target: 'pino-pretty', options: { translateTime: 'SYS:standard' } } }
    : { level };
}

const version = '0.1.0';

/** The built web application (`npm run build:web`); absent in a checkout that never built it. */
const webRoot = packagePath('web', 'dist') + '/';

const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** The caller's request id when it is at most 64 letters, digits and `._:-`; otherwise none. */
export function acceptedRequestId(header: string | string[] | undefined): string | null {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : null;
}

/** Service addresses that are never pages, whether or not a handler answers them in this build. */
const servicePaths = new Set(['/api', '/metrics', '/readyz', '/healthz', '/livez']);

/**
 * Addresses the web application routes itself (no /api, no file name), asked for by a browser
 * that wants a page: answered with index.html. Everything else unknown is a 404 problem.
 */
const isPageRequest = (request: FastifyRequest, path: string): boolean =>
  (request.method === 'GET' || request.method === 'HEAD') &&
  String(request.headers.accept ?? '').includes('text/html') &&
  !path.startsWith('/api/') &&
  !servicePaths.has(path.replace(/\/+$/, '')) &&
  !path.startsWith('/assets/') &&
  !/\.[a-z0-9]+$/i.test(path);

/**
 * Requests are validated and answers written by the zod schemas. Named when the server is made,
 * Fastify never loads its default compilers (Ajv and fast-json-stringify), which every start
 * would otherwise evaluate for nothing; the factories' types are those of the default ones.
 */
const zodCompilers = {
  buildValidator: () => validatorCompiler,
  buildSerializer: () => serializerCompiler,
} as unknown as NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;

export async function buildServer(ctx: AppContext, options: ServerOptions = {}): Promise<Api> {
  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(options.logLevel ?? 'info', options.logFormat),
    trustProxy: options.trustProxy?.length ? options.trustProxy : false,
    bodyLimit: 1024 * 1024,
    // A caller's x-request-id is kept only when it is a short plain token: it ends up in the audit trail.
    requestIdHeader: false,
    genReqId: (request) => acceptedRequestId(request.headers['x-request-id']) ?? randomUUID(),
    return503OnClosing: true,
    // One line per request, written when it is answered (below), instead of one on arrival and one on answer.
    logController: new LogController({ disableRequestLogging: true }),
    forceCloseConnections: 'idle',
    // Addresses that cannot be decoded, or broken JSON bodies, are refused in the same shape as any other error.
    frameworkErrors: (error, request, reply) =>
      sendProblem(request, reply, error.statusCode ?? 400, error.message, 'bad_request'),
    schemaController: { compilersFactory: zodCompilers },
  }).withTypeProvider<ZodTypeProvider>();

  const metrics = createMetrics(ctx.db, ctx.jobs && (() => ctx.jobs!.counts()));
  app.decorate('metrics', metrics);
  app.decorate('localToken', options.localToken ?? null);
  app.decorate('auditAnchor', options.auditAnchor ?? null);
  app.decorate('ctx', { ...ctx, metrics: metrics.app });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        url: request.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request answered',
    );
    metrics.observeRequest(
      request.method,
      request.routeOptions.url ?? 'unmatched',
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
  });
  app.decorate('routePermissions', new Map());
  app.decorate('routeFacts', new Map());
  app.addHook('onRoute', (route) => {
    // A route that forgot to say who may call it would be open to all: refuse to start instead.
    if (route.url.startsWith('/api/v1') && !route.config?.permission) {
      throw new Error(`route ${String(route.method)} ${route.url} declares no permission`);
    }
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      const { permission, media, throttled } = route.config ?? {};
      app.routePermissions.set(`${method} ${route.url}`, permission);
      app.routeFacts.set(`${method} ${route.url}`, { permission, media, throttled });
    }
  });
  app.setErrorHandler(errorHandler);
  const serveWeb = existsSync(`${webRoot}index.html`);
  // Every page but the landing overview gets the application without the overview's preloads.
  const pageFile = existsSync(`${webRoot}app.html`) ? 'app.html' : 'index.html';
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    if (serveWeb && isPageRequest(request, path))
      return reply.header('cache-control', 'no-cache').sendFile(pageFile);
    return sendProblem(request, reply, 404, `no route for ${request.method} ${path}`, 'not_found');
  });
  // First of all: a saturated server refuses before it reads a session from the database.
  limitRequests(app, { ...defaultRequestLimits, ...options.limits });
  // Cookies are parsed leniently: a value that cannot be decoded is kept as sent (and then matches no session).
  await app.register(fastifyCookie);
  app.addHook('onRequest', identifyCaller);
  // Before validation, so that a caller without the permission learns nothing about the input rules.
  app.addHook('preValidation', async (request) => {
    const permission = request.routeOptions.config.permission;
    if (permission && permission !== 'public') requirePermission(requestActor(request), permission);
  });
  app.addHook('preValidation', refuseUnstorableText);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    for (const [name, value] of Object.entries(securityHeaders)) {
      // The API reference page brings its own, hash-based policy for its inline script.
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
  });

  // Brotli or gzip, as the client accepts, for every answer of 1 KB or more (JSON, problem+json,
  // CSV, the OpenAPI document); the web application's files are compressed at build time.
  await app.register(fastifyCompress, { global: true, encodings: ['br', 'gzip'] });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Ramstein API',
        version,
        description:
          'The ledger of multinational military assistance: commitments and their pipeline, packages, meetings, ' +
          'claims and sources; reports; extraction and the review queue; requirements, briefing packs and the ' +
          'timeline; reference data (parties, indicators, exchange rates); accounts and the audit trail. ' +
          'Sign in with a session cookie (and x-csrf-token) or an API token (Authorization: Bearer). ' +
          'Errors are RFC 9457 problem+json.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      ...(options.publicBaseUrl ? { servers: [{ url: options.publicBaseUrl }] } : {}),
    },
    transform: jsonSchemaTransform,
    transformObject: (input) =>
      completeDocument(jsonSchemaTransformObject(input) as Record<string, unknown>, app.routeFacts) as never,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  app.get('/api/openapi.json', { schema: { hide: true }, config: { permission: 'public' } }, async () =>
    app.swagger(),
  );
  for (const register of routes) register(app);
  if (serveWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      // Files are looked up per request, so a rebuild needs no restart.
      wildcard: true,
      index: false,
      // The .br and .gz copies written by `npm run build:web`.
      preCompressed: true,
      // Built file names carry their content hash: cache them for good, index.html never.
      setHeaders: (reply, path) =>
        reply.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        ),
    });
    const landing = landingPage(app, {
      indexFile: `${webRoot}index.html`,
      folder: options.landingFolder ?? null,
    });
    app.decorate('landing', landing);
    app.get('/', { schema: { hide: true }, config: { permission: 'public' } }, async (request, reply) => {
      if (await landing.send(request, reply, requestActor(request) === publicActor)) return reply;
      // A signed-in caller's page, or the public's while its answers are being made: as it is.
      return reply
        .header('cache-control', 'no-cache')
        .header('vary', 'accept-encoding, cookie, authorization')
        .sendFile('index.html');
    });
  } else app.decorate('landing', null);
  return app;
}
