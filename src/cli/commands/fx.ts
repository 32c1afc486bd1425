import { InvalidArgumentError, type Command } from 'commander';
import { conversionView, convertAmount } from '../../app/fx/convert-money.ts';
import { listExchangeRates, rateSeriesView } from '../../app/fx/list-exchange-rates.ts';
import { exchangeRateStatus, importExchangeRates } from '../../app/fx/import-exchange-rates.ts';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../domain/errors.ts';
import { calendarDate, year } from '../arguments.ts';
import { formatRatio, roundingModes, type Rounding } from '../../domain/money/decimal.ts';
import { readAppOrServer, withApp, withAppOrServer } from '../app.ts';
import { formatTable, print, toJson } from '../output.ts';

function rounding(value: string): Rounding {
  if (!(roundingModes as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`choose one of ${roundingModes.join(', ')}`);
  }
  return value as Rounding;
}

export function registerFx(program: Command): void {
  const fx = program.command('fx').description('Exchange rates: exact conversion at ECB reference rates');

  fx.command('convert')
    .description('Convert AMOUNT from one currency to another at the ECB rate of a value date')
    .argument('<amount>', 'amount in major units, e.g. 1250000 or 99.95')
    .argument('<from>', 'source currency, ISO 4217 (EUR or an ECB currency)')
    .argument('<to>', 'target currency')
    .requiredOption(
      '--on <date>',
      'value date YYYY-MM-DD (the last rate published on or before it is used)',
      calendarDate,
    )
    .option('--rounding <mode>', `rounding of the result: ${roundingModes.join(', ')}`, rounding, 'half_even')
    .option('--json', 'machine-readable output')
    .action(async (amount: string, from: string, to: string, options, command: Command) => {
      const query = { amount, from, to, on: options.on as string, rounding: options.rounding as Rounding };
      const c = await readAppOrServer(command, { path: '/api/v1/fx/convert', query }, async (ctx) =>
        conversionView(await convertAmount(ctx, query)),
      );
      if (options.json) {
        const { from, to, rate, rate_date, rounding, source } = c;
        return print(toJson({ from, to, rate, rate_date, value_date: options.on, rounding, source }));
      }
      const [num, den] = c.rate_exact.split('/').map(BigInt) as [bigint, bigint];
      print(`${c.from.amount} ${c.from.currency} = ${c.to.amount} ${c.to.currency}`);
      print(
        `rate ${formatRatio({ num, den }, 6)} ${c.to.currency}/${c.from.currency}, ECB reference rates of ${c.rate_date}` +
          (c.rate_date !== options.on ? ` (last published on or before ${options.on})` : ''),
      );
    });

  fx.command('rates')
    .description('Daily ECB rates of a currency (units per euro) over a period, with their mean')
    .argument('<currency>', 'ISO 4217 code, e.g. USD')
    .option('--year <year>', 'a whole calendar year', year)
    .option('--from <date>', 'first day YYYY-MM-DD', calendarDate)
    .option('--to <date>', 'last day YYYY-MM-DD', calendarDate)
    .option('--json', 'machine-readable output')
    .action(async (currency: string, options, command: Command) => {
      const from = options.year ? `${options.year}-01-01` : options.from;
      const to = options.year ? `${options.year}-12-31` : options.to;
      if (!from || !to) throw new InvalidArgumentError('give --year, or --from and --to');
      const series = await readAppOrServer(
        command,
        { path: `/api/v1/exchange-rates/${encodeURIComponent(currency)}`, query: { from, to } },
        async (ctx) => rateSeriesView(await listExchangeRates(ctx, { currency, from, to })),
      );
      const { count, mean, rates } = series;
      if (options.json) return print(toJson({ currency: series.currency, from, to, rates, mean, count }));
      if (rates.length <= 31) print(formatTable(rates));
      print(`${series.currency} per EUR, ${from} to ${to}: ${count} days, mean ${mean ?? 'n/a'}`);
    });

  fx.command('import')
    .description(
      'Load an ECB reference-rate file: eurofxref-hist.csv, or the daily, 90-day or history XML feed',
    )
    .argument('<file>', 'the file as published by the ECB')
    .option('--json', 'machine-readable output')
    .action(async (file: string, options, command: Command) => {
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        throw new AppError('invalid_input', `${file}: cannot read the file`);
      }
      await withApp(command, async (ctx) => {
        const result = await importExchangeRates(ctx, { name: path.basename(file), text });
        if (options.json) return print(toJson(result));
        print(
          result.status === 'unchanged'
            ? `${result.file}: unchanged (all ${result.rates_in_file} rates already held)`
            : `${result.file}: ${result.written} of ${result.rates_in_file} rates written, ${result.first_date} to ${result.last_date}, ${result.currencies.length} currencies`,
        );
      });
    });

  fx.command('status')
    .description('The last ECB rate date per currency: amounts dated later cannot be converted')
    .option('--json', 'machine-readable output')
    .action(async (options, command: Command) => {
      const { items: status } = await withAppOrServer(
        command,
        { path: '/api/v1/exchange-rates' },
        async (ctx) => ({ items: await exchangeRateStatus(ctx) }),
      );
      if (options.json) return print(toJson(status));
      print(
        formatTable(
          status.map((s) => ({ currency: s.currency, first: s.first, last: s.last, days: s.days })),
        ),
      );
      const last = status
        .map((s) => s.last)
        .sort()
        .at(-1);
      if (last) print(`last rate date: ${last}`);
    });
}
