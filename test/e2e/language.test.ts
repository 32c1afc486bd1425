import { expect, it } from 'vitest';
import { formatMoney } from '../../web/src/lib/format.ts';
import { apiGet, describeInBrowser, inPage } from './support/app.ts';

describeInBrowser('languages', (e2e) => {
  it('switches the interface, numbers, dates and party names to French, and remembers it', async () => {
    const report = await apiGet<{ totals: { committed: { amount: string } } }>(
      e2e,
      '/api/v1/reports/burden?currency=EUR',
    );
    const page = await e2e.open('/');
    await page.getByTestId('total-committed').waitFor();
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { name: 'Aide militaire à l’Ukraine' }).waitFor();
    expect(await inPage<string>(page, 'document.documentElement.lang')).toBe('fr');
    expect(await page.getByTestId('total-committed').textContent()).toBe(
      formatMoney(report.totals.committed.amount, 'EUR', 'fr'),
    );
    expect(await page.getByTestId('total-committed').textContent()).toMatch(/^\d{1,3}(\s\d{3})+,\d{2}\s€$/);
    await page.getByTestId('donor-table').getByText('Afficher les chiffres sous forme de tableau').click();
    await page.getByTestId('donor-table').getByRole('rowheader', { name: 'Allemagne' }).waitFor();

    await page.reload();
    await page.getByRole('link', { name: 'Registre' }).click();
    await page.getByRole('heading', { name: 'Registre des engagements' }).waitFor();
    // Dates in French: "26 avr. 2022".
    await expect
      .poll(() => page.getByTestId('ledger-table').textContent())
      .toMatch(/\d{1,2} (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) \d{4}/);
    await page.close();
  });
});
