import { expect, it } from 'vitest';
import { accessibilityViolations, describeInBrowser } from './support/app.ts';

describeInBrowser('search', (e2e) => {
  it('finds a meeting and a donor from the header search box, in a shareable address', async () => {
    const page = await e2e.open('/');
    const box = page.getByRole('searchbox', { name: 'Search the ledger' });
    await box.fill('Ramstein Air');
    await box.press('Enter');
    await expect.poll(() => page.url()).toMatch(/\/search\?q=Ramstein(\+|%20)Air$/);
    await page.getByRole('heading', { level: 1, name: 'Search: Ramstein Air' }).waitFor();
    await page.getByRole('link', { name: /^UDCG 1, Ramstein Air Base, 26 April 2022$/ }).click();
    await expect.poll(() => page.url()).toMatch(/\/meetings\/udcg-01$/);

    await page.goto(new URL('/search?q=germany', e2e.url).toString());
    await page.getByRole('link', { name: 'Germany', exact: true }).waitFor();
    // Commitments are named for a person, never by their id.
    const first = page.locator('.search-hits a[href^="/commitments/"]').first();
    expect(await first.innerText()).toMatch(/^Germany → /);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(e2e.problems).toEqual([]);
    await page.close();
  });
});
