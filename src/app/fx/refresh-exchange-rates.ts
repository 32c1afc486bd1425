/**
 * Keeps exchange rates current: fetches the ECB feed at the configured URL and imports it (only
 * new rates are written), once at start and then on a fixed interval. A failed fetch is logged
 * and retried at the next tick; it never stops the server.
 */
import type { AppContext } from '../context.ts';
import { importExchangeRates, type RateImport } from './import-exchange-rates.ts';

export type FetchText = (url: string) => Promise<string>;

const fetchText: FetchText = async (url) => {
  const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
};

export async function refreshExchangeRates(
  ctx: AppContext,
  url: string,
  get: FetchText = fetchText,
): Promise<RateImport> {
  const text = await get(url);
  return importExchangeRates(ctx, { name: url, text });
}

export interface RateRefresh {
  /** Resolves after the refresh under way, if any, has ended. */
  stop(): Promise<void>;
  /** The refresh that has run last (for tests and /readyz-style checks). */
  last(): Promise<RateImport | null>;
}

export function scheduleRateRefresh(
  ctx: AppContext,
  options: { url: string; everyMs: number; get?: FetchText },
): RateRefresh {
  let current: Promise<RateImport | null> = Promise.resolve(null);
  const run = () => {
    current = refreshExchangeRates(ctx, options.url, options.get).then(
      (result) => {
        ctx.log.info(
          { url: options.url, written: result.written, last_date: result.last_date },
          'exchange rates refreshed',
        );
        return result;
      },
      (error: unknown) => {
        ctx.log.warn(
          { url: options.url, err: error },
          'exchange rate refresh failed; retried at the next interval',
        );
        return null;
      },
    );
  };
  run();
  const timer = setInterval(run, options.everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await current;
    },
    last: () => current,
  };
}
