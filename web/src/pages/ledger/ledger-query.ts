/** The ledger view as it lives in the address bar: filters, sorting and page. */
import { query, type ReadParams } from '../../api/client.ts';

export const filterNames = [
  'donor',
  'recipient',
  'mode',
  'equipment',
  'category',
  'status',
  'from',
  'to',
  'meeting',
  'package',
] as const;
export type FilterName = (typeof filterNames)[number];

export const sortKeys = ['announced_on', 'donor', 'money'] as const;
export type SortKey = (typeof sortKeys)[number];

export interface LedgerView {
  filters: Partial<Record<FilterName, string>>;
  sort: `${'' | '-'}${SortKey}`;
  page: number;
}

export const PAGE_SIZE = 25;
const DEFAULT_SORT = '-announced_on';

export function readView(search: URLSearchParams): LedgerView {
  const filters: LedgerView['filters'] = {};
  for (const name of filterNames) {
    const value = search.get(name)?.trim();
    if (value) filters[name] = value;
  }
  const sort = search.get('sort') ?? DEFAULT_SORT;
  const valid = sortKeys.some((key) => sort === key || sort === `-${key}`);
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  return { filters, sort: (valid ? sort : DEFAULT_SORT) as LedgerView['sort'], page };
}

/** The address of a view: only what differs from the default, so shared links stay short. */
export function viewHref(view: LedgerView): string {
  return `/ledger${query({
    ...view.filters,
    sort: view.sort === DEFAULT_SORT ? null : view.sort,
    page: view.page > 1 ? view.page : null,
  })}`;
}

type CommitmentsQuery = NonNullable<ReadParams<'/api/v1/commitments'>['query']>;

/**
 * The API query of a view (one page), or of every row with `limit`/`offset` given. The filters
 * come from the address bar as they are: the server refuses a mode or status it does not know.
 */
export function apiQuery(
  view: LedgerView,
  limit = PAGE_SIZE,
  offset = (view.page - 1) * PAGE_SIZE,
): CommitmentsQuery {
  const filters = view.filters as Omit<CommitmentsQuery, 'sort' | 'limit' | 'offset'>;
  return { ...filters, sort: view.sort, limit, offset };
}

/** Clicking a column: sort by it descending, then ascending. */
export function toggleSort(current: LedgerView['sort'], key: SortKey): LedgerView['sort'] {
  return current === `-${key}` ? key : `-${key}`;
}
