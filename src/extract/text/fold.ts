/** Lower case without diacritics, typographic apostrophes made plain: the form in which words are compared. */
const MARKS = /\p{M}+/gu;

/** Folded words that were not plain ASCII, by their lower-case form: decomposing them is the costly part. */
const folded = new Map<string, string>();
const MAX_FOLDED = 20_000;

export function fold(word: string): string {
  const lower = word.toLowerCase();
  // Lower-case ASCII letters, digits and ' . - / are their own folded form.
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 45 && c <= 57) || c === 39)) return foldMarks(lower);
  }
  return lower;
}

function foldMarks(lower: string): string {
  const known = folded.get(lower);
  if (known !== undefined) return known;
  const out = lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/ß/g, 'ss');
  if (folded.size >= MAX_FOLDED) folded.clear();
  folded.set(lower, out);
  return out;
}
