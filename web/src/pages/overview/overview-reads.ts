/**
 * What the overview reads, in one place: its components read these addresses, and main.tsx asks
 * for all of them at once before the first render when the overview is the page opened, so that
 * no read waits for the application to render, nor for another read (the comparison with the
 * latest Kiel release is one address). The API client's cache hands the components the answers
 * already on their way.
 */
import { get } from '../../api/client.ts';
import { preloadChartLibrary } from '../../components/Chart.tsx';
import { catalogueRead } from '../../lib/catalogue.tsx';
import { KIEL } from '../trackers/editions.ts';
import { monthlyQuery, type OverviewCurrency } from './monthly-value.ts';

export { monthlyQuery, type OverviewCurrency };

export const currencyOf = (search: URLSearchParams): OverviewCurrency =>
  search.get('currency') === 'USD' ? 'USD' : 'EUR';

export const burdenQuery = (currency: OverviewCurrency) => ({ query: { currency } }) as const;
/** The latest announcements (undated ones sort last), and the ledger's count in `total`. */
export const latestQuery = { query: { limit: 6, sort: '-announced_on' } } as const;
export const kielLatestQuery = { query: { dataset: KIEL } } as const;

/** Asks for everything the overview shows; settles when every read has (failures are left to the page). */
export function prefetchOverview(search: URLSearchParams): Promise<unknown> {
  const currency = currencyOf(search);
  return Promise.allSettled([
    preloadChartLibrary(),
    get('/api/v1/reports/burden', burdenQuery(currency)),
    get('/api/v1/reports/value-over-time', monthlyQuery(currency)),
    get('/api/v1/commitments', latestQuery),
    get('/api/v1/reports/fair-share'),
    get('/api/v1/freshness'),
    get(...catalogueRead),
    get('/api/v1/editions/latest/reconciliation', kielLatestQuery),
  ]);
}
