/**
 * When the server has nothing to answer: background work (the reports computed ahead after a
 * start) waits for a quiet moment before each of its steps, so that it never holds up a request,
 * a health probe included. The embedded database runs each statement on the event loop's thread:
 * work that only awaited its statements would keep the loop from accepting connections until it
 * had finished.
 */
import type { FastifyInstance } from 'fastify';

/**
 * Resolves true once no request is in flight and none has been for a quiet moment; false as soon
 * as the server is closing (the work should stop).
 */
export type WhenIdle = () => Promise<boolean>;

/** Counts the requests in flight from now on; the quiet moment counts from now too. */
export function trackIdle(app: FastifyInstance, quietMs = 500): WhenIdle {
  let inFlight = 0;
  let settledAt = performance.now();
  let closing = false;
  let wake: (() => void) | undefined;
  const rouse = () => {
    wake?.();
    wake = undefined;
  };
  app.addHook('onRequest', async (_request, reply) => {
    inFlight++;
    reply.raw.once('close', () => {
      settledAt = performance.now();
      if (--inFlight === 0) rouse();
    });
  });
  app.addHook('preClose', async () => {
    closing = true;
    rouse();
  });
  return async () => {
    for (;;) {
      if (closing) return false;
      const quietFor = performance.now() - settledAt;
      if (inFlight === 0 && quietFor >= quietMs) {
        // A turn of the loop: connections that arrived meanwhile become requests in flight first.
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (inFlight === 0 && !closing) return true;
        continue;
      }
      // Until the last request in flight ends, or until the quiet moment is over, or the server closes.
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (inFlight === 0) setTimeout(rouse, quietMs - quietFor);
      });
    }
  };
}
