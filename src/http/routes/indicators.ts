import * as z from 'zod';
import { indicators } from '../../store/repositories/indicators.ts';
import { errorResponses, page, paging } from '../schemas/common.ts';
import type { Api } from '../server.ts';

const quality = z.enum(['primary', 'secondary', 'transcribed']);

const indicatorSchema = z
  .object({
    party: z.string(),
    indicator: z
      .string()
      .describe(
        'gdp_usd, defence_expenditure_pct_gdp, defence_expenditure_usd_m, gdp_usd_m_nato, equipment_share_pct…',
      ),
    year: z.number().int(),
    value: z.string().describe('Exact decimal, as published'),
    unit: z.string(),
    edition: z.string().describe('Edition or vintage of the source table; editions are never mixed'),
    quality: quality.describe(
      'primary: the publisher’s own table; secondary: press reports; transcribed: copied by hand',
    ),
    estimate: z.boolean(),
    source: z.string(),
  })
  .meta({ id: 'Indicator' });

export function indicatorRoutes(app: Api): void {
  app.get(
    '/api/v1/indicators',
    {
      config: { permission: 'reference:read' },
      schema: {
        tags: ['reference'],
        summary: 'GDP and defence expenditure by party and year',
        querystring: z.object({
          party: z.string().max(32).optional(),
          indicator: z.string().max(64).optional(),
          year_from: z.coerce.number().int().min(1900).max(2100).optional(),
          year_to: z.coerce.number().int().min(1900).max(2100).optional(),
          quality: z
            .string()
            .default('primary')
            .transform((v) => v.split(','))
            .pipe(z.array(quality))
            .describe('Comma-separated qualities to include (default: primary only)'),
          ...paging,
        }),
        response: { 200: page(indicatorSchema), ...errorResponses },
      },
    },
    async (request) => {
      const q = request.query;
      const result = await indicators.list(request.server.ctx.db, {
        party: q.party?.toUpperCase(),
        indicator: q.indicator,
        yearFrom: q.year_from,
        yearTo: q.year_to,
        qualities: q.quality,
        limit: q.limit,
        offset: q.offset,
      });
      return { ...result, limit: q.limit, offset: q.offset };
    },
  );
}
