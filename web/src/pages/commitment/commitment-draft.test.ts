import { describe, expect, it } from 'vitest';
import { bodyOf, emptyDraft } from './commitment-draft.ts';

describe('commitment form', () => {
  it('sends money as an exact decimal string, valued on the announcement date by default', () => {
    const draft = {
      ...emptyDraft('DE'),
      amount: '1 250 000,50',
      announced_on: '2025-03-01',
      lines: [{ equipment: 'patriot', category: '', quantity: '2', quantity_qualifier: null }],
    };
    const body = bodyOf(draft, null);
    expect(body.money).toEqual({
      amount: '1250000.50',
      currency: 'EUR',
      qualifier: 'exact',
      value_date: '2025-03-01',
    });
    expect(body.items).toEqual([{ equipment: 'patriot', category: null, quantity: 2 }]);
  });

  it('sends only the changed fields on update', () => {
    const before = {
      ...emptyDraft('DE'),
      amount: '10',
      lines: [{ equipment: 'iris-t-slm', category: '', quantity: '', quantity_qualifier: null }],
    };
    expect(bodyOf({ ...before, note: 'confirmed' }, before)).toEqual({ note: 'confirmed' });
    expect(bodyOf(before, before)).toEqual({});
  });

  it('keeps every line of a three-line commitment when one of them changes', () => {
    const line = (equipment: string, quantity: string) => ({
      equipment,
      category: '',
      quantity,
      quantity_qualifier: 'about' as const,
    });
    const before = {
      ...emptyDraft('DE'),
      lines: [line('patriot', '2'), line('gepard', '30'), line('iris-t-slm', '1')],
    };
    const edited = { ...before, lines: [before.lines[0]!, line('gepard', '35'), before.lines[2]!] };
    expect(bodyOf(edited, before).items).toEqual([
      { equipment: 'patriot', category: null, quantity: 2, quantity_qualifier: 'about' },
      { equipment: 'gepard', category: null, quantity: 35, quantity_qualifier: 'about' },
      { equipment: 'iris-t-slm', category: null, quantity: 1, quantity_qualifier: 'about' },
    ]);
    // Removing a line is the only way to lose one, and it sends the two that stay.
    const removed = { ...before, lines: [before.lines[0]!, before.lines[2]!] };
    expect(bodyOf(removed, before).items).toHaveLength(2);
  });
});
