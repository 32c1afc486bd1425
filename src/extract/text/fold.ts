/** Lower case without diacritics, typographic apostrophes made plain: the form in which words are compared. */
const MARKS = /\p{M}+/gu;
const ASCII_LOWER = /^[a-z0-9'.\-/]*$/;

export function fold(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII_LOWER.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/ß/g, 'ss');
}
