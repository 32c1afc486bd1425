/**
 * Monitoring in the Prometheus text format (`GET /metrics`): requests by route and status with
 * their latency, the database pool, the job queue, report cache hits, and the process itself.
 * Each server has its own registry, so several servers in one process (tests) never mix figures.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AppMetrics } from '../app/context.ts';
import type { Database } from '../store/database.ts';

/** Jobs by state, for the queue gauges; absent where no queue runs. */
export type QueueCounts = () => Promise<Record<string, number>>;

export interface ServerMetrics {
  registry: Registry;
  app: AppMetrics;
  observeRequest(method: string, route: string, status: number, seconds: number): void;
}

export function createMetrics(db: Database, queueCounts?: QueueCounts): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'ramstein_' });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({
    name: 'ramstein_http_requests_total',
    help: 'HTTP requests answered, by route template and status',
    labelNames,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'ramstein_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route template and status',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: 'ramstein_db_pool_connections',
    help: 'Database connections of this process by state (idle, busy) and requests waiting for one',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const stats = db.poolStats?.() ?? { total: 1, idle: 1, waiting: 0 };
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'busy' }, stats.total - stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });
  if (queueCounts) {
    const jobs = new Gauge({
      name: 'ramstein_jobs',
      help: 'Jobs in the queue by state (queued, running, completed, failed)',
      labelNames: ['state'],
      registers: [registry],
      async collect() {
        for (const [state, count] of Object.entries(await queueCounts())) this.set({ state }, count);
      },
    });
    void jobs;
  }
  const reportCache = new Counter({
    name: 'ramstein_report_cache_requests_total',
    help: 'Report requests answered from the cache (hit) or computed (miss)',
    labelNames: ['report', 'outcome'],
    registers: [registry],
  });
  return {
    registry,
    app: { reportCache: (outcome, report) => reportCache.inc({ report, outcome }) },
    observeRequest(method, route, status, seconds) {
      const labels = { method, route, status: String(status) };
      requests.inc(labels);
      latency.observe(labels, seconds);
    },
  };
}
