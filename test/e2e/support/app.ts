/** What every browser test needs: the server, a browser, sign-in, and the accessibility audit. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, inject } from 'vitest';
import { chromiumPath, launchBrowser, type Browser } from './browser.ts';
import { startServer, type Account, type Accounts } from './data-folder.ts';

export interface E2E {
  url: string;
  accounts: Accounts;
  browser: Browser;
  /** A new tab; page errors and CSP violations are collected in `problems`. */
  open(path: string, options?: { width?: number; height?: number }): Promise<Page>;
  problems: string[];
}

/** `describe` that starts one server and one browser for the file, or skips without Chromium. */
export function describeInBrowser(name: string, body: (e2e: E2E) => void): void {
  if (!chromiumPath) {
    console.warn(`Skipping browser tests "${name}": no Chromium binary (apt-get install chromium).`);
    describe.skip(name, () => undefined);
    return;
  }
  describe(name, () => {
    const e2e = { problems: [] as string[] } as unknown as E2E;
    let stopServer: () => Promise<void>;
    beforeAll(async () => {
      const server = await startServer(inject('preparedDataFolder'));
      stopServer = server.stop;
      e2e.url = server.url;
      e2e.accounts = server.accounts;
      e2e.browser = await launchBrowser();
      e2e.open = async (path, options) => {
        const page = await e2e.browser.context.newPage();
        if (options?.width)
          await page.setViewportSize({ width: options.width, height: options.height ?? 800 });
        page.on('pageerror', (error) => e2e.problems.push(`page error: ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text()))
            e2e.problems.push(`console: ${message.text()}`);
        });
        await page.goto(new URL(path, e2e.url).href);
        return page;
      };
    });
    // A failed test leaves a screenshot of every open tab, to see what the reader saw.
    afterEach(async (context) => {
      if (context.task.result?.state !== 'fail') return;
      const folder = join(tmpdir(), 'ramstein-e2e-failures');
      await mkdir(folder, { recursive: true });
      const pages = e2e.browser.context.pages();
      for (const [i, page] of pages.entries()) {
        const file = join(folder, `${context.task.name.replace(/\W+/g, '-').slice(0, 60)}-${i}.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
        console.warn(`screenshot of ${page.url()}: ${file}`);
      }
    });
    afterAll(async () => {
      await e2e.browser?.close();
      await stopServer?.();
    });
    body(e2e);
  });
}

/** Signs in through the form, choosing a new password when the account still has a one-time one. */
export async function signIn(page: Page, account: Account): Promise<void> {
  await page.locator('#signin-user').fill(account.user);
  await page.locator('#signin-password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).last().click();
  const change = page.locator('#new-password');
  // The header names the user as soon as the session exists, before the form for a one-time
  // password shows: wait for that form or for leaving the sign-in page, whichever comes.
  await Promise.race([change.waitFor(), page.waitForURL((url) => url.pathname !== '/sign-in')]);
  if (await change.isVisible()) {
    const next = `${account.user}-chosen-password-42`;
    await page.locator('#current-password').fill(account.password);
    await change.fill(next);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('#new-password').waitFor({ state: 'detached' });
    account.password = next;
  }
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** Runs axe-core in the page (evaluated, not injected, so the page's CSP stays as served). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  // A string, run in the page: the test's own code knows nothing of the browser's globals.
  const violations = await page.evaluate<{ id: string; impact: string; targets: string[] }[]>(`
    axe.run(document, { resultTypes: ['violations'] }).then((result) =>
      result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      })),
    )`);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.targets.join(', ')}`);
}

/** Reads JSON from the server as the anonymous public. */
export async function apiGet<T>(e2e: E2E, path: string): Promise<T> {
  const response = await fetch(new URL(path, e2e.url));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** A value from the page's globals, by expression. */
export function inPage<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate<T>(expression);
}
