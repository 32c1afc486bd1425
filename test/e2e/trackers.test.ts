import { expect, it } from 'vitest';
import {
  formatCentsAsBillions,
  formatDate,
  formatMoneyShort,
  minorToAmount,
} from '../../web/src/lib/format.ts';
import { accessibilityViolations, apiGet, describeInBrowser, inPage } from './support/app.ts';

interface Diff {
  rows: { party_code: string; series: string; change_minor: string | null; status: string }[];
}
interface Reconciliation {
  cut_off: string;
  totals: Record<'ledger_committed_minor' | 'edition_committed_minor', string>;
  rows: { party_code: string; ledger: { committed_minor: string; commitments: number } | null }[];
}

const attribution = (release: string) =>
  `Kiel Institute for the World Economy, Ukraine Support Tracker, Release ${release}`;

describeInBrowser('trackers', (e2e) => {
  it('leads a public reader from the overview to the editions, a diff of two releases and their sources', async () => {
    const reconciliation = await apiGet<Reconciliation>(e2e, '/api/v1/editions/kiel-ust-r30/reconciliation');
    const page = await e2e.open('/');
    const line = page.getByTestId('kiel-comparison');
    const difference = (
      BigInt(reconciliation.totals.ledger_committed_minor) -
      BigInt(reconciliation.totals.edition_committed_minor)
    ).toString();
    await expect.poll(() => line.textContent()).toContain('Compared with Kiel UST release 30');
    expect(await line.textContent()).toContain(
      `difference ${formatMoneyShort(minorToAmount(difference), 'EUR', 'en')}`,
    );
    expect(await line.textContent()).toContain(attribution('30'));
    // The totals name the last rate date they used and list what they could not convert.
    const burden = await apiGet<{ conversion: { rate_date: string; unconverted: unknown[] } }>(
      e2e,
      '/api/v1/reports/burden?currency=EUR',
    );
    const rates = await page.getByTestId('rates-line').textContent();
    expect(rates).toContain(`the last rate used is of ${formatDate(burden.conversion.rate_date, 'en')}`);
    expect(await page.locator('[data-testid="unconverted"] li').count()).toBe(
      burden.conversion.unconverted.length,
    );

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trackers' }).click();
    const cards = page.getByTestId('edition');
    await cards.first().waitFor();
    for (const release of ['28', '29', '30'])
      expect(await page.locator(`[data-edition="kiel-ust-r${release}"]`).textContent()).toContain(
        attribution(release),
      );
    expect(await accessibilityViolations(page)).toEqual([]);

    // The two latest releases are chosen; the reader picks 29 → 30.
    expect(await page.getByLabel('Earlier release').inputValue()).toBe('kiel-ust-r29');
    expect(await page.getByLabel('Later release').inputValue()).toBe('kiel-ust-r30');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect.poll(() => page.url()).toContain('/trackers/kiel-ust-r29/diff/kiel-ust-r30');
    const diff = await apiGet<Diff>(e2e, '/api/v1/editions/kiel-ust-r29/diff/kiel-ust-r30');
    const change = (party: string, series: string) =>
      diff.rows.find((r) => r.party_code === party && r.series === series)!;
    const uk = page.locator('[data-party="GB"][data-series="allocation.military"] [data-testid="change"]');
    await uk.waitFor();
    expect(await uk.textContent()).toBe(
      formatCentsAsBillions(change('GB', 'allocation.military').change_minor!, 'en'),
    );
    expect(await uk.textContent()).toMatch(/^-0\.3\d\d$/);
    const eu = page.locator('[data-party="EU"][data-series="allocation.military"] [data-testid="change"]');
    expect(await eu.textContent()).toBe('4.404');
    // France's military aid did not change: hidden until the reader asks for unchanged figures.
    const france = page.locator('[data-party="FR"][data-series="allocation.military"]');
    expect(change('FR', 'allocation.military').status).toBe('unchanged');
    expect(await france.count()).toBe(0);
    await page.getByLabel('Show unchanged figures').check();
    await expect.poll(() => france.count()).toBe(1);
    expect(await france.textContent()).toContain('unchanged');
    expect(await page.locator('[data-testid="diff-table"] tbody tr').count()).toBe(diff.rows.length);
    expect(await page.getByTestId('attribution').allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringContaining(attribution('29')),
        expect.stringContaining(attribution('30')),
      ]),
    );
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(e2e.problems).toEqual([]);
    await page.close();
  });

  it("shows an edition's donor table and its own checks, residuals included, with the source", async () => {
    const page = await e2e.open('/trackers/kiel-ust-r28');
    await page.getByTestId('donor-table').waitFor();
    expect(await page.locator('[data-testid="donor-table"] tbody tr').count()).toBe(42);
    const residuals = await page.getByTestId('unreconciled').allTextContents();
    expect(residuals).toEqual(
      expect.arrayContaining([
        expect.stringContaining('81.257'),
        expect.stringContaining('0.142'),
        expect.stringContaining('European Investment Bank'),
      ]),
    );
    expect(await page.getByText('40 of 42 donors within EUR 5 m').count()).toBe(1);
    expect((await page.getByTestId('attribution').allTextContents()).join(' ')).toContain(attribution('28'));
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();

    const missing = await e2e.open('/trackers/kiel-ust-r99');
    await missing.getByRole('alert').waitFor();
    expect(await missing.getByRole('alert').textContent()).toContain('Not found');
    await missing.close();
  });

  it("reconciles a release with the ledger and links each donor's figure to its records", async () => {
    const reconciliation = await apiGet<Reconciliation>(e2e, '/api/v1/editions/kiel-ust-r30/reconciliation');
    const germany = reconciliation.rows.find((r) => r.party_code === 'DE')!.ledger!;
    const page = await e2e.open('/trackers/kiel-ust-r30/reconciliation');
    const card = page.locator('[data-testid="reconcile-row"][data-party="DE"]');
    await card.waitFor();
    expect(await card.getByTestId('ledger-committed').textContent()).toBe(
      formatCentsAsBillions(germany.committed_minor, 'en'),
    );
    expect(await card.locator('[data-reason="scope"]').textContent()).toContain('Scope');
    expect((await page.getByTestId('attribution').allTextContents()).join(' ')).toContain(attribution('30'));
    expect(await accessibilityViolations(page)).toEqual([]);
    await card.getByTestId('records-link').click();
    await expect
      .poll(() => page.url())
      .toContain(`/ledger?donor=DE&recipient=UA&to=${reconciliation.cut_off}`);
    await page.getByTestId('ledger-table').waitFor();
    const rows = await page.locator('[data-testid="ledger-table"] tbody tr').allTextContents();
    // The ledger's donor filter also lists commitments Germany co-signs; those it leads are all there.
    expect(rows.filter((row) => row.includes('Germany')).length).toBeGreaterThanOrEqual(
      Math.min(germany.commitments, 25),
    );
    await page.close();
  });

  it('reads in French: the overview line, the navigation, a diff and the reconciliation', async () => {
    const page = await e2e.open('/');
    await page.getByLabel('Language').selectOption('fr');
    const line = page.getByTestId('kiel-comparison');
    await expect.poll(() => line.textContent()).toContain('Comparé à la publication 30 du Kiel UST');
    await page.locator('#site-nav').getByRole('link', { name: 'Suivis externes' }).click();
    await page.getByRole('heading', { name: 'Suivis externes et autres jeux de données' }).waitFor();
    await page.getByRole('button', { name: 'Comparer' }).click();
    const eu = page.locator('[data-party="EU"][data-series="allocation.military"] [data-testid="change"]');
    await eu.waitFor();
    expect(await eu.textContent()).toBe('4,404');
    expect(await page.getByRole('columnheader', { name: 'Type d’aide' }).count()).toBe(1);
    await page.goto(new URL('/trackers/kiel-ust-r30/reconciliation', e2e.url).href);
    await page.getByText('Pourquoi ils diffèrent').first().waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Le registre face à');
    // The rules of the comparison and its notes, worded in French from their ids.
    const rules = page.getByTestId('reconciliation-rules');
    await rules.locator('summary').click();
    await rules.getByText('Écarts : promis par Ramstein − engagements de l’édition').waitFor();
    const notes = rules.getByTestId('reconciliation-notes');
    expect(await notes.textContent()).toContain(`Source : ${attribution('30')}.`);
    expect(await notes.textContent()).toMatch(/Taux de change : taux de référence de la BCE/);
    expect(await rules.textContent()).not.toMatch(/Exchange rates|Differences:|Source: /);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    const page = await e2e.open('/', { width: 375, height: 800 });
    await page.getByTestId('kiel-comparison').waitFor();
    expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    for (const [path, ready] of [
      ['/trackers', 'edition'],
      ['/trackers/kiel-ust-r28', 'donor-table'],
      ['/trackers/kiel-ust-r29/diff/kiel-ust-r30?all=1', 'diff-table'],
      ['/trackers/kiel-ust-r29/reconciliation', 'reconcile-row'],
    ] as const) {
      await page.goto(new URL(path, e2e.url).href);
      await page.getByTestId(ready).first().waitFor();
      expect(await inPage<number>(page, 'document.documentElement.scrollWidth'), path).toBeLessThanOrEqual(
        375,
      );
    }
    await page.close();
  });
});
