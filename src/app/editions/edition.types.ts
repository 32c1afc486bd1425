/** Output schemas of editions for the API (OpenAPI) and the CLI's JSON: EUR cents as decimal strings. */
import * as z from 'zod';
import { reasonCodes } from '../../domain/editions/reconcile.ts';
import { conversionSummary, reportNoteIds, reportRuleIds } from '../reports/report.types.ts';

const minor = z.string().describe('EUR cents, integer as a decimal string');
const minorOrNull = minor.nullable();

export const editionFileSchema = z.object({
  name: z.string(),
  sha256: z.string(),
  row_count: z.number().int(),
});

export const editionSchema = z
  .object({
    id: z.string().describe('kiel-ust-r28: data set and release'),
    dataset: z.string(),
    publisher: z.string(),
    title: z.string(),
    release: z.string(),
    layout: z.string().describe('The file layout the release was read with'),
    cut_off: z.string().nullable().describe('Data through this date'),
    published_on: z.string(),
    published_basis: z.string().describe('"stated", or how the publication date was inferred'),
    attribution: z.string().describe('Cite as; shown wherever the figures are'),
    url: z.string().nullable(),
    content_sha256: z.string(),
    imported_at: z.string(),
    imported_by: z.string(),
    files: z.array(editionFileSchema),
  })
  .meta({ id: 'Edition' });

const donorValues = z.object({
  'allocation.military': minorOrNull,
  'allocation.financial': minorOrNull,
  'allocation.humanitarian': minorOrNull,
  'allocation.total': minorOrNull,
  'commitment.total': minorOrNull,
});

export const editionViewSchema = z
  .object({
    edition: editionSchema,
    donors: z.array(z.object({ party_code: z.string(), donor_name: z.string(), values: donorValues })),
    totals: z.record(z.string(), minorOrNull),
    checks: z.object({
      rows_vs_table: z
        .array(
          z.object({
            party_code: z.string(),
            donor_name: z.string(),
            rows_minor: minorOrNull,
            table_minor: minorOrNull,
            difference_minor: minorOrNull,
            status: z.enum(['reconciled', 'unreconciled', 'only_in_rows', 'only_in_table']),
          }),
        )
        .nullable()
        .describe('Row-level activities summed per donor against the country table (EUR 5 m tolerance)'),
      months_vs_totals: z
        .array(
          z.object({
            period: z.string(),
            sum_minor: minor,
            published_minor: minorOrNull,
            difference_minor: minorOrNull,
          }),
        )
        .nullable(),
      channels: z
        .array(
          z.object({
            channel: z.string(),
            total_minor: minor,
            by_year: z.array(z.object({ year: z.number().int(), amount_minor: minor })),
          }),
        )
        .nullable(),
    }),
  })
  .meta({ id: 'EditionView' });

export const editionDiffSchema = z
  .object({
    from: editionSchema,
    to: editionSchema,
    rows: z.array(
      z.object({
        party_code: z.string(),
        donor_name: z.string(),
        series: z.string(),
        from_minor: minorOrNull,
        to_minor: minorOrNull,
        change_minor: minorOrNull,
        status: z.enum(['revised', 'unchanged', 'only_in_from', 'only_in_to']),
      }),
    ),
  })
  .meta({ id: 'EditionDiff' });

export const reconciliationSchema = z
  .object({
    edition: editionSchema,
    cut_off: z.string().nullable(),
    rows: z.array(
      z.object({
        party_code: z.string(),
        donor_name: z.string(),
        ledger: z
          .object({
            party_code: z.string(),
            committed_minor: minor,
            delivered_minor: minor,
            catalogue_minor: minor,
            commitments: z.number().int(),
            vague: z.number().int(),
            unvalued: z.number().int(),
            unconvertible: z.number().int(),
            after_cut_off_minor: minor,
            after_cut_off: z.number().int(),
          })
          .nullable(),
        edition: z
          .object({
            party_code: z.string(),
            donor_name: z.string(),
            committed_minor: minorOrNull,
            military_committed_minor: minorOrNull,
            allocated_minor: minorOrNull,
            military_allocated_minor: minorOrNull,
            price_list_minor: minorOrNull,
          })
          .nullable(),
        committed_difference_minor: minorOrNull,
        delivered_difference_minor: minorOrNull,
        reasons: z.array(
          z
            .object({
              code: z.enum(reasonCodes),
              params: z
                .record(z.string(), z.union([z.string(), z.number()]))
                .describe(
                  'The figures of the reason, for clients that word it: count, date (the cut-off), vague, unvalued, and EUR cents as decimal strings (eur_minor, price_list_eur_minor)',
                ),
              text: z.string().describe('The reason in English, with its figures'),
            })
            .meta({ id: 'ReconciliationReason' }),
        ),
      }),
    ),
    totals: z.object({
      ledger_committed_minor: minor,
      ledger_delivered_minor: minor,
      edition_committed_minor: minor,
      edition_allocated_minor: minor,
    }),
    conversion: conversionSummary,
    rules: z.array(z.string()).describe('The rules of the comparison and of the ledger, in English'),
    rule_ids: reportRuleIds,
    notes: z.array(z.string()).describe('Notes on what the figures hold, in English'),
    note_ids: reportNoteIds,
  })
  .meta({ id: 'Reconciliation' });
