/**
 * The printed briefing pack: Ukrainian names print as written, every page is numbered "page N of
 * M" and marked with the highest visibility of the records it includes, for the caller who asked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, type Api } from '../../src/http/server.ts';
import { signedIn, type Call } from '../ledger/caller.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';
import { pdfPages } from '../support/pdf-text.ts';

let t: TestDatabase;
let app: Api;
let coordinator: Call;
let analyst: Call;
beforeAll(async () => {
  t = await openTestDb({ demo: true });
  app = await buildServer(t.ctx, { logger: false });
  ({ call: coordinator } = await signedIn(app, t));
  ({ call: analyst } = await signedIn(app, t, 'analyst'));
});
afterAll(async () => {
  await app.close();
  await t.close();
});

const minister = 'Рустем Умєров';
const brief = async (call: Call) => {
  const res = await call({ method: 'GET', url: '/api/v1/meetings/udcg-33/brief?format=pdf' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return pdfPages(res.rawPayload);
};

function expectNumberedAndMarked(pages: string[], marking: RegExp) {
  pages.forEach((text, i) => {
    expect(text).toContain(`page ${i + 1} of ${pages.length}`);
    expect(text).toMatch(marking);
  });
}

describe('the briefing pack as PDF', () => {
  it('prints Cyrillic names, numbers its pages and marks each with what it holds', async () => {
    const decisions = Array.from(
      { length: 60 },
      (_, i) => `Decision ${i + 1}: air defence deliveries to Kharkiv and Дніпро reviewed`,
    );
    const recorded = await coordinator({
      method: 'PUT',
      url: '/api/v1/meetings/udcg-33/record',
      payload: {
        version: 0,
        attendance: [{ party: 'UA', person: minister, role: 'Minister of Defence' }],
        decisions,
        announcements: [
          {
            id: 'de-restricted-at-udcg-33',
            donor: 'DE',
            recipient: 'UA',
            mode: 'donation',
            items: [{ equipment: 'iris-t-slm', quantity: 2 }],
            visibility: 'restricted',
          },
        ],
      },
    });
    expect(recorded.statusCode).toBe(200);

    const full = await brief(coordinator);
    expect(full.length).toBeGreaterThan(1);
    expectNumberedAndMarked(full, /RESTRICTED: contains records visible only to DE representatives/);
    const all = full.join('\n');
    expect(all).toContain(minister);
    expect(all).toContain('Дніпро');
    expect(all).not.toContain('????');
    expect(all).toContain('de-restricted-at-udcg-33');

    // An analyst's pack of the same meeting leaves the restricted record out, and says so.
    const coalition = await brief(analyst);
    expect(coalition.join('\n')).not.toContain('de-restricted-at-udcg-33');
    expect(coalition.join('\n')).toContain(minister);
    expectNumberedAndMarked(coalition, /^(?![\s\S]*RESTRICTED)[\s\S]*(PUBLIC|COALITION): /);

    const anonymous = await brief((options) => app.inject(options));
    expectNumberedAndMarked(anonymous, /PUBLIC: every record included is public/);
  });
});
