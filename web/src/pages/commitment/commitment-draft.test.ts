import { describe, expect, it } from 'vitest';
import { bodyOf, emptyDraft } from './commitment-draft.ts';

describe('commitment form', () => {
  it('sends money as an exact decimal string, valued on the announcement date by default', () => {
    const draft = {
      ...emptyDraft('DE'),
      amount: '1 250 000,50',
      announced_on: '2025-03-01',
      equipment: 'patriot',
      quantity: '2',
    };
    const body = bodyOf(draft, null);
    expect(body.money).toEqual({
      amount: '1250000.50',
      currency: 'EUR',
      qualifier: 'exact',
      value_date: '2025-03-01',
    });
    expect(body.items).toEqual([{ equipment: 'patriot', quantity: 2 }]);
  });

  it('sends only the changed fields on update', () => {
    const before = { ...emptyDraft('DE'), amount: '10', equipment: 'iris-t-slm' };
    expect(bodyOf({ ...before, note: 'confirmed' }, before)).toEqual({ note: 'confirmed' });
    expect(bodyOf(before, before)).toEqual({});
  });
});
