/**
 * What each kind of job does: the long use cases, run for the job's submitter inside the job's
 * transaction. Each kind validates its payload again when it runs (a payload is stored JSON, and
 * a worker may be a newer program than the server that queued it).
 */
import * as z from 'zod';
import { importEdition, editionSources } from '../editions/import-edition.ts';
import { exportLedger, ledgerJson } from '../interchange/export-ledger.ts';
import { exportIati } from '../interchange/iati/export-iati.ts';
import { importLedger } from '../interchange/import-ledger.ts';
import type { LedgerDocument } from '../interchange/interchange.ts';
import { ingestArticle } from '../review/ingest-article.ts';
import type { AppContext } from '../context.ts';
import type { Permission } from '../../domain/access/permissions.ts';

export interface JobOutput {
  /** What the job's status shows as its result. */
  result: unknown;
  /** A file to download (a large export), kept with the job. */
  output?: { text: string; type: string };
}

export type Progress = (done: number, total: number) => void;

interface JobKind<P> {
  /** Asked of the submitter when the job is queued (the use case checks again when it runs). */
  permission: Permission;
  payload: z.ZodType<P>;
  run(ctx: AppContext, payload: P, progress: Progress): Promise<JobOutput>;
}

const kind = <P>(k: JobKind<P>) => k;

const article = z.object({
  text: z.string().min(1),
  url: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  publisher: z.string().nullable().optional(),
  published: z.string().nullable().optional(),
  lang: z.enum(['auto', 'fr', 'en', 'de']).optional(),
});

export const jobKinds = {
  'ingest-article': kind({
    permission: 'review:write',
    payload: article,
    async run(ctx, payload, progress) {
      return { result: await ingestArticle(ctx, payload, progress) };
    },
  }),
  'import-ledger': kind({
    permission: 'ledger:write',
    payload: z.object({ document: z.record(z.string(), z.array(z.unknown())) }),
    async run(ctx, payload, progress) {
      return { result: await importLedger(ctx, payload.document as LedgerDocument, { progress }) };
    },
  }),
  'import-edition': kind({
    permission: 'reference:write',
    payload: z.object({
      source: z.enum(editionSources),
      release: z.string().min(1),
      files: z.record(z.string(), z.string()),
    }),
    async run(ctx, payload, progress) {
      const result = await importEdition(
        ctx,
        { source: payload.source, release: payload.release, files: new Map(Object.entries(payload.files)) },
        progress,
      );
      return { result: { ...result, files: result.files.map((f) => f.name) } };
    },
  }),
  'export-ledger': kind({
    permission: 'ledger:read',
    payload: z.object({
      format: z.enum(['json', 'iati']),
      /** The stored text of each source (json): `--with-texts`. */
      with_texts: z.boolean().optional(),
    }),
    async run(ctx, payload, progress) {
      if (payload.format === 'iati') {
        const iati = await exportIati(ctx, progress);
        return {
          result: { format: 'iati', activities: iati.activities, undated: iati.undated },
          output: { text: iati.xml, type: 'application/xml; charset=utf-8' },
        };
      }
      const doc = await exportLedger(ctx, ctx.db, { progress, withTexts: payload.with_texts ?? false });
      return {
        result: { format: 'json', commitments: doc.commitments.length, packages: doc.packages.length },
        output: { text: ledgerJson(doc), type: 'application/json; charset=utf-8' },
      };
    },
  }),
};

export type JobKindName = keyof typeof jobKinds;
export const jobKindNames = Object.keys(jobKinds) as JobKindName[];
export type JobPayload<K extends JobKindName> = z.input<(typeof jobKinds)[K]['payload']>;
