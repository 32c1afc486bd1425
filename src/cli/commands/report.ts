import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { reportBurden } from '../../app/reports/report-burden.ts';
import { reportFollowThrough } from '../../app/reports/report-follow-through.ts';
import { reportFairShare } from '../../app/reports/report-fair-share.ts';
import { reportClaims } from '../../app/reports/report-claims.ts';
import { reportPipeline } from '../../app/reports/report-pipeline.ts';
import { reportTargets } from '../../app/reports/report-targets.ts';
import type { ReportEdition } from '../../app/reports/valued-commitments.ts';
import { valuationBases } from '../../domain/reports/valuation.ts';
import { followThroughRows } from '../../domain/reports/follow-through-tabular.ts';
import { fairShareRows } from '../../domain/reports/fair-share-tabular.ts';
import { claimRows } from '../../domain/reports/claims-tabular.ts';
import { pipelineRows } from '../../domain/reports/pipeline-tabular.ts';
import { burdenRows } from '../../domain/reports/tabular.ts';
import { targetRows } from '../../domain/reports/targets-tabular.ts';
import { calendarDate, year, oneOf } from '../arguments.ts';
import { withAppOrServer } from '../app.ts';
import { withConversionRows, type ConversionSummary } from '../../domain/money/conversion-summary.ts';
import { formatTable, print, toJson } from '../output.ts';

const formats = ['table', 'json', 'csv'] as const;
type Format = (typeof formats)[number];

function render(
  format: Format,
  report: object,
  rows: Record<string, string | number | null>[],
  footer: string[],
) {
  if (format === 'json') return print(toJson(report));
  if (format === 'csv') {
    // The rate date on every row, and each amount not converted as a row of its own.
    const conversion = 'conversion' in report ? (report.conversion as ConversionSummary) : null;
    const table = conversion ? withConversionRows(rows, conversion) : rows;
    return process.stdout.write(stringify(table, { header: true }));
  }
  print(formatTable(rows));
  for (const line of footer) print(line);
}

function kielLine(edition: ReportEdition | null): string {
  return edition
    ? `kiel basis: ${edition.attribution} (${edition.id}, published ${edition.published_on})`
    : 'kiel basis: no Kiel edition with heavy weapons imported as known on the date; it falls back to record values';
}

export function registerReport(program: Command): void {
  const report = program
    .command('report')
    .description('Reports: burden sharing, pipeline, follow-through, NATO spending targets, reported claims');

  report
    .command('fair-share')
    .description(
      "Each donor's contribution in a year against Ukraine's ask, its GDP share and its NATO spending",
    )
    .option('--year <year>', 'year of the contributions (default: last year)', year)
    .option(
      '--basis <basis>',
      "whose figures: ledger (the ledger's commitments), or an edition's allocations (kiel-ust-r29, edition:kiel-ust-r29)",
      'ledger',
    )
    .option('--valuation <basis>', valuationBases.join('|'), oneOf(valuationBases), 'record')
    .option('--format <format>', formats.join('|'), oneOf(formats), 'table')
    .action(async (options, command: Command) => {
      const input = {
        year: options.year ?? null,
        basis: options.basis,
        valuation: options.valuation,
      };
      const r = await withAppOrServer(command, { path: '/api/v1/reports/fair-share', query: input }, (ctx) =>
        reportFairShare(ctx, input),
      );
      render(options.format, r, fairShareRows(r.donors, r.edition?.attribution ?? null), [
        '',
        r.edition
          ? `${r.year}: total ${r.total.amount} EUR, contributions from ${r.edition.id} (${r.edition.attribution}); ask: ${r.benchmark.pct_gdp} % of GDP (${r.benchmark.id})`
          : `${r.year}: total ${r.total.amount} EUR, valuation ${r.valuation}; ask: ${r.benchmark.pct_gdp} % of GDP (${r.benchmark.id})`,
        `GDP: ${r.gdp_editions.join('; ') || 'none'}`,
        `NATO: ${r.nato_editions.join('; ') || 'none'}`,
        `USD per EUR (mean of the year's ECB rates): ${r.usd_per_eur ?? 'none'}`,
        ...(r.edition ? [] : [kielLine(r.kiel_edition)]),
        ...r.rules.map((rule) => `rule: ${rule}`),
        ...r.notes.map((note) => `note: ${note}`),
      ]);
    });

  report
    .command('follow-through')
    .description(
      'Per meeting: what was announced there and how much has since been committed, contracted, delivered',
    )
    .option('--meeting <id>', 'only this meeting')
    .option('--as-of <date>', 'as known on this date (default: today)', calendarDate)
    .option('--valuation <basis>', valuationBases.join('|'), oneOf(valuationBases), 'record')
    .option('--format <format>', formats.join('|'), oneOf(formats), 'table')
    .action(async (options, command: Command) => {
      const input = {
        meeting: options.meeting ?? null,
        as_of: options.asOf ?? null,
        valuation: options.valuation,
      };
      const r = await withAppOrServer(
        command,
        { path: '/api/v1/reports/follow-through', query: input },
        (ctx) => reportFollowThrough(ctx, input),
      );
      if (options.format !== 'table')
        return void render(options.format, r, followThroughRows(r.meetings), []);
      print(`follow-through as known on ${r.as_of}, EUR, valuation ${r.valuation}`);
      print(formatTable(followThroughRows(r.meetings)));
      print('');
      print(
        formatTable(
          r.donors.map((d) => ({
            donor: d.donor,
            commitments: d.commitments,
            first_delivered: d.first_delivery.count,
            median_days_to_first: d.first_delivery.median_days,
            fully_delivered: d.full_delivery.count,
            median_days_to_full: d.full_delivery.median_days,
          })),
        ),
      );
      print(kielLine(r.kiel_edition));
      for (const rule of r.rules) print(`rule: ${rule}`);
      for (const note of r.notes) print(`note: ${note}`);
    });

  report
    .command('burden')
    .description('Committed and delivered value per donor, share of the total and % of GDP')
    .option('--currency <code>', 'EUR or USD', oneOf(['EUR', 'USD'] as const), 'EUR')
    .option('--recipient <party>', 'recipient party', 'UA')
    .option('--from <date>', 'first announcement date', calendarDate)
    .option('--to <date>', 'last announcement date', calendarDate)
    .option('--as-of <date>', 'only what was announced and happened on or before this date', calendarDate)
    .option(
      '--gdp-year <year>',
      "2021 (fixed) or same (the commitment's year)",
      oneOf(['2021', 'same'] as const),
      '2021',
    )
    .option('--valuation <basis>', valuationBases.join('|'), oneOf(valuationBases), 'record')
    .option('--format <format>', formats.join('|'), oneOf(formats), 'table')
    .action(async (options, command: Command) => {
      const input = {
        currency: options.currency,
        recipient: options.recipient,
        from: options.from ?? null,
        to: options.to ?? null,
        as_of: options.asOf ?? null,
        gdp_year: options.gdpYear,
        valuation: options.valuation,
      };
      const r = await withAppOrServer(command, { path: '/api/v1/reports/burden', query: input }, (ctx) =>
        reportBurden(ctx, input),
      );
      render(options.format, r, burdenRows(r.donors), [
        '',
        `total committed ${r.totals.committed.amount} ${r.currency} (${r.totals.estimated_pct ?? '0.0'} % estimated from catalogue values), delivered ${r.totals.delivered.amount} ${r.currency} (${r.totals.delivered_estimated_pct ?? '0.0'} % estimated), valuation ${r.valuation}`,
        `by stage (adds up to committed): ${r.stages.map((s) => `${s.stage} ${s.value.amount}`).join(', ')}`,
        ...(r.totals.range
          ? [
              `committed on every valuation basis: ${r.totals.range.low.amount} to ${r.totals.range.high.amount} ${r.currency} (${Object.entries(
                r.totals.range.by_basis,
              )
                .map(([basis, f]) => `${basis} ${f.amount}`)
                .join(', ')})`,
            ]
          : []),
        ...(r.totals.range || r.valuation === 'kiel' ? [kielLine(r.kiel_edition)] : []),
        ...r.rules.map((rule) => `rule: ${rule}`),
        ...r.notes.map((note) => `note: ${note}`),
      ]);
    });

  report
    .command('claims')
    .description('Reported totals side by side, conflicting claims first, with their sources')
    .option('--format <format>', formats.join('|'), oneOf(formats), 'table')
    .action(async (options, command: Command) => {
      const r = await withAppOrServer(command, { path: '/api/v1/reports/claims' }, (ctx) =>
        reportClaims(ctx),
      );
      render(options.format, r, claimRows(r.conflicts, r.others), [
        '',
        `${r.counts.claims} claims, ${r.counts.conflicts} conflict group(s) holding ${r.counts.in_conflict} claims`,
        ...r.rules.map((rule) => `rule: ${rule}`),
        ...r.notes.map((note) => `note: ${note}`),
      ]);
    });

  report
    .command('targets')
    .description("NATO members' defence expenditure against 2 %, 3.5 % and 5 % of GDP")
    .option('--year <year>', 'year of the figures (default: the latest NATO year)', year)
    .option('--include-secondary', 'add the press-reported estimates, flagged and counted apart', false)
    .option('--format <format>', formats.join('|'), oneOf(formats), 'table')
    .action(async (options, command: Command) => {
      const input = {
        year: options.year ?? null,
        include_secondary: options.includeSecondary,
      };
      const r = await withAppOrServer(command, { path: '/api/v1/reports/targets', query: input }, (ctx) =>
        reportTargets(ctx, input),
      );
      render(
        options.format,
        r,
        targetRows(r.lines, [...r.allies, ...r.aggregates], r.secondary_counts !== null),
        [
          '',
          `${r.year}, ${r.edition ?? 'no NATO edition'}`,
          ...r.counts.map((c) => {
            const line = r.lines.find((l) => l.id === c.line);
            return `at or above ${line?.value ?? c.line} %: ${c.at_or_above} of ${c.of} allies`;
          }),
          ...r.rules.map((rule) => `rule: ${rule}`),
          ...r.notes.map((note) => `note: ${note}`),
        ],
      );
    });

  report
    .command('pipeline')
    .description('Counts and values by derived status and donor, suspensions in force, overdue commitments')
    .option('--currency <code>', 'EUR or USD', oneOf(['EUR', 'USD'] as const), 'EUR')
    .option('--recipient <party>', 'only commitments to this recipient')
    .option('--on <date>', 'report date (default: today)', calendarDate)
    .option('--format <format>', formats.join('|'), oneOf(formats), 'table')
    .action(async (options, command: Command) => {
      const input = {
        currency: options.currency,
        recipient: options.recipient ?? null,
        on: options.on ?? null,
      };
      const r = await withAppOrServer(command, { path: '/api/v1/reports/pipeline', query: input }, (ctx) =>
        reportPipeline(ctx, input),
      );
      if (options.format !== 'table') return void render(options.format, r, pipelineRows(r), []);
      print(`pipeline on ${r.on}, values in ${r.currency}`);
      print(
        formatTable(
          r.by_status.map((s) => ({
            status: s.status,
            count: s.count,
            value: s.value.amount,
            unvalued: s.unvalued,
          })),
        ),
      );
      print('');
      print(
        formatTable(
          r.by_donor.map((d) => ({ donor: d.donor, count: d.count, value: d.value.amount, ...d.statuses })),
        ),
      );
      print('');
      print(`overdue: ${r.overdue.length}`);
      if (r.overdue.length) print(formatTable(pipelineRows({ ...r, suspensions: [] })));
      print(`suspended: ${r.suspensions.length}`);
      if (r.suspensions.length) print(formatTable(pipelineRows({ ...r, overdue: [] })));
      print(`excluded: ${r.excluded.sales} sale(s), ${r.excluded.replenishments} replenishment(s)`);
      for (const rule of r.rules) print(`rule: ${rule}`);
      for (const note of r.notes) print(`note: ${note}`);
    });
}
