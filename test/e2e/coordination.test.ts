import { expect, it } from 'vitest';
import { formatNumber } from '../../web/src/lib/format.ts';
import { accessibilityViolations, apiGet, describeInBrowser } from './support/app.ts';

interface Coverage {
  requirements: {
    key: string;
    priority: number;
    quantity: number | null;
    gap: number | null;
    covered: { pledged: number; contracted: number; delivered: number };
  }[];
  suggestions: { commitment: string }[];
}
interface Brief {
  meeting: { id: string };
  announced: { id: string }[];
  chairs: { party: string; person: string | null }[];
  uncovered: { key: string }[];
}
interface Timeline {
  items: { kind: string; id: string; parties: string[] }[];
}

describeInBrowser('coordination', (e2e) => {
  it('shows the coverage of every requirement of the demo list, with suggested links', async () => {
    const report = await apiGet<Coverage>(e2e, '/api/v1/reports/coverage?list=ua-priorities-demo');
    expect(report.requirements.length).toBeGreaterThan(0);
    const page = await e2e.open('/requirements');
    const table = page.getByTestId('requirements-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(report.requirements.length);
    for (const r of report.requirements) {
      const row = page.getByTestId(`requirement-${r.key}`);
      // The gap column and the bar's label carry the report's figures.
      expect((await row.locator('td').last().textContent())?.trim()).toBe(
        r.gap === null ? '—' : formatNumber(r.gap, 'en'),
      );
      if (r.quantity !== null)
        expect(await row.getByRole('img').getAttribute('aria-label')).toContain(
          `${formatNumber(r.covered.delivered, 'en')} delivered, ${formatNumber(r.covered.contracted, 'en')} contracted, ${formatNumber(r.covered.pledged, 'en')} pledged of ${formatNumber(r.quantity, 'en')}`,
        );
    }
    // Rows come in priority order.
    const first = [...report.requirements].sort((a, b) => a.priority - b.priority)[0]!;
    expect(await table.locator('tbody tr').first().getAttribute('data-testid')).toBe(
      `requirement-${first.key}`,
    );
    if (report.suggestions.length)
      expect(await page.locator('[data-testid="suggestions-table"] tbody tr').count()).toBe(
        report.suggestions.length,
      );
    await page.getByText('Changes between editions').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
    await page.close();
  });

  it('opens the briefing pack of a demo meeting from its meeting page, with the downloads', async () => {
    const brief = await apiGet<Brief>(e2e, '/api/v1/meetings/udcg-33/brief?format=json');
    const page = await e2e.open('/meetings/udcg-33');
    // A human title, in the heading and the window title, not the record's id.
    await page
      .getByRole('heading', { level: 1, name: 'UDCG 33, NATO Headquarters, Brussels, 12 February 2026' })
      .waitFor();
    expect(await page.title()).toContain('UDCG 33, NATO Headquarters, Brussels, 12 February 2026');
    await page.getByRole('link', { name: 'Briefing pack for this meeting' }).click();
    await expect.poll(() => page.url()).toMatch(/\/meetings\/udcg-33\/brief$/);
    await page.getByRole('heading', { level: 1, name: /Briefing pack/ }).waitFor();
    if (brief.announced.length)
      expect(await page.locator('[data-testid="brief-announced"] tbody tr').count()).toBe(
        brief.announced.length,
      );
    expect(await page.locator('[data-testid="brief-uncovered"] tbody tr').count()).toBe(
      brief.uncovered.length,
    );
    for (const chair of brief.chairs)
      if (chair.person)
        await expect.poll(() => page.getByTestId('brief-chairs').textContent()).toContain(chair.person);
    const md = page.getByRole('link', { name: /Markdown/ });
    expect(await md.getAttribute('href')).toBe('/api/v1/meetings/udcg-33/brief?format=md&lang=en');
    expect(await page.getByRole('link', { name: /PDF/ }).getAttribute('href')).toBe(
      '/api/v1/meetings/udcg-33/brief?format=pdf&lang=en',
    );
    const response = await fetch(new URL('/api/v1/meetings/udcg-33/brief?format=md', e2e.url));
    expect(response.ok).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('filters the timeline by party into the address, and links the calendar feed', async () => {
    const all = await apiGet<Timeline>(e2e, '/api/v1/timeline');
    const us = await apiGet<Timeline>(e2e, '/api/v1/timeline?party=US');
    expect(us.items.length).toBeGreaterThan(0);
    expect(us.items.length).toBeLessThan(all.items.length);
    const page = await e2e.open('/timeline');
    await expect
      .poll(() => page.getByTestId('timeline-count').textContent())
      .toBe(`${formatNumber(all.items.length, 'en')} entries`);
    await page.getByLabel('Party').selectOption('US');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => page.url()).toMatch(/\/timeline\?party=US$/);
    await expect
      .poll(() => page.getByTestId('timeline-count').textContent())
      .toBe(`${formatNumber(us.items.length, 'en')} entries`);
    expect(await page.locator('[data-testid="timeline"] > li').count()).toBe(us.items.length);
    expect(await page.getByTestId('calendar-feed').getAttribute('href')).toBe('/api/v1/calendar.ics');
    await page.getByTestId('next-session').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(e2e.problems).toEqual([]);
    await page.close();

    // The address alone restores the filter, on a phone screen too.
    const phone = await e2e.open('/timeline?party=US', { width: 375, height: 800 });
    await expect
      .poll(() => phone.getByTestId('timeline-count').textContent())
      .toBe(`${formatNumber(us.items.length, 'en')} entries`);
    expect(await phone.getByLabel('Party').inputValue()).toBe('US');
    expect(await phone.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    await phone.close();
  });
});
