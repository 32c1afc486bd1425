import { expect, it } from 'vitest';
import { accessibilityViolations, apiGet, describeInBrowser } from './support/app.ts';

interface FollowThrough {
  meetings: {
    meeting: { id: string; kind: string; number: number | null; date: string; place: string | null };
    commitments: number;
  }[];
}
interface Burden {
  totals: { range: { low: { amount: string }; high: { amount: string } } | null };
  kiel_edition: { id: string; attribution: string } | null;
}
interface FairShare {
  year: number;
  donors: { donor: string; rank: number | null }[];
}

describeInBrowser('analytics', (e2e) => {
  it("tells on a meeting's page what became of the previous session's pledges", async () => {
    const meeting = await apiGet<{ date: string }>(e2e, '/api/v1/meetings/udcg-33');
    const before = await apiGet<FollowThrough>(e2e, `/api/v1/reports/follow-through?as_of=${meeting.date}`);
    const previous = before.meetings
      .filter((m) => m.meeting.kind === 'udcg' && m.meeting.date < meeting.date)
      .at(-1)!;
    expect(previous.meeting.id).toBe('udcg-32');
    const page = await e2e.open('/meetings/udcg-33');
    const since = page.getByTestId('since-last-session');
    await since.waitFor();
    // The previous session by its human title, never its id.
    const title = `UDCG ${previous.meeting.number}, ${previous.meeting.place}, 16 December 2025`;
    expect(previous.meeting.date).toBe('2025-12-16');
    const commitments = `${previous.commitments} ${previous.commitments === 1 ? 'commitment' : 'commitments'}`;
    expect(await since.textContent()).toContain(`Of the ${commitments} announced at ${title} (`);
    expect(await since.textContent()).not.toContain(previous.meeting.id);
    // Each share is written once with its percent sign ("12.5%", never "12.5% %").
    expect(await since.textContent()).toMatch(/\d% of the value is committed, [\d.]+% contracted/);
    await page.getByTestId('follow-through').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
    // The briefing pack says the same.
    const brief = await e2e.open('/meetings/udcg-33/brief');
    const briefSince = brief.getByTestId('since-last-session');
    await briefSince.waitFor();
    expect(await briefSince.textContent()).toContain(`announced at ${title}`);
    await brief.close();
  });

  it('ranks the donors by their fair share on the overview and charts it on a donor page', async () => {
    const report = await apiGet<FairShare>(e2e, '/api/v1/reports/fair-share');
    const ranked = report.donors.filter((d) => d.rank !== null);
    const page = await e2e.open('/');
    const table = page.getByTestId('fair-share-ranking');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(ranked.length);
    expect(await table.locator('caption').textContent()).toContain(String(report.year));
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
    const donor = await e2e.open(`/donors/${ranked[0]!.donor}`);
    await donor.getByTestId('fair-share-chart').waitFor();
    expect(await accessibilityViolations(donor)).toEqual([]);
    await donor.close();
  });

  it('shows how far the committed total depends on the valuation basis, in English and French', async () => {
    const burden = await apiGet<Burden>(e2e, '/api/v1/reports/burden?currency=EUR');
    // The demo counts catalogue estimates; the Kiel basis names its edition, or says there is none.
    expect(burden.totals.range).not.toBeNull();
    const kiel = burden.kiel_edition ? burden.kiel_edition.attribution : 'no Kiel edition';
    const page = await e2e.open('/');
    const range = page.getByTestId('valuation-range');
    await range.waitFor();
    expect(await range.textContent()).toContain('depending on the valuation basis');
    // The fair-share ranking names the same edition: read the one beside the range.
    expect(await range.getByTestId('kiel-edition').textContent()).toContain(kiel);
    await page.getByLabel('Language').selectOption('fr');
    await page.getByText('selon la base d’évaluation', { exact: false }).first().waitFor();
    expect(await range.getByTestId('kiel-edition').textContent()).toContain('Base Kiel');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });
});
