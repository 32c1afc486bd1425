import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { accessibilityViolations, apiGet, describeInBrowser } from './support/app.ts';

interface Page<T> {
  items: T[];
  total: number;
  conversion: { rate_date: string | null; unconverted: { record: string }[] };
}
interface Commitment {
  value_eur?: string | null;
  id: string;
  money: { amount: string | null; currency: string; value_date?: string | null } | null;
}

describeInBrowser('ledger', (e2e) => {
  it('filters by donor and mode into a shareable address, opens a commitment, and exports the view as CSV', async () => {
    const expected = await apiGet<Page<Commitment>>(
      e2e,
      '/api/v1/commitments?donor=DE&mode=pooled&limit=1000',
    );
    expect(expected.total).toBeGreaterThan(0);
    const page = await e2e.open('/ledger');
    await page.getByTestId('ledger-table').waitFor();
    await page.getByLabel('Donor').selectOption('DE');
    await page.getByLabel('Mode').selectOption('pooled');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => page.url()).toMatch(/\/ledger\?donor=DE&mode=pooled$/);
    await expect.poll(() => page.getByTestId('pager-range').textContent()).toContain(`of ${expected.total}`);
    expect(await page.locator('[data-testid="ledger-table"] tbody tr').count()).toBe(
      Math.min(25, expected.total),
    );

    // The address alone restores the view.
    const shared = await e2e.open(new URL(page.url()).pathname + new URL(page.url()).search);
    await expect
      .poll(() => shared.getByTestId('pager-range').textContent())
      .toContain(`of ${expected.total}`);
    expect(await shared.getByLabel('Mode').inputValue()).toBe('pooled');
    await shared.close();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,announced_on,donor,/);
    // The rows, then the last ECB rate date used and each amount not converted, as the API names them.
    expect(lines.slice(expected.total + 1)).toEqual([
      '',
      `ecb_rates_last_used,${expected.conversion.rate_date ?? 'none needed'}`,
      ...expected.conversion.unconverted.map((u) => expect.stringMatching(`^not_converted,${u.record},`)),
    ]);
    expect(
      lines
        .slice(1, expected.total + 1)
        .map((line) => line.split(',')[0])
        .sort(),
    ).toEqual(expected.items.map((c) => c.id).sort());
    expect(await accessibilityViolations(page)).toEqual([]);

    const first = expected.items[0]!;
    await page
      .locator(`a[href="/commitments/${encodeURIComponent(first.id)}"]`)
      .first()
      .click();
    await page.getByText(first.id, { exact: true }).waitFor();
    // The heading names the commitment for a person: donor → recipient: what, how, when.
    const heading = await page.getByRole('heading', { level: 1 }).innerText();
    expect(heading).toMatch(/ → .+: .+/);
    expect(heading).not.toContain(first.id);
    if (first.money?.amount && first.money.value_date) await page.getByTestId('conversion').waitFor();
    await page.getByTestId('timeline').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(e2e.problems).toEqual([]);
    await page.close();
  });

  it('sorts by money and pages through the results', async () => {
    const page = await e2e.open('/ledger');
    await page.getByRole('button', { name: /^Value in EUR/ }).click();
    await expect.poll(() => page.url()).toContain('sort=-money');
    const api = await apiGet<Page<Commitment> & { total_eur: { amount: string } }>(
      e2e,
      '/api/v1/commitments?sort=-money&limit=25',
    );
    await expect
      .poll(() =>
        page.locator('[data-testid="ledger-table"] tbody tr').first().getAttribute('data-commitment'),
      )
      .toBe(api.items[0]!.id);
    // Largest value in EUR first, whatever the currency it was pledged in: NOK 7 bn is not above USD 6 bn.
    const values = api.items
      .map((c) => c.value_eur)
      .filter((v): v is string => !!v)
      .map(Number);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const total = await page.getByTestId('ledger-total').textContent();
    expect(total).toMatch(/Total of this view in EUR/);
    expect(total!.replace(/[^\d]/g, '')).toContain(api.total_eur.amount.split('.')[0]!.slice(0, 4));
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.url()).toContain('page=2');
    await expect.poll(() => page.getByTestId('pager-range').textContent()).toMatch(/^26–/);
    await page.close();
  });
});
