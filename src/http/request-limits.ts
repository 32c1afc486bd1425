/**
 * What keeps one server answering under load: a bounded number of requests in flight (and fewer
 * heavy ones: reports being computed, exports, imports), a time limit per request, and work that
 * stops when its client has gone. A request over a limit is answered 503 with Retry-After at once
 * rather than queued; a request out of time gets 503 and its database work is cancelled.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { HeavyWork } from '../app/context.ts';
import type { RequestSettings } from '../config/config.ts';
import { AppError } from '../domain/errors.ts';
import { sendProblem } from './problem.ts';

export interface RequestLimits extends RequestSettings {
  /** What Retry-After says to a refused caller. */
  retryAfterSeconds: number;
}

export const defaultRequestLimits: RequestLimits = {
  maxInFlight: 256,
  maxHeavyInFlight: 4,
  timeoutMs: 60_000,
  retryAfterSeconds: 5,
};

declare module 'fastify' {
  interface FastifyRequest {
    /** Aborts when the client goes away or the request runs out of time: the work should stop. */
    workSignal?: AbortSignal;
    /** On a `heavy: 'computing'` route: runs the computation in a heavy slot (see AppContext.heavy). */
    heavyWork?: HeavyWork;
  }
  interface FastifyContextConfig {
    /**
     * Long database work, counted against the smaller heavy limit: `true` for the whole request
     * (exports, imports); `'computing'` only while the answer is computed, so that an answer the
     * report cache already holds is served without taking or waiting for a slot (reports).
     */
    heavy?: boolean | 'computing';
  }
}

/** Probes must answer even when the server is saturated: that is when they matter. */
const probes = new Set(['/healthz', '/livez', '/readyz', '/metrics']);

function unavailable(request: FastifyRequest, reply: FastifyReply, seconds: number, detail: string) {
  reply.header('retry-after', String(seconds));
  return sendProblem(request, reply, 503, detail, 'unavailable');
}

const heavyBusy = 'the server is busy with other reports, exports or imports: try again shortly';

export function limitRequests(app: FastifyInstance, limits: RequestLimits): void {
  let inFlight = 0;
  let heavyInFlight = 0;
  /** A heavy slot for one request's computation; the request's further computations share it. */
  const slotFor = (): HeavyWork => {
    let held = 0;
    return async (work) => {
      if (held === 0 && heavyInFlight >= limits.maxHeavyInFlight)
        throw new AppError('unavailable', heavyBusy, {
          details: { retryAfterSeconds: limits.retryAfterSeconds },
        });
      if (held++ === 0) heavyInFlight++;
      try {
        return await work();
      } finally {
        if (--held === 0) heavyInFlight--;
      }
    };
  };
  app.addHook('onRequest', async (request, reply) => {
    if (probes.has(request.url.split('?')[0]!)) return;
    const heavyConfig = request.routeOptions.config?.heavy;
    const heavy = heavyConfig === true;
    if (inFlight >= limits.maxInFlight)
      return unavailable(request, reply, limits.retryAfterSeconds, 'the server is busy: try again shortly');
    if (heavy && heavyInFlight >= limits.maxHeavyInFlight)
      return unavailable(request, reply, limits.retryAfterSeconds, heavyBusy);
    inFlight++;
    if (heavy) heavyInFlight++;
    if (heavyConfig === 'computing') request.heavyWork = slotFor();
    const controller = new AbortController();
    request.workSignal = controller.signal;
    const timer =
      limits.timeoutMs > 0
        ? setTimeout(() => {
            controller.abort(new Error(`no answer within ${limits.timeoutMs} ms`));
            if (!reply.sent)
              void unavailable(
                request,
                reply,
                limits.retryAfterSeconds,
                `the request took longer than ${limits.timeoutMs / 1000} s and was stopped`,
              );
          }, limits.timeoutMs)
        : undefined;
    reply.raw.once('close', () => {
      clearTimeout(timer);
      // Closed before the whole answer was written: the client went away.
      if (!reply.raw.writableFinished) controller.abort(new Error('the client went away'));
      inFlight--;
      if (heavy) heavyInFlight--;
    });
  });
}
