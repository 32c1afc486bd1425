/**
 * Starts Ramstein as a service: open (and migrate) the store, load reference data, listen; on
 * SIGTERM or SIGINT stop accepting, let in-flight requests finish, close the database (which
 * releases the data folder lock), then exit.
 */
import { scheduleRateRefresh, type RateRefresh } from '../app/fx/refresh-exchange-rates.ts';
import pino from 'pino';
import { createContext, type AppContext } from '../app/context.ts';
import { ensureReferenceData } from '../app/reference/ensure-reference-data.ts';
import { loadDemoOnFirstStart } from '../app/interchange/load-demo.ts';
import { ensureFirstAdmin, removeUsedPasswordFile } from '../app/accounts/ensure-first-admin.ts';
import type { Config } from '../config/config.ts';
import { randomBytes } from 'node:crypto';
import { fileAnchor } from '../store/audit-checkpoints.ts';
import type { Database } from '../store/database.ts';
import { openStore } from '../store/open.ts';
import type { JobQueue } from '../app/jobs/job-queue.ts';
import { openJobQueue } from '../app/jobs/pg-boss-queue.ts';
import { writeServerFile } from '../store/server-file.ts';
import { warmPublicReports } from '../app/reports/warm-reports.ts';
import { trackIdle, type WhenIdle } from './idle.ts';
import { buildServer, loggerOptions } from './server.ts';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Where a command on this machine reaches the server: a wildcard address is reached on loopback. */
function localUrl(host: string, port: number): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}

export async function runServer(
  config: Config,
  options: {
    handleSignals?: boolean;
    /** The database already being opened (and migrated) for this server; else opened here. */
    opening?: Promise<Database>;
  } = {},
): Promise<RunningServer> {
  const log = pino(loggerOptions(config.logLevel, config.logFormat));
  const started = performance.now();
  // Each step of the start and its duration, for LOG_LEVEL=debug.
  let stepStarted = 0; // the first step counts from the start of the process
  const step = (name: string) => {
    const now = performance.now();
    log.debug({ step: name, ms: Math.round(now - stepStarted) }, `start: ${name}`);
    stepStarted = now;
  };
  step('modules loaded');
  const db = await (options.opening ??
    openStore({
      ...config,
      command: 'ramstein serve',
    }));
  step('database opened and migrated');
  let app;
  let rateRefresh: RateRefresh | undefined;
  let jobs: JobQueue | undefined;
  let ctx: AppContext;
  let idle: WhenIdle;
  const localToken = `rsl_${randomBytes(32).toString('base64url')}`;
  try {
    const base = createContext(db, { log, publicHost: config.publicHost });
    await ensureReferenceData(base);
    step('reference data checked');
    if (config.loadDemo) await loadDemoOnFirstStart(base);
    step('demo data checked');
    // On PostgreSQL `ramstein worker` processes run the jobs; the embedded database runs them here.
    jobs = await openJobQueue(base, {
      url: config.databaseUrl,
      settings: config.jobs,
      work: db.kind === 'pglite',
    });
    ctx = { ...base, jobs };
    step('job queue started');
    await removeUsedPasswordFile(ctx, config.dataDir);
    const passwordFile = await ensureFirstAdmin(ctx, config.dataDir);
    if (passwordFile) {
      process.stdout.write(
        `\nFirst start: an administrator "admin" was created. Its one-time password is in ${passwordFile}\n` +
          'Sign in with it and choose a new password.\n\n',
      );
    }
    step('first administrator checked');
    app = await buildServer(ctx, {
      logLevel: config.logLevel,
      logFormat: config.logFormat,
      trustProxy: config.trustProxy,
      publicBaseUrl: config.publicBaseUrl,
      localToken: db.kind === 'pglite' ? localToken : undefined,
      auditAnchor: fileAnchor({ dataDir: config.dataDir, envKey: config.auditKey }),
      limits: config.requests,
      // One process holds an embedded folder: its answers are kept there between starts.
      landingFolder: db.kind === 'pglite' ? config.dataDir : null,
    });
    app.addHook('onResponse', async (request, reply) => {
      if (request.routeOptions.url === '/api/v1/auth/password' && reply.statusCode === 204)
        await removeUsedPasswordFile(ctx, config.dataDir);
    });
    step('routes built');
    idle = trackIdle(app);
    await app.listen({ port: config.port, host: config.host });
    step('listening');
    if (config.ecbUrl)
      rateRefresh = scheduleRateRefresh(ctx, {
        url: config.ecbUrl,
        everyMs: config.ecbRefreshMinutes * 60_000,
      });
  } catch (error) {
    await jobs?.close().catch(() => undefined);
    await db.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  // Commands run beside the server reach it through this file (see src/cli/server-link.ts).
  const removeServerFile =
    db.kind === 'pglite'
      ? writeServerFile(config.dataDir, {
          url: localUrl(config.host, port),
          token: localToken,
          pid: process.pid,
        })
      : () => undefined;
  let warming: Promise<void> = Promise.resolve();
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      log.info('shutting down: finishing requests in flight');
      try {
        removeServerFile();
        await rateRefresh?.stop();
        await app.close();
        await warming;
        await jobs?.close();
      } finally {
        await db.close();
        log.info('database closed');
      }
    })());

  if (options.handleSignals !== false) {
    const onSignal = (signal: NodeJS.Signals) => {
      log.info({ signal }, 'signal received');
      stop().then(
        () => process.exit(0),
        (error: unknown) => {
          log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }
  // Announced once a signal would stop it cleanly: whoever waits for this line may stop it at once.
  log.info(
    { url, database: db.kind, location: db.location, startup_ms: Math.round(performance.now() - started) },
    `Ramstein is listening on ${url}`,
  );
  // After listening, never before, and each step when no request is waiting: readiness and the
  // first requests do not wait for it, and a failure only loses time. When the landing page's
  // answers kept from the last run are still those of the data, nothing is computed ahead: the
  // first visit's overview is in its page.
  warming = app.landing
    ? app.landing.refresh(idle)
    : warmPublicReports(ctx, idle).catch((error: unknown) =>
        log.warn({ err: error }, 'reports not computed ahead of the first visit'),
      );
  return { url, stop };
}
