/** /api/v1/export: the ledger in open-data formats, as much of it as the caller may see. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import * as z from 'zod';
import { checkpointSinceLast } from '../../app/audit/checkpoint-audit-trail.ts';
import { systemActor } from '../../domain/access/actor.ts';
import { exportIati } from '../../app/interchange/iati/export-iati.ts';
import { tableNames } from '../../app/interchange/table-columns.ts';
import { csvTableText, writeXlsx } from '../../app/interchange/table-files.ts';
import { writeLedgerJson } from '../../app/interchange/ledger-json-stream.ts';
import { streamedTables } from '../../app/interchange/stream-tables.ts';
import { streamedLedger } from '../../app/interchange/stream-ledger.ts';
import { asyncHeaders, asyncQuery, jobSchema, queueJob, wantsAsync } from '../async-work.ts';
import { errorResponses } from '../schemas/common.ts';
import { ledgerExport } from '../schemas/ledger-document.ts';
import type { Api } from '../server.ts';
import { commitmentFilters } from './ledger-commitments.ts';
import { callerContext } from './ledger-common.ts';
import { inOneSnapshot, type Database, type Queryable } from '../../store/database.ts';

/**
 * A workbook reads the commitments once per sheet: on PostgreSQL it reads them all from one
 * snapshot, so that a write committed meanwhile cannot leave half of itself in the file. The
 * embedded database has one connection, and a transaction there would hold every other request
 * for the length of the export: it reads as it goes.
 */
const readConsistently = <T>(db: Database, work: (db: Queryable) => Promise<T>): Promise<T> =>
  db.kind === 'postgres' ? inOneSnapshot(db, work) : work(db);

/**
 * Every export publishes a checkpoint of the audit trail in the server's data folder, as the
 * command line's exports do, so that a trail cut short after a copy left no longer verifies.
 * A broken trail does not stop the export: it is logged, and `audit verify` names the break.
 */
export async function checkpointExport(request: FastifyRequest): Promise<void> {
  const anchor = request.server.auditAnchor;
  if (!anchor) return;
  try {
    await checkpointSinceLast({ ...callerContext(request), actor: systemActor }, anchor);
  } catch (error) {
    request.log.warn({ err: error }, 'export sent without an audit checkpoint');
  }
}

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
      await checkpointExport(request);
      const { xml } = await exportIati(callerContext(request));
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', 'attachment; filename="ramstein-iati.xml"')
        .send(xml);
    },
  );

  const withTexts = z.object({
    with_texts: z
      .enum(['true', 'false', '1', '0'])
      .default('false')
      .transform((v) => v === 'true' || v === '1')
      .describe('Include the stored text of each source (table source_texts, or `text` of each source)'),
  });

  app.get(
    '/api/v1/export/ledger.json',
    {
      config: { permission: 'ledger:read', heavy: true },
      schema: {
        tags: ['ledger'],
        summary:
          'The ledger as `ramstein export --format json` writes it (docs/interchange.md), of every record kind ' +
          'the caller may see, written while it is read; the filters of the ledger list choose the commitments. ' +
          'With `Prefer: respond-async`, 202 and a job whose output is the whole document',
        headers: asyncHeaders,
        querystring: withTexts.extend(commitmentFilters).extend(asyncQuery.shape),
        response: { 200: ledgerExport, 202: jobSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { with_texts, as_of, async: _async, ...filter } = request.query;
      if (wantsAsync(request))
        return queueJob(request, reply, 'export-ledger', { format: 'json', with_texts });
      await checkpointExport(request);
      const doc = streamedLedger(callerContext(request), callerContext(request).db, {
        withTexts: with_texts,
        filter: { ...filter, asOf: as_of },
      });
      const body = new PassThrough();
      // A client that goes away stops the reading.
      reply.raw.once('close', () => {
        if (!body.writableFinished) body.destroy(new Error('the client went away'));
      });
      writeLedgerJson(doc, body).then(
        () => body.end(),
        (error: unknown) => body.destroy(error instanceof Error ? error : new Error(String(error))),
      );
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', 'attachment; filename="ramstein-ledger.json"')
        .send(body as never);
    },
  );
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
      await checkpointExport(request);
      const ctx = callerContext(request);
      // A zip file's directory comes last and its entries' dates are fixed once it is whole: the
      // workbook is written to a file as it is read, then sent from that file, never held in memory.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ramstein-export-'));
      const removed = () => fs.rmSync(dir, { recursive: true, force: true });
      try {
        const file = path.join(dir, 'ledger.xlsx');
        await readConsistently(ctx.db, async (db) => {
          const tables = await streamedTables(ctx, db, { withTexts: request.query.with_texts });
          await writeXlsx(tables.rows, file);
        });
        const body = fs.createReadStream(file).once('close', removed);
        return reply
          .type(XLSX)
          .header('content-length', fs.statSync(file).size)
          .header('content-disposition', 'attachment; filename="ramstein-ledger.xlsx"')
          .send(body as never);
      } catch (error) {
        removed();
        throw error;
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
      await checkpointExport(request);
      const ctx = callerContext(request);
      const tables = await streamedTables(ctx, ctx.db, { withTexts: request.query.with_texts });
      const name = request.params.table as (typeof tableNames)[number];
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}.csv"`)
        .send(Readable.from(csvTableText(name, tables.rows(name))) as never);
    },
  );
}
