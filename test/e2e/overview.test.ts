import { expect, it } from 'vitest';
import { formatMoney, formatMoneyShort } from '../../web/src/lib/format.ts';
import { accessibilityViolations, apiGet, describeInBrowser, inPage } from './support/app.ts';

interface Burden {
  totals: { committed: { amount: string }; delivered: { amount: string } };
  donors: { donor: string }[];
}

describeInBrowser('overview', (e2e) => {
  it('shows the demo totals exactly as the burden report gives them, and the charts', async () => {
    const report = await apiGet<Burden>(e2e, '/api/v1/reports/burden?currency=EUR');
    const page = await e2e.open('/');
    await expect
      .poll(() => page.getByTestId('total-committed').textContent())
      .toBe(formatMoney(report.totals.committed.amount, 'EUR', 'en'));
    expect(await page.getByTestId('total-delivered').textContent()).toBe(
      formatMoney(report.totals.delivered.amount, 'EUR', 'en'),
    );
    for (const chart of ['donor-chart', 'monthly-chart', 'pipeline-chart']) {
      await page.locator(`[data-testid="${chart}"][data-rendered="true"] svg`).first().waitFor();
    }
    // The largest donor of the report is the first bar of the chart.
    const first = await apiGet<{ names: { en: string } }>(e2e, `/api/v1/parties/${report.donors[0]!.donor}`);
    await expect.poll(() => page.getByTestId('donor-chart').textContent()).toContain(first.names.en);
    const pipeline = await apiGet<{
      by_status: { status: string; count: number; value: { amount: string } }[];
    }>(e2e, '/api/v1/reports/pipeline?currency=EUR');
    const delivered = pipeline.by_status.find((row) => row.status === 'delivered')!;
    await expect
      .poll(() => page.getByTestId('pipeline-chart').textContent())
      .toContain(`${formatMoneyShort(delivered.value.amount, 'EUR', 'en')} (${delivered.count})`);
    await page.getByText('Counting rules').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(e2e.problems).toEqual([]);
    await page.close();
  });

  it('switches the donor chart to shares and the totals to US dollars', async () => {
    const report = await apiGet<Burden>(e2e, '/api/v1/reports/burden?currency=USD');
    const page = await e2e.open('/');
    // The page may still be drawing its first answer: choose again until the choice holds.
    await page.locator('[data-testid="donor-chart"][data-rendered="true"]').waitFor();
    const choose = async (label: string) => {
      const input = page.getByLabel(label);
      await expect
        .poll(async () => {
          await input.click({ force: true });
          return input.isChecked();
        })
        .toBe(true);
    };
    await choose('Share of total');
    await expect.poll(() => page.getByTestId('donor-chart').textContent()).toMatch(/\d+\.\d+%/);
    await choose('USD');
    await expect.poll(() => page.url()).toContain('currency=USD');
    await expect
      .poll(() => page.getByTestId('total-committed').textContent())
      .toBe(formatMoney(report.totals.committed.amount, 'USD', 'en'));
    await page.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const page = await e2e.open('/', { width: 375, height: 800 });
    await page.getByTestId('total-committed').waitFor();
    await page.locator('[data-testid="donor-chart"][data-rendered="true"]').waitFor();
    expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('link', { name: 'Ledger' }).click();
    await page.getByTestId('ledger-table').waitFor();
    expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await page.close();
  });
});
