/**
 * Spending targets: percentages of GDP ("de 2 % à 5 % du PIB", "3.5% of GDP plus 1.5%").
 * The largest figure is the target; a figure after "de/from/von" and before "à/to/auf" is the
 * previous target; figures that add up to the target are its components.
 */
import { emptyCandidate, type Candidate } from './candidate.ts';
import { canGive } from './roles.ts';
import { charSpan, wordsOf, type Sentence } from './sentence.ts';

const FROM = new Set(['de', 'from', 'von', 'des']);
const TO = new Set(['a', 'to', 'auf', 'bis']);

export function findTargets(s: Sentence): Candidate[] {
  if (s.cue.gdp.length === 0 || s.percents.length === 0) return [];
  const values = s.percents.map((p) => p.value);
  const value = Math.max(...values);
  const at = s.percents.find((p) => p.value === value)!;
  let previous: number | null = null;
  for (let n = 0; n + 1 < s.percents.length; n++) {
    const a = s.percents[n]!;
    const b = s.percents[n + 1]!;
    if (
      FROM.has(s.tokens[a.start - 1]?.fold ?? '') &&
      TO.has(s.tokens[b.start - 1]?.fold ?? '') &&
      b.value === value
    ) {
      previous = a.value;
    }
  }
  // "de 2 à 5 %", "from 2 to 5%", "von 2 auf 5 Prozent": the first figure has no sign of its own.
  const before = (k: number) => s.tokens[at.start - k];
  if (
    previous === null &&
    TO.has(before(1)?.fold ?? '') &&
    before(2)?.kind === 'number' &&
    FROM.has(before(3)?.fold ?? '')
  ) {
    previous = Number((before(2) as { text: string }).text.replace(',', '.'));
  }
  const rest = s.percents.filter((p) => p !== at && p.value !== previous).map((p) => p.value);
  const sum = rest.reduce((x, y) => x + y, 0);
  const components = rest.length >= 2 && Math.abs(sum - value) < 1e-9 ? rest : [];
  const donor = s.parties.find((p) => canGive(s, p));
  const fact = emptyCandidate(
    'target',
    charSpan(s, s.percents[0]!.start, Math.max(s.percents.at(-1)!.end, s.cue.gdp.at(-1)!.end)),
  );
  fact.value = value;
  fact.previous = previous;
  fact.components = components;
  fact.donor = donor?.value.code ?? null;
  const year = s.dates.find((d) => d.date?.granularity === 'year') ?? s.dates.find((d) => d.date !== null);
  fact.date = year?.date ?? null;
  fact.confidence = 0.75;
  fact.cue = `target: ${wordsOf(s, s.cue.gdp[0]!)}`;
  return [fact];
}
