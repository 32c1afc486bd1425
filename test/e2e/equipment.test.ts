import { expect, it } from 'vitest';
import { accessibilityViolations, apiGet, describeInBrowser, inPage } from './support/app.ts';

interface Equipment {
  systems: {
    equipment: string | null;
    category: string;
    committed: string;
    delivered: string;
    donors: string[];
  }[];
}

describeInBrowser('equipment', (e2e) => {
  it('lists systems by category with committed and delivered counts, and filters by category in the address', async () => {
    const report = await apiGet<Equipment>(e2e, '/api/v1/reports/equipment');
    const patriot = report.systems.find((s) => s.equipment === 'patriot')!;
    expect(patriot).toBeDefined();
    const page = await e2e.open('/');
    await page.getByRole('link', { name: 'Equipment', exact: true }).click();
    await page.getByRole('heading', { name: 'Equipment given', level: 1 }).waitFor();
    const row = page.locator('tr[data-equipment="patriot"]');
    await row.waitFor();
    expect(await row.locator('td').first().textContent()).toMatch(
      new RegExp(`^${Number(patriot.committed)} batter`),
    );
    expect(await row.locator('td').nth(1).textContent()).toBe(String(Number(patriot.delivered)));
    expect(await row.locator('td').last().textContent()).toContain('Germany');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Category').selectOption('air_defence');
    await expect.poll(() => page.url()).toContain('/equipment?category=air_defence');
    await expect
      .poll(() => page.getByRole('heading', { level: 2 }).allTextContents())
      .toEqual(['Air defence']);
    await page.reload();
    await page.getByRole('heading', { name: 'Air defence', level: 2 }).waitFor();
    await expect.poll(() => page.getByLabel('Category').inputValue()).toBe('air_defence');
    await page.close();
  });

  it('fits a phone screen and speaks French', async () => {
    const page = await e2e.open('/equipment', { width: 375, height: 800 });
    await page.locator('tr[data-equipment="patriot"]').waitFor();
    expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { name: 'Matériel fourni', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Défense aérienne', level: 2 }).waitFor();
    expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
    expect(e2e.problems).toEqual([]);
  });
});
