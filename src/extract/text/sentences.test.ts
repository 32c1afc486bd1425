import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';
import { detectLanguage } from '../language.ts';

const split = (text: string, lang: 'fr' | 'en' | 'de') =>
  splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it('does not break after abbreviations, initials or decimals', () => {
    expect(split('M. Rutte a parlé à env. 50 ministres. Le Dr. Müller aussi.', 'fr')).toEqual([
      'M. Rutte a parlé à env. 50 ministres.',
      'Le Dr. Müller aussi.',
    ]);
    expect(split('The U.S. sent $2.5 billion. J. Biden agreed.', 'en')).toEqual([
      'The U.S. sent $2.5 billion.',
      'J. Biden agreed.',
    ]);
    expect(split('Am 14. Juli kamen z. B. zwei Systeme an. Ende.', 'de')).toEqual([
      'Am 14. Juli kamen z. B. zwei Systeme an.',
      'Ende.',
    ]);
  });

  it('treats a line without full stop as a sentence of its own (headlines)', () => {
    expect(split('Titre sans point\nLe texte suit.', 'fr')).toEqual(['Titre sans point', 'Le texte suit.']);
  });

  it('cuts a sentence longer than the cap', () => {
    const parts = split('mot '.repeat(1000), 'fr');
    expect(parts.length).toBeGreaterThan(1);
  });
});

describe('language', () => {
  it.each([
    ["L'Allemagne a promis de livrer des chars à l'Ukraine, selon le ministre.", 'fr'],
    ['Germany has pledged to deliver tanks to Ukraine, the minister said.', 'en'],
    ['Deutschland hat zugesagt, der Ukraine Panzer zu liefern, sagte der Minister.', 'de'],
  ] as const)('detects %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
