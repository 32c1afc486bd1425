import { expect, it } from 'vitest';
import { formatMoney, formatMoneyShort, formatMonth, formatPercent } from '../../web/src/lib/format.ts';
import { accessibilityViolations, apiGet, describeInBrowser, inPage } from './support/app.ts';

interface Burden {
  totals: {
    committed: { amount: string };
    delivered: { amount: string };
    estimated: { amount: string };
    estimated_pct: string;
  };
  donors: { donor: string }[];
  stages: { stage: string; count: number; value: { amount: string } }[];
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
    // The pipeline's delivered bar is the delivered total of the headline.
    const delivered = report.stages.find((row) => row.stage === 'delivered')!;
    await expect
      .poll(() => page.getByTestId('pipeline-chart').textContent())
      .toContain(`${formatMoneyShort(delivered.value.amount, 'EUR', 'en')} (${delivered.count})`);
    // The monthly chart is the value-over-time report's committed value, from its first month.
    const value = await apiGet<{ months: string[]; totals: { committed: { monthly: string[] } } }>(
      e2e,
      '/api/v1/reports/value-over-time?currency=EUR',
    );
    const table = page.getByTestId('monthly-table');
    await table.locator('summary').click();
    const firstRow = table.locator('tbody tr').first();
    expect(await firstRow.locator('th').textContent()).toBe(formatMonth(value.months[0]!, 'en'));
    expect(await firstRow.locator('td').last().textContent()).toBe(
      formatMoney(value.totals.committed.monthly[0]!, 'EUR', 'en'),
    );
    expect(await table.locator('tbody tr').count()).toBe(value.months.length);
    await page.getByText('Counting rules').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(e2e.problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('labels committed, delivered and the pipeline with their definitions and the estimated part, in English and French', async () => {
    const report = await apiGet<Burden>(e2e, '/api/v1/reports/burden?currency=EUR');
    const page = await e2e.open('/');
    const estimated = `${formatPercent(report.totals.estimated_pct, 'en', 1)} estimated from catalogue prices (${formatMoneyShort(report.totals.estimated.amount, 'EUR', 'en')})`;
    await expect.poll(() => page.getByTestId('estimated-committed').textContent()).toBe(estimated);
    expect(await page.getByTestId('estimated-committed').isVisible()).toBe(true);
    expect(await page.getByTestId('estimated-delivered').isVisible()).toBe(true);
    await expect
      .poll(() => page.getByTestId('definition-delivered').textContent())
      .toMatch(/share of its quantities delivered.*partial deliveries count/);
    expect(await page.getByTestId('definition-committed').isVisible()).toBe(true);
    const stages = page.getByTestId('definition-stages');
    await stages.waitFor();
    expect(await stages.textContent()).toContain(
      `Stages add up to the committed total, ${formatMoney(report.totals.committed.amount, 'EUR', 'en')}.`,
    );
    await page.getByLabel('Language').selectOption('fr');
    await expect
      .poll(() => page.getByTestId('estimated-committed').textContent())
      .toBe(
        `${formatPercent(report.totals.estimated_pct, 'fr', 1)} estimés d’après les prix du catalogue (${formatMoneyShort(report.totals.estimated.amount, 'EUR', 'fr')})`,
      );
    expect(await page.getByTestId('definition-delivered').textContent()).toMatch(
      /les livraisons partielles comptent/,
    );
    expect(await page.getByTestId('definition-stages').textContent()).toContain(
      'Les étapes font le total engagé',
    );
    await page.getByLabel('Langue').selectOption('en');
    await page.close();
  });

  it('switches the donor chart to shares and the totals to US dollars', async () => {
    const report = await apiGet<Burden>(e2e, '/api/v1/reports/burden?currency=USD');
    const page = await e2e.open('/');
    // The page may still be drawing its first answer: choose again until the choice holds.
    await page.locator('[data-testid="donor-chart"][data-rendered="true"]').waitFor();
    const choose = async (label: string) => {
      // A radio by its name: a chart's description may name the same currency.
      const input = page.getByRole('radio', { name: label, exact: true });
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

  it('sent with its answers in the page, asks the API for nothing and shows the same figures', async () => {
    // The server makes them once it has been idle for half a second: asked for seldom.
    let ready = false;
    for (let i = 0; i < 40 && !ready; i++) {
      const html = await (await fetch(`${e2e.url}/`, { headers: { accept: 'text/html' } })).text();
      ready = html.includes('id="landing-answers"');
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    expect(ready).toBe(true);
    const report = await apiGet<Burden>(e2e, '/api/v1/reports/burden?currency=EUR');
    const asked: string[] = [];
    const page = await e2e.browser.context.newPage();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) asked.push(url.pathname + url.search);
    });
    page.on('pageerror', (error) => e2e.problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') e2e.problems.push(`console: ${message.text()}`);
    });
    await page.goto(`${e2e.url}/`);
    await page.locator('[data-testid="pipeline-chart"][data-rendered="true"] svg').first().waitFor();
    await page.locator('.announcements li').first().waitFor();
    await page.getByTestId('freshness').waitFor();
    expect(await page.getByTestId('total-committed').textContent()).toBe(
      formatMoney(report.totals.committed.amount, 'EUR', 'en'),
    );
    expect(asked).toEqual([]);
    expect(await page.locator('#landing-answers').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(e2e.problems).toEqual([]);
    await page.close();
  }, 120_000);
});
