/**
 * Every door: each write route of the OpenAPI document the server serves, called by every role,
 * on a record of the caller's own nation, of another nation, another nation's restricted record
 * and a missing one. The answer must follow the one permission map (src/domain/access): the
 * route's permission, the right to see the record and the right to write it. A refused call
 * must change nothing in the database, whatever table it might have reached.
 *
 * How each route is called is in doors.json; a write route it does not name fails the walk.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomToken, sha256 } from '../../src/app/accounts/secrets.ts';
import { roles, type Actor, type Role } from '../../src/domain/access/actor.ts';
import { can, mayWrite, type Permission } from '../../src/domain/access/permissions.ts';
import { canSee } from '../../src/domain/access/visibility.ts';
import { SESSION_COOKIE } from '../../src/http/cookies.ts';
import { buildServer, type Api } from '../../src/http/server.ts';
import { sessions, users } from '../../src/store/repositories/accounts.ts';
import {
  changedTables,
  databaseFingerprint,
  writeMark,
  type DatabaseFingerprint,
} from '../../src/store/snapshot/fingerprint.ts';
import { openTestDb, type TestDatabase } from '../support/db.ts';
import doors from './doors.json' with { type: 'json' };

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Rule = 'write' | 'see' | 'none';
interface Recipe {
  target?: string;
  creates?: string;
  upsert?: boolean;
  rule: Rule;
  params?: Record<string, string>;
  body?: unknown;
}
const recipes = doors.walk as Record<string, Recipe>;
const kinds = doors.kinds as Record<string, { owned: boolean; seen_as?: 'restricted' }>;
const unwalked = doors.unwalked as Record<string, string>;

const owned = { has: (kind: string) => kinds[kind]?.owned === true };
const OWN = 'DE';
const OTHER = 'FR';

type Variant = 'own' | 'other' | 'restricted' | 'existing' | 'missing' | 'taken' | 'none';
interface Place {
  party: string | null;
  visibility: 'public' | 'coalition' | 'restricted';
}
const places: Partial<Record<Variant, Place>> = {
  own: { party: OWN, visibility: 'coalition' },
  other: { party: OTHER, visibility: 'coalition' },
  restricted: { party: OTHER, visibility: 'restricted' },
  existing: { party: null, visibility: 'public' },
  // A create naming the id of a record the caller may not see, in the caller's own name.
  taken: { party: OWN, visibility: 'coalition' },
};

/** What a call acts on: its record and the values its recipe is filled with. */
interface Fixture extends Place {
  id: string;
  version: number;
  seq: string;
  candidate: string;
}

interface Door {
  method: Method;
  path: string;
  recipe: Recipe;
  permission: Permission | 'public';
}

let t: TestDatabase;
let app: Api;
const callers = new Map<Role, { actor: Actor; headers: Record<string, string> }>();
let counter = 0;
const fresh = (what: string) => `walk-${what}-${++counter}`;

async function call(role: Role, method: string, url: string, body?: unknown) {
  return app.inject({
    method: method as Method,
    url,
    headers: callers.get(role)!.headers,
    ...(body === undefined ? {} : { payload: body as object }),
  });
}

/** As an administrator, for making fixtures: anything but success stops the walk. */
async function made(method: string, url: string, body?: unknown) {
  const res = await call('admin', method, url, body);
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

const article = (n: number) =>
  `Berlin, 2 February 2026. Germany will deliver ${n} IRIS-T SLM air defence systems to Ukraine, the defence ministry said.`;

async function candidate(): Promise<string> {
  const ingested = await made('POST', '/api/v1/sources/ingest', {
    text: article(100 + ++counter),
    published: '2026-02-02',
  });
  return ingested.candidates[0];
}

/** A new record of `kind` in the place given, made by an administrator through the API. */
async function makeRecord(
  kind: string,
  place: Place,
  linked: boolean,
): Promise<{ id: string; version: number; seq: string }> {
  const id = fresh(kind);
  const owner = { visibility: place.visibility, owner_party: place.party };
  switch (kind) {
    case 'commitment':
    case 'commitment-change': {
      const made1 = await made('POST', '/api/v1/commitments', {
        id,
        donor: place.party,
        recipient: 'UA',
        mode: 'donation',
        items: [{ category: 'munitions', quantity: 10 }],
        announced_on: '2026-01-15',
        ...owner,
      });
      if (linked) await made('PUT', `/api/v1/requirements/walk-needs/items/arty/links/${id}`, {});
      if (kind === 'commitment') return { id, version: made1.version, seq: '0' };
      const changed = await made('PATCH', `/api/v1/commitments/${id}`, {
        version: made1.version,
        note: 'changed',
      });
      const trail = await made('GET', `/api/v1/audit?record_id=${id}&limit=50`);
      const update = trail.items.find((e: { action: string }) => e.action === 'commitment.update');
      return { id, version: changed.version, seq: String(update.seq) };
    }
    case 'package':
      return withSeq(await made('POST', '/api/v1/packages', { id, name: 'Walk package', ...owner }));
    case 'meeting':
      return withSeq(
        await made('POST', '/api/v1/meetings', { id, kind: 'bilateral', date: '2026-01-20', ...owner }),
      );
    case 'claim':
      return withSeq(
        await made('POST', '/api/v1/claims', { id, subject: 'Walk claim', party: place.party, ...owner }),
      );
    case 'requirement-list':
      await made('POST', '/api/v1/requirements', {
        id,
        recipient: 'UA',
        title: 'Walk needs',
        ...owner,
        requirements: [
          { key: 'arty', priority: 1, capability: 'Artillery', category: 'artillery', quantity: 5 },
        ],
      });
      return { id, version: 1, seq: '0' };
    case 'equipment':
      return withSeq(
        await made('POST', '/api/v1/equipment', {
          id,
          name: 'Walk gun',
          category: 'artillery',
          unit: 'system',
        }),
      );
    case 'target':
      return withSeq(
        await made('POST', '/api/v1/targets', {
          id,
          name: 'Walk target',
          metric: 'defence_spending',
          value: 2,
          unit: '%',
        }),
      );
    case 'candidate':
      return { id: await candidate(), version: 1, seq: '0' };
    case 'user':
      await made('POST', '/api/v1/users', { id, role: 'analyst', password: 'a long walked passphrase' });
      return { id, version: 1, seq: '0' };
    case 'token':
      return {
        id: (await made('POST', '/api/v1/tokens', { name: id, role: 'analyst' })).info.id,
        version: 1,
        seq: '0',
      };
  }
  throw new Error(`doors.json names a kind of record the walk cannot make: ${kind}`);
}
const withSeq = (view: { id: string; version: number }) => ({ id: view.id, version: view.version, seq: '0' });

/** The variants of a door: every place a record of its kind can be in, or the one call it is. */
function variants(recipe: Recipe): Variant[] {
  const kind = recipe.target ?? recipe.creates;
  if (!kind) return ['none'];
  if (recipe.target)
    return owned.has(kind) ? ['own', 'other', 'restricted', 'missing'] : ['existing', 'missing'];
  const named = JSON.stringify(recipe.body).includes('"id":"{new}"');
  return [
    ...(owned.has(kind) ? (['own', 'other', 'restricted'] as const) : (['existing'] as const)),
    ...(named ? (['taken'] as const) : []),
  ];
}

/**
 * The answer the permission map gives `actor` at this door: the route's permission first, then
 * whether the record is visible (a hidden record is answered as a missing one), then the right to
 * write it.
 */
function expectedStatus(door: Door, actor: Actor, variant: Variant, place: Place): string {
  if (door.permission !== 'public' && !can(actor, door.permission))
    return actor.role === 'public' ? '401' : '403';
  const kind = door.recipe.target ?? door.recipe.creates ?? '';
  const record = { visibility: kinds[kind]?.seen_as ?? place.visibility, owner_party: place.party };
  if (variant === 'missing' || (door.recipe.target && !canSee(actor, record))) return '404';
  const ownership = owned.has(kind) ? { owner: place.party, speaksFor: [place.party] } : { owner: null };
  if (door.recipe.rule === 'write' && !mayWrite(actor, ownership)) return '403';
  if (variant === 'taken') {
    // The id is another nation's restricted record: hidden from the caller, it is "not available";
    // seen by them, an upsert writes it (with the right to), a create still finds it taken.
    const stored = places.restricted!;
    if (!door.recipe.upsert || !canSee(actor, { ...stored, owner_party: stored.party })) return '409';
    return mayWrite(actor, { owner: stored.party, speaksFor: [stored.party] }) ? '2xx' : '403';
  }
  return '2xx';
}

const statusClass = (status: number) => (status >= 200 && status < 300 ? '2xx' : String(status));

function fill(value: unknown, vars: Record<string, string | number>): unknown {
  if (typeof value === 'string') {
    const whole = /^\{(\w+)\}$/.exec(value);
    if (whole && whole[1]! in vars) return vars[whole[1]!];
    return value.replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all));
  }
  if (Array.isArray(value)) return value.map((v) => fill(v, vars));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, vars)]));
  return value;
}

function request(door: Door, fixture: Fixture) {
  const vars = {
    id: fixture.id,
    party: fixture.party ?? OWN,
    visibility: fixture.visibility,
    version: fixture.version,
    seq: fixture.seq,
    candidate: fixture.candidate,
    list: 'walk-needs',
    new: door.recipe.creates ? fixture.id : fresh('new'),
    text: article(++counter),
  };
  const params: Record<string, string> = { id: '{id}', ...door.recipe.params };
  const url = door.path.replace(/\{(\w+)\}/g, (_all, name: string) =>
    encodeURIComponent(String(fill(params[name] ?? `{${name}}`, vars))),
  );
  const body = door.recipe.body === undefined ? undefined : fill(door.recipe.body, vars);
  return { url, body };
}

/** Records made once and shared by every refused call (which must leave them as they are). */
const shared = new Map<string, Fixture>();
async function sharedFixture(kind: string | undefined, variant: Variant): Promise<Fixture> {
  const key = `${kind}:${variant}`;
  if (!shared.has(key)) shared.set(key, await freshFixture(kind, variant, { creates: false, linked: true }));
  return shared.get(key)!;
}

async function freshFixture(
  kind: string | undefined,
  variant: Variant,
  { creates, linked }: { creates: boolean; linked: boolean },
): Promise<Fixture> {
  const place = places[variant] ?? { party: OWN, visibility: 'coalition' };
  const base = {
    ...place,
    version: 1,
    seq: '999999999',
    candidate: shared.get('candidate:existing')?.id ?? '',
  };
  if (variant === 'missing') return { ...base, id: 'walk-missing' };
  if (!kind || variant === 'none') return { ...base, id: fresh('none') };
  if (variant === 'taken') {
    const hidden = await sharedFixture(kind, owned.has(kind) ? 'restricted' : 'existing');
    return { ...base, id: hidden.id };
  }
  if (creates) return { ...base, id: fresh(kind) };
  const record = await makeRecord(kind, place, linked);
  return { ...base, ...record };
}

async function documentedDoors(): Promise<Door[]> {
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  const found: Door[] = [];
  for (const [path, operations] of Object.entries(doc.paths))
    for (const method of Object.keys(operations).map((m) => m.toUpperCase()))
      if (['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) {
        const key = `${method} ${path}`;
        const permission = app.routePermissions.get(`${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
        found.push({ method: method as Method, path, recipe: recipes[key]!, permission: permission! });
      }
  return found;
}

beforeAll(async () => {
  t = await openTestDb();
  app = await buildServer(t.ctx, { logger: false });
  // Each role has a session: a session is read, not written, on every request (an API token is).
  for (const role of roles) {
    const actor: Actor = { id: `walk-${role}`, role, party: role === 'representative' ? OWN : null };
    if (role === 'public') {
      callers.set(role, { actor, headers: {} });
      continue;
    }
    // Straight into the store: hashing a password is the slow part of signing in, and not walked here.
    await users.insert(t.db, {
      id: actor.id,
      display_name: null,
      role,
      party: actor.party,
      password_hash: 'none',
      must_change_password: false,
    });
    const token = randomToken();
    const csrf = randomToken(24);
    await sessions.insert(t.db, {
      tokenSha256: sha256(token),
      userId: actor.id,
      csrf,
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    callers.set(role, { actor, headers: { cookie: `${SESSION_COOKIE}=${token}`, 'x-csrf-token': csrf } });
  }
  await made('POST', '/api/v1/requirements', {
    id: 'walk-needs',
    recipient: 'UA',
    title: 'Walk needs',
    visibility: 'public',
    requirements: [
      { key: 'arty', priority: 1, capability: 'Artillery', category: 'artillery', quantity: 50 },
    ],
  });
  await sharedFixture('candidate', 'existing');
});
afterAll(async () => {
  await app.close();
  await t.close();
});

describe('every door', () => {
  it('each write route of the API document is walked, or set aside with a reason', async () => {
    const doors = await documentedDoors();
    expect(doors.length).toBeGreaterThan(30);
    const keys = doors.map((d) => `${d.method} ${d.path}`);
    expect(keys.filter((key) => !recipes[key] && !unwalked[key])).toEqual([]);
    // Nor does the file name routes that are gone.
    expect([...Object.keys(recipes), ...Object.keys(unwalked)].filter((key) => !keys.includes(key))).toEqual(
      [],
    );
  });

  it('every role gets the answer the permission map gives, and a refused call changes nothing', async () => {
    const doors = (await documentedDoors()).filter((d) => d.recipe);
    const plan = doors.flatMap((door) =>
      variants(door.recipe).flatMap((variant) =>
        roles.map((role) => {
          const actor = callers.get(role)!.actor;
          const place = places[variant] ?? { party: OWN, visibility: 'coalition' as const };
          return { door, variant, role, expected: expectedStatus(door, actor, variant, place) };
        }),
      ),
    );
    const failures: string[] = [];
    const answers = new Map<string, { detail: string; id: string }>();
    const label = (p: (typeof plan)[number]) =>
      `${p.door.method} ${p.door.path} as ${p.role} on ${p.variant}`;

    // Refused calls first, on shared records: none of them may change anything.
    const refused = plan.filter((p) => p.expected !== '2xx');
    const fixtureOf = (p: (typeof plan)[number]) =>
      p.door.recipe.creates
        ? freshFixture(p.door.recipe.creates, p.variant, { creates: true, linked: false })
        : sharedFixture(p.door.recipe.target, p.variant);
    for (const p of refused) await fixtureOf(p);
    let print: DatabaseFingerprint = await databaseFingerprint(t.db);
    for (const p of refused) {
      const fixture = await fixtureOf(p);
      const { url, body } = request(p.door, fixture);
      const mark = await writeMark(t.db);
      const res = await call(p.role, p.door.method, url, body);
      const named = p.door.path.includes('{seq}') ? fixture.seq : fixture.id;
      answers.set(label(p), { detail: String(res.json().detail), id: named });
      if (statusClass(res.statusCode) !== p.expected)
        failures.push(`${label(p)}: ${res.statusCode}, expected ${p.expected} (${res.body.slice(0, 200)})`);
      // Nothing was written if no transaction that writes has ended since (on the embedded database,
      // always); otherwise the contents of every table tell.
      if ((await writeMark(t.db)) === mark) continue;
      const now = await databaseFingerprint(t.db);
      const changed = changedTables(print, now);
      if (changed.length) failures.push(`${label(p)} was refused but changed ${changed.join(', ')}`);
      print = now;
    }

    // A record hidden from the caller is answered in the very words used for a missing one.
    for (const p of refused.filter((q) => q.variant === 'restricted' && q.expected === '404')) {
      const hidden = answers.get(label(p))!;
      const missing = answers.get(label({ ...p, variant: 'missing' }))!;
      if (hidden.detail.replaceAll(hidden.id, '…') !== missing.detail.replaceAll(missing.id, '…'))
        failures.push(`${label(p)} answers "${hidden.detail}" where a missing one gets "${missing.detail}"`);
    }

    // Then the calls that must succeed, each on records of its own.
    for (const p of plan.filter((q) => q.expected === '2xx')) {
      const kind = p.door.recipe.target ?? p.door.recipe.creates;
      const fixture = await freshFixture(kind, p.variant, {
        creates: !p.door.recipe.target,
        linked: p.door.path.includes('/links/'),
      });
      if (JSON.stringify(p.door.recipe).includes('{candidate}')) fixture.candidate = await candidate();
      const { url, body } = request(p.door, fixture);
      const res = await call(p.role, p.door.method, url, body);
      if (statusClass(res.statusCode) !== '2xx')
        failures.push(`${label(p)}: ${res.statusCode}, expected 2xx (${res.body.slice(0, 200)})`);
    }
    expect(failures).toEqual([]);
    expect(refused.length).toBeGreaterThan(100);
  }, 300_000);
});
