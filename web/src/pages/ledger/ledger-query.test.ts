import { describe, expect, it } from 'vitest';
import { address } from '../../api/client.ts';
import { apiQuery, readView, toggleSort, viewHref } from './ledger-query.ts';

describe('ledger view in the address', () => {
  it('round-trips filters, sorting and page through the address', () => {
    const view = readView(new URLSearchParams('donor=DE&mode=donation&sort=money&page=3&unknown=1'));
    expect(view).toEqual({ filters: { donor: 'DE', mode: 'donation' }, sort: 'money', page: 3 });
    expect(viewHref(view)).toBe('/ledger?donor=DE&mode=donation&sort=money&page=3');
    expect(readView(new URLSearchParams(viewHref(view).split('?')[1]))).toEqual(view);
  });

  it('leaves defaults out of the address and refuses unknown sorts', () => {
    const view = readView(new URLSearchParams('sort=drop+table&page=-2&status='));
    expect(view).toEqual({ filters: {}, sort: '-announced_on', page: 1 });
    expect(viewHref(view)).toBe('/ledger');
  });

  it('asks the API for the page of the view', () => {
    const view = readView(new URLSearchParams('status=delivered&page=2'));
    expect(address('/api/v1/commitments', { query: apiQuery(view) })).toBe(
      '/api/v1/commitments?status=delivered&sort=-announced_on&limit=25&offset=25',
    );
  });

  it('sorts a column descending first, then ascending', () => {
    expect(toggleSort('-announced_on', 'money')).toBe('-money');
    expect(toggleSort('-money', 'money')).toBe('money');
    expect(toggleSort('money', 'money')).toBe('-money');
  });
});
