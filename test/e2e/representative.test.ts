import { expect, it } from 'vitest';
import { accessibilityViolations, describeInBrowser, signIn } from './support/app.ts';

describeInBrowser('national representatives', (e2e) => {
  let created = '';

  it('shows the public read-only view to anonymous visitors and sends them to sign in for a form', async () => {
    const page = await e2e.open('/ledger');
    await page.getByTestId('ledger-table').waitFor();
    expect(await page.getByRole('link', { name: 'New commitment' }).count()).toBe(0);
    await page.goto(new URL('/commitments/new', e2e.url).href);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/sign-in');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('lets a representative sign in, create a commitment bound to their nation and record a delivery', async () => {
    const page = await e2e.open('/sign-in?next=/ledger');
    await signIn(page, e2e.accounts.de);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/ledger');
    await page.getByRole('link', { name: 'New commitment' }).click();
    const donor = page.getByLabel('Donor');
    await donor.waitFor();
    expect(await donor.isDisabled()).toBe(true);
    expect(await donor.inputValue()).toBe('DE');
    await page.getByLabel('Mode').selectOption('donation');
    await page.getByLabel('Announced').fill('2025-03-01');
    await page.getByLabel('Amount').fill('250000000');
    await page.getByLabel('Equipment').selectOption('patriot');
    await page.getByLabel('Quantity').fill('2');
    await page.getByLabel('Visibility').selectOption('restricted');
    await page.getByLabel('Source URL').fill('https://example.org/berlin-patriot');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/commitments\/(?!new$)[^/]+$/);
    created = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
    await page.getByTestId('event-form').waitFor();

    const form = page.getByTestId('event-form');
    await form.getByLabel('Kind').selectOption('delivery');
    await form.getByLabel('Date').fill('2025-04-15');
    await form.getByLabel('Quantity').fill('1');
    await form.getByRole('button', { name: 'Record' }).click();
    await expect.poll(() => page.getByTestId('timeline').textContent()).toContain('1 delivered (line 1)');
    await expect.poll(() => page.getByRole('progressbar').first().getAttribute('aria-valuenow')).toBe('50');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(e2e.problems).toEqual([]);
    await page.close();
  });

  it('tells a representative when someone else changed the record first', async () => {
    const editor = await e2e.open(`/commitments/${encodeURIComponent(created)}/edit`);
    await editor.getByLabel('Note').waitFor();
    const other = await e2e.open(`/commitments/${encodeURIComponent(created)}`);
    const form = other.getByTestId('event-form');
    await form.getByLabel('Kind').selectOption('delivery');
    await form.getByLabel('Date').fill('2025-05-02');
    await form.getByLabel('Quantity').fill('1');
    await form.getByRole('button', { name: 'Record' }).click();
    await expect.poll(() => other.getByRole('progressbar').first().getAttribute('aria-valuenow')).toBe('100');
    await editor.getByLabel('Note').fill('Confirmed by the ministry.');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.getByText('changed by someone else').waitFor();
    await editor.close();
    await other.close();
  });

  it("keeps a nation's restricted record from another nation's representative", async () => {
    const page = await e2e.open('/');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await signIn(page, e2e.accounts.fr);
    await page.goto(new URL(`/commitments/${encodeURIComponent(created)}`, e2e.url).href);
    await page.getByText('Not found, or not visible to you.').waitFor();
    // Another nation's public record: readable, with no way into its form, and a direct address to
    // the form says whose it is before any field is shown.
    await page.goto(new URL('/commitments/us-pda-2023-01-19', e2e.url).href);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    await page.goto(new URL('/commitments/us-pda-2023-01-19/edit', e2e.url).href);
    await page.getByRole('alert').getByText('This commitment is recorded for US').waitFor();
    expect(await page.getByRole('button', { name: 'Save' }).count()).toBe(0);
    await page.goto(new URL('/ledger?donor=DE&sort=-id', e2e.url).href);
    await page.getByTestId('ledger-table').waitFor();
    expect(await page.locator(`[data-commitment="${created}"]`).count()).toBe(0);
    await page.close();
  });
});
