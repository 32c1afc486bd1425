/**
 * What every use case receives: the database, who is acting, and the other side effects behind
 * small interfaces so that tests can substitute a clock without touching the logic.
 */
import { systemActor, type Actor } from '../domain/access/actor.ts';
import type { Database } from '../store/database.ts';
import type { JobQueue } from './jobs/job-queue.ts';

export interface Clock {
  now(): Date;
}

export interface Logger {
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
}

/** What use cases tell monitoring (`/metrics`); outside a server it goes nowhere. */
export interface AppMetrics {
  reportCache(outcome: 'hit' | 'miss', report: string): void;
}

/**
 * Runs a long computation (a report not yet cached) in one of the server's few slots for heavy
 * work, or refuses it at once with `unavailable` when none is free.
 */
export type HeavyWork = <T>(work: () => Promise<T>) => Promise<T>;

export interface AppContext {
  db: Database;
  clock: Clock;
  log: Logger;
  metrics: AppMetrics;
  /** Where long work is queued; absent in a one-off command that runs its work itself. */
  jobs?: JobQueue;
  actor: Actor;
  /** Ties audit events to the request that caused them. */
  requestId: string | null;
  /** The host users reach the installation at (PUBLIC_BASE_URL), when configured. */
  publicHost?: string | null;
  /** Where a request's long computation runs (request-limits.ts); absent, it just runs. */
  heavy?: HeavyWork;
}

export const systemClock: Clock = { now: () => new Date() };

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export const noMetrics: AppMetrics = { reportCache() {} };

export function createContext(db: Database, options: Partial<Omit<AppContext, 'db'>> = {}): AppContext {
  return {
    db,
    clock: options.clock ?? systemClock,
    log: options.log ?? silentLogger,
    metrics: options.metrics ?? noMetrics,
    ...(options.jobs ? { jobs: options.jobs } : {}),
    ...(options.publicHost ? { publicHost: options.publicHost } : {}),
    actor: options.actor ?? systemActor,
    requestId: options.requestId ?? null,
  };
}

/** The same context acting for someone else (an HTTP request's caller). */
export function actingAs(ctx: AppContext, actor: Actor, requestId: string | null): AppContext {
  return { ...ctx, actor, requestId };
}
