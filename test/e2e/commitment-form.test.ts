import { expect, it } from 'vitest';
import { accessibilityViolations, apiGet, describeInBrowser, signIn } from './support/app.ts';

interface Lines {
  items: { equipment: string | null; quantity: number | null }[];
}

describeInBrowser('the commitment form', (e2e) => {
  const id = 'us-pda-2023-01-19';
  const lines = async () =>
    (await apiGet<Lines>(e2e, `/api/v1/commitments/${id}`)).items.map((l) => [l.equipment, l.quantity]);

  it('shows every equipment line, keeps them all on save, and removes one only when asked', async () => {
    expect(await lines()).toEqual([
      ['bradley', 59],
      ['stryker', 90],
      ['avenger', 8],
    ]);
    const page = await e2e.open(`/sign-in?next=/commitments/${id}/edit`);
    await signIn(page, e2e.accounts.coordinator);
    await page.getByLabel('Line 3: equipment').waitFor();
    // A line's equipment shows once the catalogue's choices have arrived, which may come after the lines.
    await expect.poll(() => page.getByLabel('Line 1: equipment').inputValue()).toBe('bradley');
    expect(await page.getByLabel('Line 2: equipment').inputValue()).toBe('stryker');
    expect(await page.getByLabel('Line 3: quantity').inputValue()).toBe('8');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Line 2: quantity').fill('95');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/commitments/${id}`);
    expect(await lines()).toEqual([
      ['bradley', 59],
      ['stryker', 95],
      ['avenger', 8],
    ]);

    // Reloaded mid-flow, the form shows the saved lines again.
    await page.goto(new URL(`/commitments/${id}/edit`, e2e.url).href);
    await page.getByLabel('Line 3: equipment').waitFor();
    await page.reload();
    await page.getByLabel('Line 3: equipment').waitFor();
    await expect.poll(() => page.getByLabel('Line 1: equipment').inputValue()).toBe('bradley');
    expect(await page.getByLabel('Line 2: quantity').inputValue()).toBe('95');
    await page.getByRole('button', { name: 'Remove line 1' }).click();
    expect(await page.getByLabel('Line 3: equipment').count()).toBe(0);
    expect(await page.getByLabel('Line 1: equipment').inputValue()).toBe('stryker');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/commitments/${id}`);
    expect(await lines()).toEqual([
      ['stryker', 95],
      ['avenger', 8],
    ]);
    expect(e2e.problems).toEqual([]);
    await page.close();
  });
});
