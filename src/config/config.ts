/**
 * Configuration, validated once at start: environment variables, then command-line flags on
 * top. A bad value fails with its name.
 */
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../domain/errors.ts';

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  RAMSTEIN_DATA_DIR: z.string().min(1).default('.ramstein'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RAMSTEIN_DEMO: z.enum(['true', 'false']).default('true'),
});

export interface Config {
  databaseUrl: string | undefined;
  /** Absolute path of the embedded database folder (unused with a DATABASE_URL). */
  dataDir: string;
  port: number;
  host: string;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  /** Load the demo data set on first start. */
  loadDemo: boolean;
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
  return {
    databaseUrl: c.DATABASE_URL,
    dataDir: path.resolve(c.RAMSTEIN_DATA_DIR),
    port: c.PORT,
    host: c.HOST,
    logLevel: c.LOG_LEVEL,
    loadDemo: c.RAMSTEIN_DEMO === 'true',
  };
}
