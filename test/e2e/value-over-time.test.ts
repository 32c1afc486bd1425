import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { formatDate, formatMoney } from '../../web/src/lib/format.ts';
import { accessibilityViolations, apiGet, describeInBrowser, inPage } from './support/app.ts';

interface Report {
  months: string[];
  totals: Record<'committed' | 'delivered', { total: { amount: string }; cumulative: string[] }>;
  series: { measure: string; mode: string }[];
  conversion: { rate_date: string | null; unconverted: { record: string }[] };
}

describeInBrowser('value over time', (e2e) => {
  it('charts committed value by channel, switches to cumulative and keeps the view in its link', async () => {
    const report = await apiGet<Report>(e2e, '/api/v1/reports/value-over-time?currency=EUR');
    const page = await e2e.open('/');
    await page.getByRole('link', { name: 'Over time', exact: true }).click();
    await page.getByRole('heading', { name: 'Aid value over time', level: 1 }).waitFor();
    await page.locator('[data-testid="value-chart"][data-rendered="true"]').waitFor();
    expect(await page.getByTestId('value-totals').textContent()).toContain(
      formatMoney(report.totals.committed.total.amount, 'EUR', 'en'),
    );
    // Legend names the channels the ledger uses, as a reader knows them.
    await page.getByText('Show the figures as a table').click();
    const table = page.getByTestId('value-table');
    await table.getByRole('columnheader', { name: 'Pooled package' }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(report.months.length);
    expect(await accessibilityViolations(page)).toEqual([]);
    // Every page names the date of its data and of the exchange rates.
    const dates = await apiGet<{ rates_published_on: string }>(e2e, '/api/v1/freshness');
    expect(await page.getByTestId('freshness').textContent()).toContain(
      `ECB exchange rates of ${formatDate(dates.rates_published_on, 'en')}`,
    );

    await page.getByRole('radio', { name: 'Committed and delivered' }).check();
    await page.getByRole('radio', { name: 'Cumulative' }).check();
    await page.getByRole('radio', { name: 'USD' }).check();
    await expect.poll(() => page.url()).toContain('scale=cumulative');
    const link = await page.getByTestId('value-permalink').getAttribute('href');
    expect(link).toBe('/value-over-time?currency=USD&split=measure&scale=cumulative');
    // The permalink opened afresh restores the same view.
    const again = await e2e.open(link!);
    await again.locator('[data-testid="value-chart"][data-rendered="true"]').waitFor();
    expect(await again.getByRole('radio', { name: 'Cumulative' }).isChecked()).toBe(true);
    expect(await again.getByRole('radio', { name: 'USD' }).isChecked()).toBe(true);
    const usd = await apiGet<Report>(e2e, '/api/v1/reports/value-over-time?currency=USD');
    await again.getByText('Show the figures as a table').click();
    const lastRow = again.getByTestId('value-table').locator('tbody tr').last();
    expect(await lastRow.locator('td').first().textContent()).toBe(
      formatMoney(usd.totals.committed.cumulative.at(-1)!, 'USD', 'en'),
    );

    // The figures of the view as CSV: a row per month, exact amounts.
    const [file] = await Promise.all([
      again.waitForEvent('download'),
      again.getByRole('button', { name: 'Download the figures (CSV)' }).click(),
    ]);
    const csv = (await readFile((await file.path())!, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    // Every row names the last exchange-rate date; each amount not converted follows, with why.
    expect(csv[0]).toBe('month,Committed (USD),Delivered (USD),rates_through,not_converted');
    const unconverted = usd.conversion.unconverted;
    expect(csv).toHaveLength(usd.months.length + 1 + unconverted.length);
    expect(csv[usd.months.length]).toBe(
      `${usd.months.at(-1)},${usd.totals.committed.cumulative.at(-1)},${usd.totals.delivered.cumulative.at(-1)},${usd.conversion.rate_date ?? ''},`,
    );
    for (const [i, u] of unconverted.entries())
      expect(csv[usd.months.length + 1 + i]).toContain(`${u.record}`);
    // The page names the same rate date.
    expect(await again.getByTestId('rates-line').textContent()).toContain(
      formatDate(usd.conversion.rate_date!, 'en'),
    );
    await page.close();
    await again.close();
  });

  it('fits a phone screen and speaks French', async () => {
    const page = await e2e.open('/value-over-time?donor=DE', { width: 375, height: 800 });
    await page.locator('[data-testid="value-chart"][data-rendered="true"]').waitFor();
    expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { name: 'Valeur de l’aide dans le temps', level: 1 }).waitFor();
    expect(await page.getByLabel('Donateur').inputValue()).toBe('DE');
    await page.getByText('Règles de calcul').click();
    await page.getByText('La valeur engagée compte au mois où l’engagement a été annoncé.').waitFor();
    expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
    expect(e2e.problems).toEqual([]);
  });
});
