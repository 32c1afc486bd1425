import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Account } from './support/data-folder.ts';
import { accessibilityViolations, describeInBrowser, signIn } from './support/app.ts';

/** The analysis pages every role reads, each with what shows it is ready. */
const analysisPages: [string, string][] = [
  ['/value-over-time', '[data-testid="value-chart"][data-rendered="true"]'],
  ['/compare', '[data-testid="donor-map"] path'],
  ['/equipment', '[data-testid="equipment-table"]'],
];

async function auditPages(page: Page, base: string, extra: [string, string][]): Promise<string[]> {
  const found: string[] = [];
  for (const [path, ready] of [...analysisPages, ...extra]) {
    await page.goto(new URL(path, base).href);
    await page.locator(ready).first().waitFor();
    await page.getByTestId('freshness').waitFor();
    found.push(...(await accessibilityViolations(page)).map((v) => `${path}: ${v}`));
  }
  return found;
}

const navLinks = async (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();

describeInBrowser('each role in the browser', (e2e) => {
  it('a public reader reads the analysis pages, without the forms of other roles', async () => {
    const page = await e2e.open('/');
    expect(await auditPages(page, e2e.url, [])).toEqual([]);
    const links = await navLinks(page);
    expect(links).toEqual(expect.arrayContaining(['Over time', 'Compare donors', 'Equipment']));
    expect(links).not.toContain('Sources and review');
    expect(links).not.toContain('Users and tokens');
    await page.close();
  });

  const signedIn: [
    string,
    (accounts: Record<string, Account>) => Account,
    [string, string][],
    string[],
    string[],
  ][] = [
    [
      'analyst',
      (a) => a.analyst!,
      [['/review', '#ingest-text, textarea']],
      ['Sources and review'],
      ['Users and tokens'],
    ],
    [
      'coordinator',
      (a) => a.coordinator!,
      [['/requirements', 'main h1']],
      ['Sources and review'],
      ['Users and tokens'],
    ],
    ['representative', (a) => a.de!, [['/commitments/new', 'main form']], [], ['Users and tokens']],
    ['administrator', (a) => a.admin!, [['/admin', 'main h1']], ['Users and tokens'], []],
  ];
  for (const [role, account, extra, shown, hidden] of signedIn) {
    it(`a signed-in ${role} gets the analysis pages and their own work, with no serious accessibility fault`, async () => {
      const page = await e2e.open('/sign-in?next=/');
      await signIn(page, account(e2e.accounts as unknown as Record<string, Account>));
      expect(await auditPages(page, e2e.url, extra)).toEqual([]);
      const links = await navLinks(page);
      for (const link of shown) expect(links).toContain(link);
      for (const link of hidden) expect(links).not.toContain(link);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.getByRole('link', { name: 'Sign in' }).waitFor();
      await page.close();
    });
  }

  it('raised no page error or policy violation', () => {
    expect(e2e.problems).toEqual([]);
  });
});
