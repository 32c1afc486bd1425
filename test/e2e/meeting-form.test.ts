import { expect, it } from 'vitest';
import { accessibilityViolations, apiGet, describeInBrowser, signIn } from './support/app.ts';

interface Meeting {
  id: string;
  chairs: string[];
  parties: string[];
  substitutions: { party: string; attended_by: string | null; expected_role: string | null }[];
}

describeInBrowser('the meeting forms', (e2e) => {
  it('lets the secretariat create a session with chairs and attendance, then add a substitute and an announcement', async () => {
    const page = await e2e.open('/sign-in?next=/meetings');
    await signIn(page, e2e.accounts.coordinator);
    await page.getByRole('link', { name: 'New meeting' }).click();
    await page.getByLabel('Chair 1').waitFor();

    // Checked before sending, with the message beside the field, in the interface's language.
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Enter a date as day, month and year.').waitFor();
    await page.getByLabel('Language').selectOption('fr');
    await page.getByText('Indiquez une date (jour, mois et année).').waitFor();
    await page.getByText('Une session du groupe de contact a au moins une présidence.').waitFor();
    await page.getByLabel('Langue').selectOption('en');

    await page.getByLabel('Session number').fill('40');
    await page.getByLabel('Date', { exact: true }).fill('2026-05-14');
    await page.getByLabel('Place').fill('Vilnius');
    await page.getByLabel('Host country').selectOption('LT');
    await page.getByLabel('Chair 1').selectOption('GB');
    await page.getByRole('button', { name: 'Add a chair' }).click();
    await page.getByLabel('Chair 2').selectOption('DE');
    for (const nation of ['Ukraine', 'Poland', 'Lithuania'])
      await page.getByRole('checkbox', { name: nation, exact: true }).check();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/meetings\/(?!new$)[^/]+$/);
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]!);
    await page.getByRole('heading', { name: 'UDCG 40, Vilnius, 14 May 2026' }).waitFor();
    const created = await apiGet<Meeting>(e2e, `/api/v1/meetings/${id}`);
    expect(created.chairs).toEqual(['GB', 'DE']);
    expect([...created.parties].sort()).toEqual(['LT', 'PL', 'UA']);

    // A change abandoned by a reload is not kept: the form shows the saved meeting again.
    await page.getByRole('link', { name: 'Edit the meeting' }).click();
    await page.getByLabel('Place').fill('Kaunas');
    await page.reload();
    await page.getByLabel('Chair 2').waitFor();
    expect(await page.getByLabel('Place').inputValue()).toBe('Vilnius');

    await page.getByRole('button', { name: 'Add a substitute' }).click();
    await page.getByLabel('Substitute 1: nation').selectOption('US');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Say who attended.').waitFor();
    await page.getByLabel('Substitute 1: attended by').fill('Ambassador Matthew Whitaker');
    await page.getByLabel('Substitute 1: instead of').fill('Secretary of Defense');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'UDCG 40, Vilnius, 14 May 2026' }).waitFor();
    await page.getByText('Ambassador Matthew Whitaker').waitFor();
    expect((await apiGet<Meeting>(e2e, `/api/v1/meetings/${id}`)).substitutions).toEqual([
      { party: 'US', attended_by: 'Ambassador Matthew Whitaker', expected_role: 'Secretary of Defense' },
    ]);

    await page.getByRole('link', { name: 'Announce a pledge' }).click();
    await page.getByLabel('Donor').selectOption('LT');
    await page.getByRole('button', { name: 'Record the pledge' }).click();
    await page.getByText('Name what is pledged: an equipment line or an amount.').waitFor();
    await page.getByLabel('Line 1: category').fill('munitions');
    await page.getByLabel('Line 1: quantity').fill('3000');
    await page.getByRole('button', { name: 'Record the pledge' }).click();
    await page.getByRole('heading', { name: 'UDCG 40, Vilnius, 14 May 2026' }).waitFor();
    await page.getByText('3,000 munitions units').waitFor();
    expect(await page.title()).toContain('UDCG 40, Vilnius, 14 May 2026');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(e2e.problems).toEqual([]);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.close();
  }, 240_000);

  it("shows a representative no form for the secretariat's meeting, and refuses a stale save", async () => {
    const page = await e2e.open('/sign-in?next=/meetings/udcg-33');
    await signIn(page, e2e.accounts.de);
    await page.getByRole('heading', { name: /^UDCG 33/ }).waitFor();
    expect(await page.getByRole('link', { name: 'Edit the meeting' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Announce a pledge' }).waitFor();
    await page.goto(new URL('/meetings/udcg-33/edit', e2e.url).href);
    await page.getByRole('link', { name: 'Back to the meeting' }).waitFor();
    expect(await page.getByRole('button', { name: 'Save' }).count()).toBe(0);
    // Their announcement form offers their own nation only.
    await page.goto(new URL('/meetings/udcg-33/announce', e2e.url).href);
    const donor = page.getByLabel('Donor');
    await donor.waitFor();
    expect(await donor.isDisabled()).toBe(true);
    expect(await donor.inputValue()).toBe('DE');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.close();

    // Two coordinators edit the same meeting: the second save is refused, and says why.
    const first = await e2e.open('/sign-in?next=/meetings/udcg-32/edit');
    await signIn(first, e2e.accounts.coordinator);
    await first.getByLabel('Place').waitFor();
    const second = await e2e.open('/meetings/udcg-32/edit');
    await second.getByLabel('Place').waitFor();
    await first.getByLabel('Number of participating nations').fill('51');
    await first.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => new URL(first.url()).pathname).toBe('/meetings/udcg-32');
    await second.getByLabel('Number of participating nations').fill('49');
    await second.getByRole('button', { name: 'Save' }).click();
    await second
      .getByText('This record was changed by someone else. Reload it and apply your change again.')
      .waitFor();
    await first.close();
    await second.close();
  }, 120_000);

  it('lets the secretariat record who attended for which nation, a substitute and the decisions', async () => {
    const page = await e2e.open('/sign-in?next=/meetings/udcg-31');
    await signIn(page, e2e.accounts.coordinator);
    await page.getByRole('link', { name: 'Record attendance and decisions' }).click();
    await page.getByRole('button', { name: 'Add an attendee' }).click();
    // Checked before sending: an attendee attends for a nation.
    await page.getByRole('button', { name: 'Save the record' }).click();
    await page.getByText('Choose the nation this person attended for.').waitFor();
    await page.getByLabel('Nation of attendee 1').selectOption('PL');
    await page.getByLabel('Name of attendee 1').fill('Anna Nowak');
    await page.getByLabel('Role of attendee 1').fill('Deputy Minister of Defence');
    await page.getByLabel('Attendee 1 stands in for').fill('the Minister of Defence');
    await page.getByRole('button', { name: 'Add an attendee' }).click();
    await page.getByLabel('Nation of attendee 2').selectOption('DE');
    await page.getByLabel('Name of attendee 2').fill('Jan Keller');
    await page
      .getByRole('textbox', { name: 'Decisions', exact: true })
      .fill('Air defence coalition to report in May\n\nDemining coalition extended');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save the record' }).click();

    // The briefing pack shows the record; the form shows it again when opened anew.
    await expect.poll(() => new URL(page.url()).pathname).toBe('/meetings/udcg-31/brief');
    await page.getByRole('heading', { name: 'Recorded attendance' }).waitFor();
    const pack = await page.locator('main').textContent();
    expect(pack).toContain('Anna Nowak');
    expect(pack).toContain('Deputy Minister of Defence');
    expect(pack).toContain('the Minister of Defence');
    expect(pack).toContain('Demining coalition extended');
    const saved = await apiGet<{
      record: { attendance: { party: string; person: string | null }[]; decisions: string[] };
    }>(e2e, '/api/v1/meetings/udcg-31/record');
    expect(saved.record.attendance.map((a) => [a.party, a.person])).toEqual([
      ['PL', 'Anna Nowak'],
      ['DE', 'Jan Keller'],
    ]);
    expect(saved.record.decisions).toEqual([
      'Air defence coalition to report in May',
      'Demining coalition extended',
    ]);
    await page.goto(new URL('/meetings/udcg-31/record', e2e.url).href);
    await expect.poll(() => page.getByLabel('Name of attendee 2').inputValue()).toBe('Jan Keller');
    await page.close();
  }, 120_000);
});
