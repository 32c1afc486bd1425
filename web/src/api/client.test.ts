/**
 * Reads are typed by the API's OpenAPI document (schema.d.ts, from `npm run api:types`): the
 * lines marked @ts-expect-error are drifts that `tsc -p web` (in `npm test`) must refuse, so a
 * server change a page does not follow fails the type check.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { address, get, type Answer } from './client.ts';
import type { components } from './schema.d.ts';
import { useApi } from './use-api.ts';

type Schemas = components['schemas'];

describe('reads of the API', () => {
  it('ask for the address built from the path and query parameters, without unset or empty values', () => {
    expect(address('/api/v1/meetings/{id}', { path: { id: 'udcg 25/1' } })).toBe(
      '/api/v1/meetings/udcg%2025%2F1',
    );
    expect(
      address('/api/v1/commitments', {
        query: { donor: 'DE', mode: undefined, equipment: '', sort: '-announced_on', limit: 25, offset: 0 },
      }),
    ).toBe('/api/v1/commitments?donor=DE&sort=-announced_on&limit=25&offset=0');
    expect(address('/api/v1/search', { query: { q: 'Leopard 2 & IRIS-T' } })).toBe(
      '/api/v1/search?q=Leopard+2+%26+IRIS-T',
    );
    expect(address('/api/v1/freshness')).toBe('/api/v1/freshness');
  });

  it('take their answer type from the document, and refuse what it does not declare', () => {
    expectTypeOf<Answer<'/api/v1/meetings/{id}'>>().toEqualTypeOf<Schemas['Meeting']>();
    expectTypeOf<Answer<'/api/v1/meetings/next'>>().toEqualTypeOf<Schemas['SuggestedSession'] | null>();
    expectTypeOf<Answer<'/api/v1/review'>['items'][number]['fact']>().toEqualTypeOf<Schemas['Fact']>();
    expectTypeOf<Answer<'/api/v1/commitments'>['total_eur']['amount']>().toEqualTypeOf<string>();
    // The briefing pack answers JSON, Markdown or PDF: a read takes the JSON.
    expectTypeOf<Answer<'/api/v1/meetings/{id}/brief'>>().toEqualTypeOf<Schemas['BriefingPack']>();

    const typed = () => {
      const meeting = useApi('/api/v1/meetings/{id}', { path: { id: 'x' } });
      if (meeting.state === 'ready') {
        expectTypeOf(meeting.data.date).toEqualTypeOf<string>();
        // @ts-expect-error a field the answer lacks
        void meeting.data.no_such_field;
      }
      // @ts-expect-error a query parameter the path does not take
      useApi('/api/v1/commitments', { query: { no_such_parameter: 1 } });
      // @ts-expect-error a value the query parameter does not take
      useApi('/api/v1/commitments', { query: { mode: 'gift' } });
      // @ts-expect-error a path the API does not have
      useApi('/api/v1/no-such-path');
      // @ts-expect-error the path parameters are required
      useApi('/api/v1/meetings/{id}');
      // @ts-expect-error a required query parameter is missing
      useApi('/api/v1/search', { query: {} });
      // @ts-expect-error the calendar answers text/calendar, not JSON
      useApi('/api/v1/calendar.ics');
      // Parameters `null` wait, whatever the path needs.
      useApi('/api/v1/meetings/{id}', null);
      // @ts-expect-error no answer type is chosen by hand
      useApi<'/api/v1/meetings/{id}', Schemas['Commitment']>('/api/v1/meetings/{id}', { path: { id: 'x' } });
      return get('/api/v1/meetings/{id}', { path: { id: 'x' } }).then((m) => {
        expectTypeOf(m).toEqualTypeOf<Schemas['Meeting']>();
        // @ts-expect-error a field the answer lacks
        return m.no_such_field;
      });
    };
    expect(typed).toBeTypeOf('function');
  });
});
