import { describe, expect, it } from 'vitest';
import { sharedCatalogues, sharedText } from './catalogue.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the wording shared by the web client and the printed packs', () => {
  it('gives every message in both languages, with the same placeholders', () => {
    const { en, fr } = sharedCatalogues;
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect({ key, placeholders: placeholders(fr[key]) }).toEqual({
        key,
        placeholders: placeholders(en[key]),
      });
  });

  it('takes the plural form the number calls for in each language, and writes the count its way', () => {
    expect(sharedText('en', 'unit.system', { count: 1 })).toBe('system');
    expect(sharedText('en', 'unit.system', { count: 0 })).toBe('systems');
    expect(sharedText('fr', 'unit.system', { count: 0 })).toBe('système');
    expect(
      sharedText('fr', 'pack.overdueLine', {
        count: 1200,
        donor: 'DE',
        what: 'x',
        date: 'd',
        status: 's',
        id: 'i',
      }),
    ).toBe('DE x\u00a0: prévu le d, 1\u202f200 jours de retard, s [i]');
  });
});
