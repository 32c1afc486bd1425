import { expect, it } from 'vitest';
import { accessibilityViolations, describeInBrowser, signIn } from './support/app.ts';

const article =
  'Berlin, 12 March 2025. Germany will send two more Patriot systems to Ukraine, worth 1 billion euros, ' +
  'the defence ministry said on Monday. The systems come from Bundeswehr stocks.';

describeInBrowser('sources and review', (e2e) => {
  it('previews the extracted facts in the text, stores the article and accepts the queued fact', async () => {
    const page = await e2e.open('/sign-in?next=/review');
    await signIn(page, e2e.accounts.coordinator);
    await page.getByLabel('Article text').fill(article);
    await page.getByLabel('Published on').fill('2025-03-12');
    await page.getByRole('button', { name: 'Preview the facts' }).click();
    const marked = page.locator('[data-testid="article-text"] mark');
    await marked.first().waitFor();
    const evidence = (await marked.first().textContent())!.replace(/^\d+/, '');
    expect(article).toContain(evidence);
    expect(evidence).toMatch(/Patriot/);
    expect(await page.getByTestId('preview-facts').textContent()).toMatch(/Germany.*Ukraine.*patriot/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Store and queue for review' }).click();
    await page.getByText(/Stored; (1 fact|\d+ facts) queued/).waitFor();
    const candidate = page.getByTestId('candidate').filter({ hasText: 'Patriot systems' }).first();
    await candidate.waitFor();
    const id = await candidate.getAttribute('data-candidate');
    await candidate.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect.poll(() => page.locator(`[data-candidate="${id}"]`).count(), { timeout: 15_000 }).toBe(0);

    await page.getByLabel('Status').selectOption('accepted');
    const decided = page.locator(`[data-candidate="${id}"]`);
    await decided.waitFor();
    // A decided fact is shown with its decision, and can no longer be accepted or rejected.
    expect(await decided.getByTestId('decision').textContent()).toMatch(/^Accepted by coordinator/);
    expect(await decided.getByRole('button').count()).toBe(0);
    expect(e2e.problems).toEqual([]);
    await page.close();
  });
});
