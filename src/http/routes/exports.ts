/** /api/v1/export: the ledger in open-data formats, as much of it as the caller may see. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { exportLedger } from '../../app/interchange/export-ledger.ts';
import { exportIati } from '../../app/interchange/iati/export-iati.ts';
import { toTables } from '../../app/interchange/ledger-tables.ts';
import { tableNames } from '../../app/interchange/table-columns.ts';
import { csvTable, writeXlsx } from '../../app/interchange/table-files.ts';
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

  const withTexts = z.object({
    with_texts: z
      .enum(['true', 'false'])
      .default('false')
      .describe('Include the stored text of each source (table source_texts)'),
  });
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  app.get(
    '/api/v1/export/ledger.xlsx',
    {
      config: { permission: 'ledger:read', heavy: true, media: { [XLSX]: 'binary' } },
      schema: {
        tags: ['ledger'],
        summary:
          'The ledger as an XLSX workbook, one sheet per table (docs/interchange.md), of every record kind the caller may see',
        querystring: withTexts,
      },
    },
    async (request, reply) => {
      const ctx = callerContext(request);
      const doc = await exportLedger(ctx, ctx.db, { withTexts: request.query.with_texts === 'true' });
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ramstein-export-'));
      try {
        const file = path.join(dir, 'ledger.xlsx');
        await writeXlsx(toTables(doc), file);
        return reply
          .type(XLSX)
          .header('content-disposition', 'attachment; filename="ramstein-ledger.xlsx"')
          .send(fs.readFileSync(file) as never);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  app.get(
    '/api/v1/export/tables/:table',
    {
      config: { permission: 'ledger:read', heavy: true, media: { 'text/csv': 'string' } },
      schema: {
        tags: ['ledger'],
        summary:
          'One table of the CSV export (commitments, requirements, edition_figures…) of what the caller may see',
        params: z.object({ table: z.enum(tableNames as [string, ...string[]]) }),
        querystring: withTexts,
      },
    },
    async (request, reply) => {
      const ctx = callerContext(request);
      const doc = await exportLedger(ctx, ctx.db, { withTexts: request.query.with_texts === 'true' });
      const name = request.params.table as (typeof tableNames)[number];
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}.csv"`)
        .send(csvTable(toTables(doc), name) as never);
    },
  );
}
