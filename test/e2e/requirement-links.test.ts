import { expect, it } from 'vitest';
import { apiGet, describeInBrowser, signIn } from './support/app.ts';

interface Coverage {
  suggestions: { key: string; commitment: string }[];
}

describeInBrowser('requirement links', (e2e) => {
  it('lets a coordinator act on a suggested link in one click; the public is not offered it', async () => {
    const before = await apiGet<Coverage>(e2e, '/api/v1/reports/coverage?list=ua-priorities-demo');
    expect(before.suggestions.length).toBeGreaterThan(0);
    const reader = await e2e.open('/requirements');
    await reader.getByTestId('suggestions-table').waitFor();
    expect(await reader.getByRole('button', { name: 'Link', exact: true }).count()).toBe(0);
    await reader.close();

    const page = await e2e.open('/sign-in?next=/requirements');
    await signIn(page, e2e.accounts.coordinator);
    const suggestion = before.suggestions[0]!;
    const button = page.getByRole('button', {
      name: `Link ${suggestion.commitment} to requirement ${suggestion.key}`,
    });
    // A coordinator may see more suggestions than the public: count what the page shows.
    const rows = page.locator('[data-testid="suggestions-table"] tbody tr');
    await button.waitFor();
    const shown = await rows.count();
    await button.click();
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(shown - 1);
    const after = await apiGet<Coverage>(e2e, '/api/v1/reports/coverage?list=ua-priorities-demo');
    expect(after.suggestions).not.toContainEqual(expect.objectContaining(suggestion));
    await page.close();
    expect(e2e.problems).toEqual([]);
  });
});
