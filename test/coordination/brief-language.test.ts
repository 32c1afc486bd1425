/**
 * The Markdown and PDF briefing packs in French: asked by `lang` or by the browser's
 * Accept-Language, from the command line with `--lang fr`; French headings and no English one,
 * French dates, money and colons, units in their plural form; the English pack as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, type Api } from '../../src/http/server.ts';
import { signedIn, type Call } from '../ledger/caller.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';
import { pdfPages } from '../support/pdf-text.ts';
import { runRamstein } from '../support/processes.ts';

let t: TestDatabase;
let app: Api;
let call: Call;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
  app = await buildServer(t.ctx, { logger: false });
  ({ call } = await signedIn(app, t));
});
afterAll(async () => {
  await app.close();
  await t.close().catch(() => undefined);
});

const englishHeadings = [
  'Briefing pack',
  'Chairs and participants',
  'Since the last session',
  'Announced since the previous meeting',
  'Deliveries overdue against their planned dates',
  'Top uncovered requirements',
  'Reported figures in conflict',
  'Due before the next meeting',
];
const frenchHeadings = [
  '# Dossier de séance : Groupe de contact pour la défense de l’Ukraine n°\u00a033, 12 févr. 2026',
  '## Présidence et participants',
  '## Depuis la dernière séance',
  '## Annoncé depuis la réunion précédente (udcg-32, 16 déc. 2025)',
  '## Livraisons en retard sur leur date prévue',
  '## Principaux besoins non couverts',
  '## Chiffres déclarés en conflit',
  '## Échéances avant la prochaine réunion',
  '## Sources',
];

const markdown = async (query: string, headers: Record<string, string> = {}) => {
  const res = await call({ method: 'GET', url: `/api/v1/meetings/udcg-33/brief?format=md${query}`, headers });
  expect(res.statusCode).toBe(200);
  return { body: res.body, language: res.headers['content-language'] };
};

/** No line of a pack lists its items as raw equipment ids ("1000 lmm", "? patriot-interceptor"). */
function expectNoEquipmentIds(text: string) {
  expect(text).not.toMatch(/(\d|\?) (lmm|patriot-interceptor|patriot|iris-t-slm)\b/);
  expect(text).not.toMatch(/\? [a-z0-9]+(-[a-z0-9]+)+/);
}

function expectFrench(md: string) {
  for (const heading of frenchHeadings) expect(md).toContain(heading);
  for (const heading of englishHeadings) expect(md).not.toContain(heading);
  // A space before the colon, French dates and money, units in the plural the number calls for.
  expect(md).toContain('Présidence\u00a0: DE - Boris Pistorius');
  expect(md).toMatch(/\d\u202f\d{3}\u202f\d{3},\d\d\u00a0€/);
  expect(md).toContain('6 systèmes');
  expect(md).toContain('60 avions');
  // Announced items worded as the web client titles them, never as equipment ids.
  expect(md).toContain('1\u202f000 missiles LMM');
  expectNoEquipmentIds(md);
  expect(md).toMatch(/Prochaine séance suggérée le \*\*\d+ \S+ \d{4}\*\*/);
  expect(md).not.toMatch(
    /\b(Chair|Expected|Decision|Substitution|Attended): |days late|needed by|, gap | vs |as known on/,
  );
}

describe('the briefing pack in French', () => {
  it('words the Markdown pack in French when asked by lang or by Accept-Language, and in English otherwise', async () => {
    const asked = await markdown('&lang=fr');
    expect(asked.language).toBe('fr');
    expectFrench(asked.body);

    const browser = await markdown('', { 'accept-language': 'fr-CA,fr;q=0.9,en;q=0.5' });
    expect(browser.language).toBe('fr');
    expect(browser.body).toBe(asked.body);

    // lang wins over the header; a language the server does not speak gets English.
    expect((await markdown('&lang=en', { 'accept-language': 'fr-FR' })).language).toBe('en');
    const german = await markdown('', { 'accept-language': 'de-DE,de;q=0.9' });
    expect(german.language).toBe('en');

    const english = await markdown('');
    expect(english.body).toBe(german.body);
    expect(english.body).toContain('# Briefing pack: Ukraine Defense Contact Group #33, 12 Feb 2026');
    for (const heading of englishHeadings.slice(1)) expect(english.body).toContain(`## ${heading}`);
    expect(english.body).toContain('Chair: DE - Boris Pistorius');
    expect(english.body).toContain('1,000 LMM missiles');
    expectNoEquipmentIds(english.body);
    expect(english.body).not.toMatch(/Dossier|Présidence|séance/);

    const refused = await call({ method: 'GET', url: '/api/v1/meetings/udcg-33/brief?format=md&lang=de' });
    expect(refused.statusCode).toBe(400);
  });

  it('prints the PDF pack in French: headings, page numbers and marking', async () => {
    const res = await call({ method: 'GET', url: '/api/v1/meetings/udcg-33/brief?format=pdf&lang=fr' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-language']).toBe('fr');
    const pages = await pdfPages(res.rawPayload);
    pages.forEach((text, i) => {
      expect(text).toContain(`page ${i + 1} sur ${pages.length}`);
      expect(text).toMatch(/(PUBLIC|COALITION|RESTREINT)\s: /);
    });
    const all = pages.join('\n');
    for (const heading of ['Dossier de séance', 'Présidence et participants', 'Depuis la dernière séance'])
      expect(all).toContain(heading);
    for (const heading of englishHeadings) expect(all).not.toContain(heading);
    expect(all).not.toMatch(/page \d+ of|Prepared|Next session/);
    expect(all).toContain('Établi le ');
    expect(all).toMatch(/1\s000 missiles LMM/);
    expectNoEquipmentIds(all);
  });

  it('writes the French pack from the command line with --lang fr', { timeout: 120_000 }, async () => {
    await app.close();
    await t.db.close();
    const args = t.dataDir ? ['--data-dir', t.dataDir] : [];
    const env = { DATABASE_URL: t.url ?? '', RAMSTEIN_DEMO: 'false', RAMSTEIN_DEBUG: '' };
    const french = await runRamstein([...args, 'brief', 'udcg-33', '--lang', 'fr'], env);
    expect(french.code).toBe(0);
    for (const heading of frenchHeadings.slice(1)) expect(french.stdout).toContain(heading);
    for (const heading of englishHeadings) expect(french.stdout).not.toContain(heading);
    const wrong = await runRamstein([...args, 'brief', 'udcg-33', '--lang', 'de'], env);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/expected one of en, fr/);
  });
});
