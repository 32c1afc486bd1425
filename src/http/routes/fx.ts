import * as z from 'zod';
import { conversionView, convertAmount } from '../../app/fx/convert-money.ts';
import { exchangeRateStatus } from '../../app/fx/import-exchange-rates.ts';
import { listExchangeRates, rateSeriesView } from '../../app/fx/list-exchange-rates.ts';
import { roundingModes } from '../../domain/money/decimal.ts';
import { errorResponses, isoDate } from '../schemas/common.ts';
import type { Api } from '../server.ts';

const moneySchema = z
  .object({
    amount: z.string().describe('Major units, exact decimal string'),
    amount_minor: z.string().describe('Integer minor units'),
    currency: z.string().length(3),
  })
  .meta({ id: 'Money' });

const conversionSchema = z
  .object({
    from: moneySchema,
    to: moneySchema,
    rate: z.string().describe('Units of the target currency per unit of the source, 10 decimals'),
    rate_exact: z.string().describe('The exact rate as a fraction num/den'),
    rate_date: z
      .string()
      .describe('Publication day of the ECB rates used: the last on or before the value date'),
    rounding: z.enum(roundingModes),
    source: z.string(),
  })
  .meta({ id: 'Conversion' });

export function fxRoutes(app: Api): void {
  app.get(
    '/api/v1/fx/convert',
    {
      config: { permission: 'reference:read' },
      schema: {
        tags: ['exchange rates'],
        summary: 'Convert an amount at the ECB rate of a value date',
        querystring: z.object({
          amount: z
            .string()
            .regex(/^\d+(\.\d+)?$/, 'expected a non-negative decimal number')
            .max(40),
          from: z.string().length(3),
          to: z.string().length(3),
          on: isoDate,
          rounding: z.enum(roundingModes).default('half_even'),
        }),
        response: { 200: conversionSchema, ...errorResponses },
      },
    },
    async (request) => conversionView(await convertAmount(request.server.ctx, request.query)),
  );

  app.get(
    '/api/v1/exchange-rates/:currency',
    {
      config: { permission: 'reference:read' },
      schema: {
        tags: ['exchange rates'],
        summary: 'Daily ECB rates of a currency (units per euro) and their exact mean',
        params: z.object({ currency: z.string().length(3) }),
        querystring: z.object({ from: isoDate, to: isoDate }),
        response: {
          200: z.object({
            currency: z.string(),
            from: z.string(),
            to: z.string(),
            count: z.number().int(),
            mean: z.string().nullable().describe('Arithmetic mean of the daily rates, 6 decimals'),
            rates: z.array(z.object({ date: z.string(), rate: z.string() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      rateSeriesView(
        await listExchangeRates(request.server.ctx, { currency: request.params.currency, ...request.query }),
      ),
  );

  app.get(
    '/api/v1/exchange-rates',
    {
      config: { permission: 'reference:read' },
      schema: {
        tags: ['exchange rates'],
        summary:
          'The ECB rates held, per currency: first and last rate date and the number of days (amounts dated later cannot be converted)',
        response: {
          200: z.object({
            items: z.array(
              z.object({ currency: z.string(), first: isoDate, last: isoDate, days: z.number().int() }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ items: await exchangeRateStatus(request.server.ctx) }),
  );
}
