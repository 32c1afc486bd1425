/**
 * Configuration, validated once at start: environment variables, then command-line flags on
 * top. A bad value fails with its name.
 */
import net from 'node:net';
import path from 'node:path';
import * as z from 'zod';
import { AppError } from '../domain/errors.ts';

/** An IP address or a CIDR block (`10.0.0.0/8`, `fd00::/8`), as a proxy in front of the server is named. */
const isAddressOrBlock = (entry: string): boolean => {
  const [address, bits, ...rest] = entry.split('/');
  const family = net.isIP(address ?? '');
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n <= (family === 4 ? 32 : 128);
};

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(86_400_000).default(30_000),
  RAMSTEIN_DATA_DIR: z.string().min(1).default('.ramstein'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  PUBLIC_BASE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .refine((url) => !/[?#]/.test(url), 'must have no query or fragment')
    .optional(),
  TRUST_PROXY: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine(
      (entries) => entries.every(isAddressOrBlock),
      'must be a comma-separated list of IP addresses or CIDR blocks (the proxies in front of the server)',
    )
    .default([]),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Readable lines on a terminal, JSON lines when the output goes to a file or a collector.
  LOG_FORMAT: z.enum(['json', 'pretty']).default(process.stdout.isTTY ? 'pretty' : 'json'),
  RAMSTEIN_DEMO: z.enum(['true', 'false']).default('true'),
  RAMSTEIN_ECB_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  RAMSTEIN_ECB_REFRESH_MINUTES: z.coerce.number().int().min(1).max(10_080).default(360),
  // Signs audit checkpoints; kept outside the database (else the file audit-key in the data folder).
  RAMSTEIN_AUDIT_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  // Jobs (docs/operations.md): a job still running after this long is taken for lost with its
  // worker and delivered again; failed attempts wait this long, doubling, before the next one.
  JOB_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(86_000).default(3600),
  JOB_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  JOB_MAINTENANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  // Load shedding (docs/api.md): over these, requests are answered 503 with Retry-After at once.
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  REQUESTS_IN_FLIGHT_MAX: z.coerce.number().int().min(1).max(100_000).default(256),
  HEAVY_REQUESTS_IN_FLIGHT_MAX: z.coerce.number().int().min(1).max(10_000).default(4),
});

export interface Config {
  databaseUrl: string | undefined;
  /** Connections each process keeps to a PostgreSQL server at most. */
  poolSize: number;
  /** A statement running longer is cancelled by the database (0: no limit). */
  statementTimeoutMs: number;
  /** Absolute path of the embedded database folder (unused with a DATABASE_URL). */
  dataDir: string;
  port: number;
  host: string;
  /** Where users reach the server (behind a proxy: the proxy's address), without a trailing slash. */
  publicBaseUrl: string;
  /** The host name of PUBLIC_BASE_URL when it is set (the domain of calendar entries' UIDs), else null. */
  publicHost: string | null;
  /** Proxies whose X-Forwarded-For is believed: the caller's address is the first one not in the list. */
  trustProxy: string[];
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  logFormat: z.infer<typeof schema>['LOG_FORMAT'];
  /** Load the demo data set on first start. */
  loadDemo: boolean;
  /** The ECB reference-rate feed the server refreshes its rates from, if any. */
  ecbUrl: string | undefined;
  ecbRefreshMinutes: number;
  /** The key that signs audit checkpoints, when given in the environment. */
  auditKey: string | undefined;
  jobs: JobSettings;
  requests: RequestSettings;
}

export interface RequestSettings {
  /** A request unanswered after this long gets 503 and its work stops (0: no limit). */
  timeoutMs: number;
  /** Requests answered at once; more are refused with 503. */
  maxInFlight: number;
  /** Reports, exports and imports answered at once. */
  maxHeavyInFlight: number;
}

export interface JobSettings {
  /** After this long a running job is taken for lost with its worker and delivered again. */
  timeoutSeconds: number;
  /** Before the second attempt; doubled before each further one. */
  retryDelaySeconds: number;
  /** How often a worker looks for jobs lost with theirs (pg-boss maintenance). */
  maintenanceSeconds: number;
  /** Jobs one `ramstein worker` process runs at once. */
  concurrency: number;
}

export interface ConfigOverrides {
  dataDir?: string;
  port?: string | number;
  host?: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: ConfigOverrides = {}): Config {
  const input = {
    ...Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')),
    ...(overrides.dataDir !== undefined ? { RAMSTEIN_DATA_DIR: overrides.dataDir } : {}),
    ...(overrides.port !== undefined ? { PORT: String(overrides.port) } : {}),
    ...(overrides.host !== undefined ? { HOST: overrides.host } : {}),
  };
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'configuration');
    const flag = { RAMSTEIN_DATA_DIR: '--data-dir', PORT: '--port', HOST: '--host' }[name];
    throw new AppError(
      'invalid_input',
      `configuration ${name}${flag ? ` (${flag})` : ''}: ${issue.message}`,
      {
        issues: [{ field: name, message: issue.message }],
      },
    );
  }
  const c = parsed.data;
  const hostInUrl = c.HOST.includes(':') ? `[${c.HOST}]` : c.HOST;
  return {
    databaseUrl: c.DATABASE_URL,
    poolSize: c.DATABASE_POOL_SIZE,
    statementTimeoutMs: c.DATABASE_STATEMENT_TIMEOUT_MS,
    dataDir: path.resolve(c.RAMSTEIN_DATA_DIR),
    port: c.PORT,
    host: c.HOST,
    publicBaseUrl: (c.PUBLIC_BASE_URL ?? `http://${hostInUrl}:${c.PORT}`).replace(/\/+$/, ''),
    publicHost: c.PUBLIC_BASE_URL ? new URL(c.PUBLIC_BASE_URL).hostname : null,
    trustProxy: c.TRUST_PROXY,
    logLevel: c.LOG_LEVEL,
    logFormat: c.LOG_FORMAT,
    loadDemo: c.RAMSTEIN_DEMO === 'true',
    ecbUrl: c.RAMSTEIN_ECB_URL,
    ecbRefreshMinutes: c.RAMSTEIN_ECB_REFRESH_MINUTES,
    auditKey: c.RAMSTEIN_AUDIT_KEY,
    jobs: {
      timeoutSeconds: c.JOB_TIMEOUT_SECONDS,
      retryDelaySeconds: c.JOB_RETRY_DELAY_SECONDS,
      maintenanceSeconds: c.JOB_MAINTENANCE_SECONDS,
      concurrency: c.WORKER_CONCURRENCY,
    },
    requests: {
      timeoutMs: c.REQUEST_TIMEOUT_MS,
      maxInFlight: c.REQUESTS_IN_FLIGHT_MAX,
      maxHeavyInFlight: c.HEAVY_REQUESTS_IN_FLIGHT_MAX,
    },
  };
}
