import { z } from 'zod';
import type { Api } from '../server.ts';

export function healthRoutes(app: Api): void {
  app.get(
    '/healthz',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['system'],
        summary: 'Liveness and database check',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }),
          503: z.object({ status: z.literal('unavailable'), database: z.enum(['pglite', 'postgres']) }),
        },
      },
    },
    async (request, reply) => {
      const { db } = request.server.ctx;
      try {
        await db.query('SELECT 1');
        return { status: 'ok' as const, database: db.kind };
      } catch {
        return reply.code(503).send({ status: 'unavailable' as const, database: db.kind });
      }
    },
  );
}
