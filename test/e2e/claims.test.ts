import { expect, it } from 'vitest';
import { accessibilityViolations, apiGet, describeInBrowser, inPage } from './support/app.ts';

interface Claims {
  items: { id: string; party: string | null; note: string | null; sources: unknown[] }[];
}

describeInBrowser('claims', (e2e) => {
  it('searches and filters the claims, keeps the filters in the address, and shows every source', async () => {
    const all = await apiGet<Claims>(e2e, '/api/v1/claims?limit=1000');
    const page = await e2e.open('/claims');
    const count = page.getByTestId('claims-count');
    await count.waitFor();
    expect(await count.textContent()).toBe(`${all.items.length} claims shown`);

    await page.getByLabel('Only figures that disagree').check();
    await expect.poll(() => page.url()).toContain('conflicts=1');
    const groups = page.getByTestId('claim-group');
    await expect.poll(() => groups.count()).toBeGreaterThan(0);
    for (const heading of await groups.locator('h2').allTextContents())
      expect(heading).toContain('Figures disagree');

    await page.getByLabel('Search the claims').fill('United States');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => page.url()).toContain('q=United+States');
    const us = all.items.filter((c) => c.party === 'US');
    await expect.poll(() => count.textContent()).toBe(`${us.length} claims shown`);
    // Every source of a claim is listed, each leading to its source page.
    const sources = us.reduce((n, c) => n + c.sources.length, 0);
    expect(await page.getByRole('link', { name: 'Source page' }).count()).toBe(sources);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.reload();
    await count.waitFor();
    expect(await page.getByLabel('Search the claims').inputValue()).toBe('United States');
    expect(await page.getByLabel('Only figures that disagree').isChecked()).toBe(true);

    await page.getByLabel('Search the claims').fill('zzz-nothing');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('No claim matches these filters.').waitFor();
    await page.close();
  });

  it('fits a phone screen and speaks French', async () => {
    const page = await e2e.open('/claims?conflicts=1', { width: 375, height: 800 });
    await page.getByTestId('claims-count').waitFor();
    expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await page.getByLabel('Language').selectOption('fr');
    await page.getByLabel('Seulement les chiffres en désaccord').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
    expect(e2e.problems).toEqual([]);
  });
});
