import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/app/review/ingest-article.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import { signedIn, type Call } from '../ledger/caller.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';

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
  await t.close();
});

const get = (url: string) => call({ method: 'GET', url });

describe('coordination API', () => {
  it('briefs a real meeting: announcements at it, chairs by name, what falls due next', async () => {
    const res = await get('/api/v1/meetings/udcg-33/brief');
    expect(res.statusCode).toBe(200);
    const brief = res.json();
    expect(brief.previous).toMatchObject({ id: 'udcg-32' });
    expect(brief.announced).toContainEqual(
      expect.objectContaining({
        id: 'uk-lmm-1000-2026-02',
        at_this_meeting: true,
        items: '1000 lmm',
        lines: [expect.objectContaining({ equipment: 'lmm', quantity: 1000, name: 'LMM', unit: 'missile' })],
      }),
    );
    expect(brief.chairs).toContainEqual({
      party: 'DE',
      person: 'Boris Pistorius',
      title: expect.any(String),
    });
    expect(brief.uncovered[0]).toMatchObject({ key: 'ad-patriot-interceptors' });
    expect(brief.conflicts.length).toBeGreaterThan(0);
    // Since the last session: udcg-32's pledges as known on udcg-33's day.
    expect(brief.follow_through).toMatchObject({ meeting: 'udcg-32', as_of: brief.meeting.date });
    // What falls due before the next meeting says what it is by id, for the client to word.
    expect(brief.due.length).toBeGreaterThan(0);
    for (const entry of brief.due) expect(['event', 'due', 'meeting', 'needed-by']).toContain(entry.text_id);

    const md = await get('/api/v1/meetings/udcg-33/brief?format=md');
    expect(md.headers['content-type']).toContain('text/markdown');
    expect(md.body).toContain('# Briefing pack: Ukraine Defense Contact Group #33');
    expect(md.body).toContain('## Since the last session');
    const pdf = await get('/api/v1/meetings/udcg-33/brief?format=pdf');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('serves the calendar as iCalendar with a suggested next session', async () => {
    const res = await get('/api/v1/calendar.ics');
    expect(res.headers['content-type']).toContain('text/calendar');
    expect(res.body.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(res.body).toContain('UID:udcg-26@ramstein\r\n');
    // The same entries whatever address the feed is fetched at, and no suggestion in the past.
    const elsewhere = await call({
      method: 'GET',
      url: '/api/v1/calendar.ics',
      headers: { host: 'ramstein.example.org' },
    });
    const uids = (ics: string) => ics.match(/^UID:.*$/gm)!.sort();
    expect(uids(elsewhere.body)).toEqual(uids(res.body));
    const today = new Date().toISOString().slice(0, 10).replaceAll('-', '');
    const suggested = /UID:udcg-suggested[^\r]*\r\nDTSTAMP:[^\r]*\r\nDTSTART;VALUE=DATE:(\d{8})/.exec(
      res.body.replace(/\r\n /g, ''),
    );
    expect(suggested).not.toBeNull();
    expect(suggested![1]! >= today).toBe(true);
    expect(res.body).toContain('DTSTART;VALUE=DATE:20250212');
    expect(res.body).toContain('STATUS:CANCELLED');
    expect(res.body.replace(/\r\n /g, '')).toContain(
      'SUMMARY:Ukraine Defense Contact Group (suggested date\\, not announced)',
    );
  });

  it('filters the timeline by party and kind', async () => {
    const res = await get('/api/v1/timeline?party=us&kind=due&from=2025-01-01&to=2025-12-31');
    expect(res.json().items.map((e: { date: string; id: string }) => [e.date, e.id])).toEqual([
      ['2025-08-08', 'us-ultimatum-ru-10-days-2025-07'],
      ['2025-09-02', 'us-ultimatum-ru-50-days-2025-07'],
    ]);
    // Each entry says what it is by id with its figures, beside the English text.
    const due = res.json().items[1];
    expect(due).toMatchObject({
      text_id: 'due',
      text_params: {
        title: expect.any(String),
        announced_on: expect.stringMatching(/^2025-07-/),
        days: '50',
      },
    });
    expect(due.title).toBe(
      `Due: ${due.text_params.title} (announced ${due.text_params.announced_on}, 50 days)`,
    );
    const meetings = await get('/api/v1/timeline?kind=meeting&from=2026-02-12&to=2026-02-12');
    expect(meetings.json().items).toContainEqual(
      expect.objectContaining({
        id: 'udcg-33',
        text_id: 'meeting',
        text_params: expect.objectContaining({ kind: 'udcg', number: '33', status: expect.any(String) }),
      }),
    );
    const leadership = await get('/api/v1/timeline?kind=leadership&party=DE');
    expect(leadership.json().items.map((e: { id: string }) => e.id)).toEqual(['udcg-chair-gb-de-2025-04']);
  });

  it('reports coverage, exports a list as CSV, and refuses a bad link with 404', async () => {
    const coverage = await get('/api/v1/reports/coverage?list=ua-priorities-demo');
    expect(coverage.json().requirements).toHaveLength(9);
    const csv = await get('/api/v1/requirements/ua-priorities-demo?format=csv');
    expect(csv.body.split('\n')[0]).toBe(
      'key,priority,capability,equipment,category,quantity,unit,needed_by,status,notes,visibility',
    );
    const bad = await call({
      method: 'PUT',
      url: '/api/v1/requirements/ua-priorities-demo/items/no-such-key/links/be-f16-2024-06',
      payload: {},
    });
    expect(bad.statusCode).toBe(404);
    const ok = await call({
      method: 'PUT',
      url: '/api/v1/requirements/ua-priorities-demo/items/air-f16/links/be-f16-2024-06',
      payload: {},
    });
    expect(ok.json()).toEqual({ changed: true });
    const after = (await get('/api/v1/reports/coverage')).json();
    expect(after.requirements.find((r: { key: string }) => r.key === 'air-f16').covered.pledged).toBe(30);
  });

  it('records a meeting: attendance with a substitute, a decision, an announcement as a commitment', async () => {
    const res = await call({
      method: 'PUT',
      url: '/api/v1/meetings/udcg-33/record',
      payload: {
        version: 0,
        attendance: [{ party: 'US', person: 'an ambassador', substitute_for: 'Secretary of Defense' }],
        decisions: ['Air defence stays the first priority until the next session.'],
        announcements: [
          {
            id: 'test-fi-2026-02',
            donor: 'FI',
            recipient: 'UA',
            items: [{ category: 'munitions', quantity: 1000 }],
          },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    const page = (await get('/api/v1/meetings/udcg-33/record')).json();
    expect(page.record.decisions).toHaveLength(1);
    expect(page.commitments.map((c: { id: string }) => c.id)).toContain('test-fi-2026-02');
    expect(page.commitments.find((c: { id: string }) => c.id === 'test-fi-2026-02').announced_on).toBe(
      '2026-02-12',
    );
    const stale = await call({
      method: 'PUT',
      url: '/api/v1/meetings/udcg-33/record',
      payload: { version: 0 },
    });
    expect(stale.statusCode).toBe(409);
  });

  it("lets a representative announce their nation's pledge at a meeting, never rewrite its attendance", async () => {
    const { call: representative } = await signedIn(app, t, 'representative', 'FI');
    const url = '/api/v1/meetings/udcg-32/record';
    const { record } = (await get(url)).json();
    const attendance = await representative({
      method: 'PUT',
      url,
      payload: { version: record.version, attendance: [{ party: 'FI', person: 'a minister' }] },
    });
    expect(attendance.statusCode).toBe(403);
    const foreign = await representative({
      method: 'PUT',
      url,
      payload: { version: record.version, announcements: [{ donor: 'SE', recipient: 'UA', items: [] }] },
    });
    expect(foreign.statusCode).toBe(403);
    expect((await get(url)).json().record).toEqual(record);
    const own = await representative({
      method: 'PUT',
      url,
      payload: {
        version: record.version,
        announcements: [{ id: 'test-fi-2026-01', donor: 'FI', recipient: 'UA', items: [] }],
      },
    });
    expect(own.statusCode).toBe(200);
    expect((await get(url)).json().commitments.map((c: { id: string }) => c.id)).toContain('test-fi-2026-01');
  });

  it('shows name flags of a source beside its review candidates', async () => {
    const text =
      'Brussels, 5 March 2025. NATO Secretary General Jens Stoltenberg said that Norway would donate 20 Leopard 2 tanks to Ukraine. ' +
      'Defence minister Pistorious welcomed it.';
    const { candidates, source_id } = await ingestArticle(t.ctx, { text, published: '2025-03-05' });
    const res = await get(`/api/v1/review/${candidates[0] ?? source_id}/people`);
    expect(res.statusCode).toBe(200);
    const kinds = res.json().flags.map((f: { kind: string; text: string }) => `${f.kind}:${f.text}`);
    expect(kinds).toEqual(['title_held_by_other:Stoltenberg', 'misspelled:Pistorious']);
    const check = await call({
      method: 'POST',
      url: '/api/v1/people/check',
      payload: { text: 'Dan Hegseth arrived.', date: '2025-06-04' },
    });
    expect(check.json().flags[0]).toMatchObject({ kind: 'first_name_mismatch' });
  });

  it('checks names only for signed-in reviewers, in texts of bounded length, in time linear in the text', async () => {
    const payload = { text: 'Dan Hegseth arrived.', date: '2025-06-04' };
    const anonymous = await app.inject({ method: 'POST', url: '/api/v1/people/check', payload });
    expect(anonymous.statusCode).toBe(401);
    const tooLong = await call({
      method: 'POST',
      url: '/api/v1/people/check',
      payload: { text: 'x'.repeat(200_001), date: '2025-06-04' },
    });
    expect(tooLong.statusCode).toBe(422);
    // A long text of many sentences with a date: every flag is found (the old check took minutes here).
    const sentence = 'Defence minister Pistorious met Dan Hegseth in Berlin. ';
    const long = sentence.repeat(Math.floor(200_000 / sentence.length));
    const res = await call({
      method: 'POST',
      url: '/api/v1/people/check',
      payload: { text: long, date: '2025-06-04' },
    });
    expect(res.statusCode).toBe(200);
    const misspelled = res.json().flags.filter((f: { kind: string }) => f.kind === 'misspelled');
    expect(misspelled).toHaveLength(Math.floor(200_000 / sentence.length));
  });

  it('refuses writes from the public and hides coalition requirements from it', async () => {
    const anonymous = await app.inject({
      method: 'PUT',
      url: '/api/v1/meetings/udcg-32/record',
      payload: { version: 0 },
    });
    expect(anonymous.statusCode).toBe(401);
    const list = (await app.inject({ method: 'GET', url: '/api/v1/requirements/ua-priorities-demo' })).json();
    expect(list.requirements.map((r: { key: string }) => r.key)).not.toContain('armour-ifv');
  });

  it('documents the routes in the OpenAPI document', async () => {
    const paths = Object.keys((await get('/api/openapi.json')).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/reports/coverage',
        '/api/v1/timeline',
        '/api/v1/calendar.ics',
        '/api/v1/meetings/{id}/brief',
      ]),
    );
  });
});
