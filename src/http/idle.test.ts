import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { trackIdle } from './idle.ts';

const apps: ReturnType<typeof Fastify>[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

/** A server with one route that answers when the test says so. */
async function serverWithHeldRequest(quietMs: number) {
  const app = Fastify();
  apps.push(app);
  const held: (() => void)[] = [];
  app.get('/held', () => new Promise((resolve) => held.push(() => resolve({ ok: true }))));
  app.get('/quick', async () => ({ ok: true }));
  const idle = trackIdle(app, quietMs);
  // When the server last finished a request: a client hears of it later, later still on a busy machine.
  const last = { closedAt: 0 };
  app.addHook('onRequest', async (_request, reply) => {
    reply.raw.once('close', () => (last.closedAt = performance.now()));
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, idle, url, held, last };
}

describe('background work waiting for an idle server', () => {
  it('does not go on while a request is in flight, and goes on once it has been answered', async () => {
    const { idle, url, held } = await serverWithHeldRequest(20);
    const answer = fetch(`${url}/held`);
    while (!held.length) await new Promise((resolve) => setTimeout(resolve, 5));
    let went = false;
    const waiting = idle().then((goOn) => (went = goOn));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(went).toBe(false);
    held[0]!();
    expect((await answer).status).toBe(200);
    await waiting;
    expect(went).toBe(true);
  });

  it('waits for a quiet moment after the last request', async () => {
    const { idle, url, last } = await serverWithHeldRequest(300);
    await fetch(`${url}/quick`);
    expect(await idle()).toBe(true);
    expect(performance.now() - last.closedAt).toBeGreaterThanOrEqual(290);
  });

  it('tells the work to stop when the server closes', async () => {
    const { app, idle, url, held } = await serverWithHeldRequest(20);
    const answer = fetch(`${url}/held`);
    while (!held.length) await new Promise((resolve) => setTimeout(resolve, 5));
    const waiting = idle();
    const closed = app.close();
    held[0]!();
    await answer;
    await closed;
    expect(await waiting).toBe(false);
  });
});
