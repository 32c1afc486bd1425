import { expect, it } from 'vitest';
import { accessibilityViolations, apiGet, describeInBrowser, inPage, signIn } from './support/app.ts';

// Our own sentences.
const article =
  'Vilnius, 4 April 2025. Lithuania will send 20 more M577 armoured vehicles to Ukraine, ' +
  'the defence ministry said on Friday. They come from the army’s own stocks.';

describeInBrowser('source page', (e2e) => {
  it("leads from a record to its source's stored text with the evidence marked", async () => {
    const page = await e2e.open('/sign-in?next=/review');
    await signIn(page, e2e.accounts.coordinator);
    await page.getByLabel('Article text').fill(article);
    await page.getByLabel('Published on').fill('2025-04-04');
    await page.getByRole('button', { name: 'Store and queue for review' }).click();
    await page.getByText(/Stored; (1 fact|\d+ facts) queued/).waitFor();
    const candidate = page.getByTestId('candidate').filter({ hasText: 'Lithuania' }).first();
    await candidate.waitFor();
    const id = await candidate.getAttribute('data-candidate');
    await candidate.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect.poll(() => page.locator(`[data-candidate="${id}"]`).count(), { timeout: 15_000 }).toBe(0);

    const found = await inPage<{ items: { id: string }[] }>(
      page,
      `fetch('/api/v1/commitments?donor=LT&from=2025-04-04&to=2025-04-04').then((r) => r.json())`,
    );
    const commitment = found.items[0]!.id;
    await page.goto(new URL(`/commitments/${commitment}`, e2e.url).href);
    await page.getByRole('link', { name: 'Source page' }).first().click();
    const text = page.getByTestId('source-text');
    await text.waitFor();
    expect(await text.textContent()).toContain('They come from the army’s own stocks.');
    const mark = text.locator('mark').first();
    expect(await mark.textContent()).toMatch(/^1.*Lithuania/);
    const citations = page.getByTestId('source-citations');
    expect(await citations.getByRole('link', { name: commitment }).count()).toBe(1);
    await citations.getByRole('link', { name: 'Passage 1' }).click();
    await expect.poll(() => page.url()).toContain('#passage-1');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The article was stored for the coalition: the public reads the source, not its text.
    const sourceId = new URL(page.url()).pathname.split('/').at(-1)!;
    const reading = await apiGet<{ text: string | null; text_withheld: boolean; evidence: unknown[] }>(
      e2e,
      `/api/v1/sources/${sourceId}/text`,
    );
    expect(reading).toMatchObject({ text: null, text_withheld: true });
    await page.close();
    expect(e2e.problems).toEqual([]);
  });

  it('fits a phone screen and speaks French', async () => {
    const sources = await apiGet<{ items: { id: string }[] }>(e2e, '/api/v1/sources?limit=1');
    const page = await e2e.open(`/sources/${sources.items[0]!.id}`, { width: 375, height: 800 });
    await page.getByRole('heading', { name: 'Records citing this source' }).waitFor();
    expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { name: 'Enregistrements qui citent cette source' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
