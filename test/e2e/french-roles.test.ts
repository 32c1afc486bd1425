/**
 * The interface in French for the roles that sign in to work: an analyst, a national
 * representative and an administrator each visit every page their navigation offers, and one
 * page of each kind of the web application's route table those pages link to (a commitment, a
 * donor, a meeting and its briefing pack, an edition, a source, the forms they may open). No
 * visible text, label or placeholder may still be an English message of the catalogue that has
 * a different French wording; axe finds no serious or critical fault.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { en } from '../../web/src/i18n/messages.en.ts';
import { fr } from '../../web/src/i18n/messages.fr.ts';
import type { Account, Accounts } from './support/data-folder.ts';
import { accessibilityViolations, apiGet, describeInBrowser, signIn, type E2E } from './support/app.ts';

/** The address patterns of the web application, read from its route table. */
const routePatterns = [
  ...readFileSync(new URL('../../web/src/App.tsx', import.meta.url), 'utf8').matchAll(/^\s*\['(\/[^']*)',/gm),
].map((m) => m[1]!);
const patternRegex = (pattern: string) => new RegExp(`^${pattern.replace(/:\w+/g, '[^/?#]+')}$`);

/** A message as a test on a whole text: a placeholder stands for any text that starts and ends with a non-space. */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const letters = (text: string) => (text.match(/\p{L}/gu) ?? []).length;
const englishOnly = Object.entries(en)
  // A message whose French differs only by its spaces ("Source : x") is French already.
  .filter(([key, text]) => text.replace(/\s/g, '') !== fr[key as keyof typeof fr].replace(/\s/g, ''))
  .map(([key, text]) => ({
    key,
    text,
    test: new RegExp(
      `^${text
        .split(/\{\w+\}/)
        .map(escape)
        .join('\\S(?:.*?\\S)?')}$`,
      's',
    ),
    literal: letters(text.replace(/\{\w+\}/g, '')),
  }))
  // A word or two of three letters could be French too ("Date", "Total"); a placeholder alone is any text.
  .filter((m) => m.literal >= 4);

/** Every text a reader sees or hears: visible text nodes, option labels, accessible names, placeholders. */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const out = [document.title.replace(/ · Ramstein$/, '')];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.replace(/\\s+/g, ' ').trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('script, style, noscript')) continue;
      if (parent.closest('option') || parent.checkVisibility({ visibilityProperty: true })) out.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title], [alt]'))
      for (const name of ['aria-label', 'placeholder', 'title', 'alt'])
        if (element.getAttribute(name)) out.push(element.getAttribute(name).trim());
    return out;
  })()`);
}

/** Waits for a page to have drawn what it loads: its heading, the network quiet, no spinner. */
async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
  await page
    .locator('.state-loading')
    .first()
    .waitFor({ state: 'detached', timeout: 30_000 })
    .catch(() => undefined);
}

/** The paths of the links a selector finds that lead within the application. */
async function hrefs(page: Page, selector: string): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const links = await page
    .locator(selector)
    .evaluateAll((as) => as.map((a) => (a as unknown as { href: string }).href));
  return links
    .map((href) => new URL(href))
    .filter((url) => url.origin === origin)
    .map((url) => url.pathname);
}

/** English messages left in a page, as "path: text (key)". */
async function englishIn(page: Page, path: string, recorded: Set<string>): Promise<string[]> {
  const texts = [...new Set(await visibleTexts(page))].filter((text) => !recorded.has(text));
  const found: string[] = [];
  for (const text of texts)
    for (const m of englishOnly) if (m.test.test(text)) found.push(`${path}: "${text}" (${m.key})`);
  return found;
}

/**
 * Texts recorded by people, shown as written whatever the interface's language: the users' names
 * ("analyst" is a name here, not the role) and the capability areas of the requirements lists.
 */
async function recordedTexts(e2e: E2E): Promise<Set<string>> {
  const coverage = await apiGet<{ requirements: { capability: string }[] }>(
    e2e,
    '/api/v1/reports/coverage?list=ua-priorities-demo',
  );
  return new Set([
    ...Object.values(e2e.accounts).map((a) => a.user),
    ...coverage.requirements.map((r) => r.capability),
  ]);
}

async function sweep(e2e: E2E, account: Account) {
  const recorded = await recordedTexts(e2e);
  const page = await e2e.open('/sign-in?next=/');
  // Signing in by the form's English button; the language is French from then on.
  await page.evaluate(`localStorage.setItem('ramstein.locale', 'en')`);
  await page.reload();
  await signIn(page, account);
  await page.getByLabel('Language').selectOption('fr');
  await page.getByLabel('Langue').waitFor();
  await settled(page);
  const nav = await hrefs(page, '#site-nav a');
  expect(nav.length).toBeGreaterThan(5);

  // The navigation's pages first, then one page of each other route they link to.
  const toVisit = [...nav];
  const covered = new Set<string>();
  const english: string[] = [];
  const faults: string[] = [];
  for (let i = 0; i < toVisit.length; i++) {
    const path = toVisit[i]!;
    await page.goto(new URL(path, e2e.url).href);
    await settled(page);
    english.push(...(await englishIn(page, path, recorded)));
    faults.push(...(await accessibilityViolations(page)).map((v) => `${path}: ${v}`));
    for (const link of await hrefs(page, 'main a[href]')) {
      const pattern = routePatterns.find((p) => patternRegex(p).test(link));
      if (!pattern || pattern === '/sign-in' || covered.has(pattern) || toVisit.includes(link)) continue;
      covered.add(pattern);
      toVisit.push(link);
    }
  }
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByRole('link', { name: 'Se connecter' }).waitFor();
  await page.close();
  return { visited: toVisit, english, faults };
}

describeInBrowser('French for each role that signs in', (e2e) => {
  const roles: [string, (a: Accounts) => Account, string[]][] = [
    ['an analyst', (a) => a.analyst, ['/review']],
    ['a representative', (a) => a.de, ['/commitments/new']],
    ['an administrator', (a) => a.admin, ['/admin', '/review']],
  ];
  for (const [role, account, own] of roles)
    it(`shows ${role} every page of their navigation in French, with no serious accessibility fault`, async () => {
      const { visited, english, faults } = await sweep(e2e, account(e2e.accounts));
      const kinds = visited.map((path) => routePatterns.find((p) => patternRegex(p).test(path)));
      for (const pattern of own) expect(kinds).toContain(pattern);
      expect(kinds).toEqual(expect.arrayContaining(['/commitments/:id', '/meetings/:id']));
      expect({ visited, english, faults }).toEqual({ visited, english: [], faults: [] });
      expect(e2e.problems).toEqual([]);
    }, 600_000);
});
