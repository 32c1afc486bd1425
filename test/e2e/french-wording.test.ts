/**
 * What the API gives by id is worded in French by the client: the reasons figures differ from a
 * Kiel release, the reasons a link is suggested, commitments by their human titles, units and
 * counts in their plural forms, a meeting held at a distance, timeline entries and what falls due
 * before the next meeting; and French typography (a space before the colon).
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { formatCentsAsBillions } from '../../web/src/lib/format.ts';
import { accessibilityViolations, apiGet, describeInBrowser, inPage, signIn } from './support/app.ts';

interface Reconciliation {
  rows: { party_code: string; reasons: { code: string; params: Record<string, string | number> }[] }[];
}
interface TimelineEntry {
  id: string;
  kind: string;
  text_id: string;
  text_params: Record<string, string>;
}
interface Brief {
  due: TimelineEntry[];
}
interface Coverage {
  suggestions: {
    key: string;
    commitment: string;
    reason_id: string;
    reason_params: Record<string, string>;
  }[];
}

async function inFrench(page: Page): Promise<void> {
  await page.getByLabel('Language').selectOption('fr');
  await page.getByLabel('Langue').waitFor();
}

const noSidewaysScrolling = (page: Page) => inPage<number>(page, 'document.documentElement.scrollWidth');

describeInBrowser('French wording of what the API gives by id', (e2e) => {
  it('words the reasons a donor’s figures differ from a Kiel release in French, with French amounts', async () => {
    const report = await apiGet<Reconciliation>(e2e, '/api/v1/editions/kiel-ust-r30/reconciliation');
    const scope = report.rows.find((r) => r.party_code === 'DE')!.reasons.find((r) => r.code === 'scope')!;
    const page = await e2e.open('/trackers/kiel-ust-r30/reconciliation');
    await inFrench(page);
    const reason = page.locator('[data-testid="reconcile-row"][data-party="DE"] [data-reason="scope"]');
    await expect
      .poll(() => reason.textContent(), { timeout: 15_000 })
      .toBe(
        `Périmètre\u00a0: Le total de l’édition comprend l’aide financière et humanitaire (${formatCentsAsBillions(String(scope.params.eur_minor), 'fr')} Md EUR) ; ce registre tient l’aide militaire.`,
      );
    const reasons = await page.locator('ul.reasons').allTextContents();
    expect(reasons.join(' ')).not.toMatch(/the edition|Ramstein's|commitment\(s\)|record\(s\)/);
    expect(await accessibilityViolations(page)).toEqual([]);

    // One file is "1 fichier", not "1 fichiers".
    await page.goto(new URL('/trackers', e2e.url).href);
    const r30 = page.locator('[data-edition="kiel-ust-r30"]');
    await expect.poll(() => r30.textContent(), { timeout: 15_000 }).toMatch(/1 fichier, 42 lignes/);

    // A claim's measure in words, not its slug.
    await page.goto(new URL('/claims', e2e.url).href);
    await page.getByText('Mesure : engagement', { exact: true }).first().waitFor();
    expect(await page.locator('main').textContent()).not.toMatch(/Mesure\s*:\s*(commitment|claim|pledge)\b/);
    await page.close();
  }, 120_000);

  it('shows a coordinator French reasons, commitment titles and units on the requirements page, on a phone too', async () => {
    const coverage = await apiGet<Coverage>(e2e, '/api/v1/reports/coverage?list=ua-priorities-demo');
    const byEquipment = coverage.suggestions.find(
      (s) => s.reason_params.equipment === 'patriot-interceptor',
    )!;
    const byCategory = coverage.suggestions.find((s) => s.reason_id === 'same-category')!;
    expect(byCategory.reason_params.category).toBe('drones');
    const page = await e2e.open('/sign-in?next=/requirements', { width: 375, height: 800 });
    // The browser remembers the language of the previous test: sign in in English.
    await page.evaluate(`localStorage.setItem('ramstein.locale', 'en')`);
    await page.reload();
    await signIn(page, e2e.accounts.coordinator);
    await inFrench(page);
    const table = page.getByTestId('suggestions-table');
    const reasonCells = table.locator('td[data-reason]');
    await expect
      .poll(() => reasonCells.allTextContents(), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['même matériel : Patriot missile', 'même catégorie : drones']));
    // Each suggested commitment by its title; its id only in the link's address.
    const link = table.locator(`a[data-commitment="${byEquipment.commitment}"]`).first();
    await expect
      .poll(() => link.textContent(), { timeout: 30_000 })
      .toMatch(/ → Ukraine\u00a0: .+, \S+ \d{4}$/);
    const ids = coverage.suggestions.map((s) => s.commitment);
    await expect
      .poll(
        async () =>
          (await table.locator('a[data-commitment]').allTextContents()).filter((x) => ids.includes(x)),
        {
          timeout: 60_000,
        },
      )
      .toEqual([]);
    const requirements = page.getByTestId('requirements-table');
    await expect
      .poll(() => requirements.getByTestId('requirement-ad-patriot-interceptors').textContent())
      .toContain('300 missiles');
    expect(await requirements.textContent()).toContain('catégorie : Drones');
    expect(await requirements.textContent()).not.toMatch(/\d (missile|battery|vehicle|system)\b/);
    expect(await noSidewaysScrolling(page)).toBeLessThanOrEqual(375);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The briefing pack: commitments by title, equipment in words, the previous session "en visioconférence".
    await page.goto(new URL('/meetings/udcg-33/brief', e2e.url).href);
    const announced = page.getByTestId('brief-announced');
    await expect
      .poll(() => announced.locator('a[data-commitment="uk-lmm-1000-2026-02"]').textContent(), {
        timeout: 30_000,
      })
      .toBe('Royaume-Uni → Ukraine\u00a0: 1\u202f000 missiles LMM (commande industrielle), février 2026');
    // Every line's title, not only the first one worded: no commitment is left showing its id.
    await expect
      .poll(() => announced.textContent(), { timeout: 15_000 })
      .not.toMatch(/[a-z]+-[a-z0-9]+-\d{4}/);
    await expect
      .poll(() => page.getByTestId('since-last-session').textContent(), { timeout: 15_000 })
      .toContain('UDCG 32, en visioconférence, 16 décembre 2025');
    expect(await page.locator('main').textContent()).not.toMatch(/\bvirtual\b/);
    expect(await noSidewaysScrolling(page)).toBeLessThanOrEqual(375);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A meeting page: its title and place in French.
    await page.goto(new URL('/meetings/udcg-32', e2e.url).href);
    await page
      .getByRole('heading', { level: 1, name: 'UDCG 32, en visioconférence, 16 décembre 2025' })
      .waitFor();
    expect(e2e.problems).toEqual([]);
    await page.close();
  }, 240_000);

  it('words timeline entries and the briefing pack’s due dates in French, names the meeting "UDCG 33", with French colons', async () => {
    const brief = await apiGet<Brief>(e2e, '/api/v1/meetings/udcg-33/brief?format=json');
    const worded = brief.due.filter((e) => e.text_id !== 'event');
    expect(worded.length).toBeGreaterThan(0);
    const page = await e2e.open('/sign-in?next=/meetings/udcg-33/brief');
    await page.evaluate(`localStorage.setItem('ramstein.locale', 'en')`);
    await page.reload();
    await signIn(page, e2e.accounts.coordinator);
    await inFrench(page);
    await page
      .getByRole('heading', { level: 1, name: 'Dossier de séance : UDCG 33' })
      .waitFor({ timeout: 30_000 });
    // What falls due before the next meeting, in French: no English line from the server.
    const due = page.locator('section[aria-labelledby="brief-due-title"]');
    await expect
      .poll(async () => (await due.locator('.timeline-entry').count()) === brief.due.length, {
        timeout: 30_000,
      })
      .toBe(true);
    const dueText = (await due.textContent()) ?? '';
    expect(dueText).not.toMatch(/Due:|Needed by:|Contact group|\(cancelled\)|place unknown/);
    for (const entry of worded.filter((e) => e.text_id === 'needed-by'))
      expect(dueText).toContain(`Attendu pour cette date : ${entry.text_params.capability}`);
    for (const entry of worded.filter((e) => e.text_id === 'due'))
      expect(dueText).toContain(`Échéance : ${entry.text_params.title} (annonce du `);
    // Chairs with a space before the colon.
    await expect
      .poll(() => page.getByTestId('brief-chairs').textContent(), { timeout: 15_000 })
      .toContain('Allemagne\u00a0: Boris Pistorius');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The timeline: an ultimatum's due date with its days, meetings by their short name.
    await page.goto(new URL('/timeline?kind=due', e2e.url).href);
    await expect
      .poll(() => page.getByTestId('timeline').textContent(), { timeout: 15_000 })
      .toMatch(/Échéance : .+ \(annonce du .+, délai de 50 jours\)/);
    await page.goto(new URL('/timeline?kind=meeting', e2e.url).href);
    const meetings = page.getByTestId('timeline');
    await expect
      .poll(() => meetings.locator('a[href="/meetings/udcg-33"]').textContent(), { timeout: 15_000 })
      .toBe('UDCG 33, NATO Headquarters, Brussels');
    expect(await meetings.textContent()).not.toMatch(/Contact group|\(cancelled\)|place unknown/);
    expect(await accessibilityViolations(page)).toEqual([]);

    // A tracker's source line.
    await page.goto(new URL('/trackers', e2e.url).href);
    await expect
      .poll(() => page.getByTestId('attribution').first().textContent(), { timeout: 15_000 })
      .toMatch(/^Source\u00a0: \S/);
    expect(e2e.problems).toEqual([]);
    await page.close();
  }, 240_000);
});
