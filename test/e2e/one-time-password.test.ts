import { expect, it } from 'vitest';
import { describeInBrowser } from './support/app.ts';

describeInBrowser('first sign-in with a one-time password', (e2e) => {
  it('still shows the password form after a reload, from any page, and lets the user sign out', async () => {
    const account = e2e.accounts.analyst;
    const page = await e2e.open('/sign-in?next=/ledger');
    await page.locator('#signin-user').fill(account.user);
    await page.locator('#signin-password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).last().click();
    await page.locator('#new-password').waitFor();

    // A reload, and a page typed in the address bar, come back to the form instead of a raw 403.
    await page.reload();
    await page.locator('#new-password').waitFor();
    await page.goto(new URL('/ledger', e2e.url).href);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/sign-in');
    await page.locator('#new-password').waitFor();
    expect(await page.locator('body').textContent()).not.toContain('choose a new password first');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto(new URL('/sign-in', e2e.url).href);
    await page.locator('#signin-user').waitFor();
    expect(await page.locator('#new-password').count()).toBe(0);
    expect(e2e.problems).toEqual([]);
    await page.close();
  });
});
