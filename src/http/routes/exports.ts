/** /api/v1/export: the ledger in open-data formats, as much of it as the caller may see. */
import { exportIati } from '../../app/interchange/iati/export-iati.ts';
import { asyncHeaders, asyncQuery, queueJob, wantsAsync } from '../async-work.ts';
import type { Api } from '../server.ts';
import { callerContext } from './ledger-common.ts';

export function exportRoutes(app: Api): void {
  app.get(
    '/api/v1/export/iati',
    {
      config: { permission: 'ledger:read', heavy: true, media: { 'application/xml': 'string' } },
      schema: {
        tags: ['ledger'],
        summary:
          'The ledger as an IATI 2.03 activities document (one activity per commitment and pooled package); ' +
          'with `Prefer: respond-async`, 202 and a job whose output is the document',
        headers: asyncHeaders,
        querystring: asyncQuery,
      },
    },
    async (request, reply) => {
      if (wantsAsync(request)) return queueJob(request, reply, 'export-ledger', { format: 'iati' });
      const { xml } = await exportIati(callerContext(request));
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', 'attachment; filename="ramstein-iati.xml"')
        .send(xml);
    },
  );
}
