/** Liveness (/healthz), readiness (/readyz) and monitoring (/metrics) for a load balancer and Prometheus. */
import * as z from 'zod';
import { appliedMigrations, listMigrations, ping } from '../../store/migrate.ts';
import type { Api } from '../server.ts';

const check = z.object({
  ok: z.boolean(),
  detail: z.string().describe('What was found, or why the check failed'),
});
const readiness = z
  .object({
    status: z.enum(['ready', 'unavailable']),
    checks: z.object({ database: check, migrations: check, queue: check }),
  })
  .meta({ id: 'Readiness' });

type Check = z.infer<typeof check>;

async function attempt(work: () => Promise<Check>): Promise<Check> {
  try {
    return await work();
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

export function healthRoutes(app: Api): void {
  app.get(
    '/healthz',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness: the process answers (the database is checked by /readyz)',
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async (request) => ({ status: 'ok' as const, database: request.server.ctx.db.kind }),
  );

  app.get(
    '/readyz',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Readiness: database reachable, migrations current, job queue reachable (503 otherwise)',
        response: { 200: readiness, 503: readiness },
      },
    },
    async (request, reply) => {
      const { db, jobs } = request.server.ctx;
      const [database, migrations, queue] = await Promise.all([
        attempt(async () => {
          await ping(db);
          return { ok: true, detail: `${db.kind} at ${db.location}` };
        }),
        attempt(async () => {
          const applied = new Map((await appliedMigrations(db)).map((m) => [m.id, m.checksum]));
          const known = listMigrations();
          const pending = known.filter((m) => !applied.has(m.id)).map((m) => `${m.id}_${m.name}`);
          const changed = known.filter((m) => applied.has(m.id) && applied.get(m.id) !== m.checksum);
          const unknown = [...applied.keys()].filter((id) => !known.some((m) => m.id === id));
          if (pending.length) return { ok: false, detail: `pending: ${pending.join(', ')}` };
          if (changed.length) return { ok: false, detail: `changed after being applied: ${changed[0]!.id}` };
          if (unknown.length)
            return { ok: false, detail: `applied by a newer version: ${unknown.join(', ')}` };
          return { ok: true, detail: `${known.length} applied` };
        }),
        attempt(async () => {
          if (!jobs) return { ok: true, detail: 'no job queue in this process' };
          await jobs.ping();
          return { ok: true, detail: jobs.kind };
        }),
      ]);
      const ok = database.ok && migrations.ok && queue.ok;
      return reply
        .code(ok ? 200 : 503)
        .header('cache-control', 'no-store')
        .send({ status: ok ? 'ready' : 'unavailable', checks: { database, migrations, queue } });
    },
  );

  app.get(
    '/metrics',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Prometheus metrics: requests, latency, database pool, job queue, report cache, process',
        produces: ['text/plain'],
      },
    },
    async (request, reply) => {
      const { registry } = request.server.metrics;
      return reply
        .header('content-type', registry.contentType)
        .header('cache-control', 'no-store')
        .send(await registry.metrics());
    },
  );
}
