import { expect, it } from 'vitest';
import { formatMoney } from '../../web/src/lib/format.ts';
import { accessibilityViolations, apiGet, describeInBrowser } from './support/app.ts';

interface Commitment {
  id: string;
  money: { amount: string; currency: string } | null;
}

const frenchStatuses = ['Annoncé', 'Engagé', 'Contracté', 'En livraison', 'Livré', 'Annulé'];

describeInBrowser('French', (e2e) => {
  it('reads the ledger in French: headings, statuses, units by French plural rules, money the French way', async () => {
    const pda = await apiGet<Commitment>(e2e, '/api/v1/commitments/us-pda-2023-01-19');
    const page = await e2e.open('/ledger?donor=US');
    await page.getByTestId('ledger-table').waitFor();
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { name: 'Registre des engagements' }).waitFor();
    const table = page.getByTestId('ledger-table');
    for (const heading of ['Donateur', 'Équipement', 'Statut'])
      await table.getByRole('columnheader', { name: heading }).first().waitFor();

    const row = table.locator('tr[data-commitment="us-pda-2023-01-19"]');
    // Plural units after the number, the system's name after the unit.
    await expect
      .poll(() => row.textContent(), { timeout: 15_000 })
      .toContain('59 véhicules Bradley, 90 véhicules Stryker, 8 systèmes Avenger');
    // "au plus 2 500 000 000,00 $US": spaces between thousands, a decimal comma, the sign after.
    const money = formatMoney(pda.money!.amount, pda.money!.currency, 'fr');
    expect(money).toMatch(/^\d{1,3}(\s\d{3})+,\d{2}\s\$US$/);
    expect(await row.textContent()).toContain(money);
    const statuses = await table.locator('tbody td:last-child').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    for (const status of statuses) expect(frenchStatuses).toContain(status.trim());

    // One: "1 batterie Patriot", singular.
    await page.goto(new URL('/ledger?donor=RO', e2e.url).href);
    await expect
      .poll(() => page.locator('tr[data-commitment="ro-patriot-2024"]').textContent(), { timeout: 15_000 })
      .toContain('1 batterie Patriot');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The overview's counting rules and notes are worded in French too.
    await page.goto(new URL('/', e2e.url).href);
    await page.getByRole('heading', { name: 'Règles de comptage' }).waitFor();
    await page.getByText('Aide seulement : les ventes et les recomplètements').waitFor();
    await expect
      .poll(() => page.getByTestId('burden-notes').textContent())
      .toMatch(/Taux de change : taux de référence de la BCE, le plus récent utilisé du \d{1,2} /);
    expect(await page.getByTestId('burden-notes').textContent()).not.toMatch(/Exchange rates|commitment/);
    expect(e2e.problems).toEqual([]);
    await page.close();
  }, 180_000);
});
