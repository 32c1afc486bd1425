import { describe, expect, it } from 'vitest';
import { PhraseIndex, PhraseLists } from './phrase-index.ts';
import { cueLists } from './cues.ts';
import { tokenize } from '../text/tokens.ts';
import triggers from '../../../data/extract/triggers.json' with { type: 'json' };

const lists = {
  verbs: ['liefer*', 'stellt ... bereit', 'zur Verfügung stellen', 'zusagen'],
  nouns: ['Lieferung', 'Lieferungen der', '*paket'],
  short: ['l*', 'zur'],
};
const sentences = [
  'Deutschland liefert zwei Systeme und stellt zur Verfügung, was die Lieferungen der Partner ergänzt.',
  'Das Waffenpaket zur Lieferung: zusagen, zur, l',
  'Zur Verfügung stellen – Lieferung Lieferung liefern',
];

describe('PhraseLists', () => {
  it.each(sentences)('finds what each list alone finds: %s', (text) => {
    const tokens = tokenize(text, 0, text.length);
    const together = new PhraseLists(lists).matchAll(tokens);
    for (const [name, phrases] of Object.entries(lists)) {
      const alone = new PhraseIndex<true>();
      for (const p of phrases) alone.add(p, true);
      const expected = alone.matchAll(tokens).map((m) => ({ start: m.start, end: m.end, value: true }));
      expect(together[name as keyof typeof lists]).toEqual(expected);
    }
  });

  it('gives a sentence its cue lists in one look, as each cue list alone', () => {
    const text = 'Insgesamt hat Deutschland bisher 5 Milliarden Euro bereitgestellt, sagte der Minister.';
    const tokens = tokenize(text, 0, text.length);
    const together = cueLists.de.matchAll(tokens);
    const alone = new PhraseIndex<true>();
    for (const p of triggers.total.de) alone.add(p, true);
    expect(together.total.map((m) => m.start)).toEqual(alone.matchAll(tokens).map((m) => m.start));
    expect(together.total.length).toBeGreaterThan(0);
  });
});
