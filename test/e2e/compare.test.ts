import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { formatMoney } from '../../web/src/lib/format.ts';
import { accessibilityViolations, apiGet, describeInBrowser, inPage } from './support/app.ts';

interface Burden {
  donors: { donor: string; committed: { amount: string }; per_capita: { amount: string } | null }[];
}

describeInBrowser('compare donors', (e2e) => {
  it('ranks donors per capita, sets chosen ones side by side, colours the map and keeps it all in the link', async () => {
    const report = await apiGet<Burden>(e2e, '/api/v1/reports/burden?currency=EUR');
    const withPopulation = report.donors.filter((d) => d.per_capita !== null);
    expect(withPopulation.length).toBeGreaterThan(5);
    const page = await e2e.open('/');
    await page.getByRole('link', { name: 'Compare donors' }).click();
    await page.getByRole('heading', { name: 'Compare donors', level: 1 }).waitFor();
    await page.getByRole('radio', { name: 'Per capita' }).check();
    const ranking = page.getByTestId('compare-ranking');
    await ranking.locator('caption', { hasText: 'Per capita' }).waitFor();
    const best = [...withPopulation].sort(
      (a, b) => Number(b.per_capita!.amount) - Number(a.per_capita!.amount),
    )[0]!;
    const first = ranking.locator('tbody tr').first();
    expect(await first.locator('td').nth(4).textContent()).toBe(
      formatMoney(best.per_capita!.amount, 'EUR', 'en'),
    );

    await page.getByRole('checkbox', { name: 'Compare Germany' }).check();
    await page.getByRole('checkbox', { name: 'Compare Poland' }).check();
    const side = page.getByTestId('side-by-side');
    await side.getByRole('heading', { name: 'Poland' }).waitFor();
    const germany = report.donors.find((d) => d.donor === 'DE')!;
    expect(await side.locator('article').first().textContent()).toContain(
      formatMoney(germany.committed.amount, 'EUR', 'en'),
    );
    // The map colours every donor with a figure and outlines the chosen ones.
    const map = page.getByTestId('donor-map');
    await map.locator('path[data-code="DE"]').waitFor();
    expect(await map.locator('path[data-code="DE"]').getAttribute('stroke')).toBe('#111827');
    expect(await map.locator('path[data-code="DE"] title').textContent()).toBe(
      `Germany: ${formatMoney(germany.per_capita!.amount, 'EUR', 'en')}`,
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    const link = await page.getByTestId('compare-permalink').getAttribute('href');
    expect(link).toBe('/compare?measure=per_capita&donors=DE%2CPL');
    const again = await e2e.open(link!);
    await again.getByTestId('side-by-side').getByRole('heading', { name: 'Germany' }).waitFor();
    expect(await again.getByRole('radio', { name: 'Per capita' }).isChecked()).toBe(true);
    const [file] = await Promise.all([
      again.waitForEvent('download'),
      again.getByRole('button', { name: 'Download the ranking (CSV)' }).click(),
    ]);
    const csv = (await readFile((await file.path())!, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csv).toHaveLength(report.donors.length + 1);
    expect(csv[1]).toMatch(new RegExp(`^1,${best.donor},`));
    await page.close();
    await again.close();
  });

  it('fits a phone screen, money columns included, and speaks French', async () => {
    const page = await e2e.open('/compare?measure=gdp&donors=FR', { width: 375, height: 800 });
    await page.getByTestId('compare-ranking').waitFor();
    await page.getByTestId('donor-map').locator('path').first().waitFor();
    expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    // Every figure of a donor stays visible on a phone, labelled.
    const cell = page.getByTestId('compare-ranking').locator('tbody tr').first().locator('td').nth(1);
    expect(await cell.isVisible()).toBe(true);
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { name: 'Comparer les donateurs', level: 1 }).waitFor();
    await page.getByTestId('side-by-side').getByRole('heading', { name: 'France' }).waitFor();
    expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
    expect(e2e.problems).toEqual([]);
  });
});
