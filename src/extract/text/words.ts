/**
 * The words the phrase indexes know, numbered. A token is looked up here once, when it is made,
 * and every index then compares numbers instead of strings. Only the indexes add words: the text
 * read never does, so the table stays the size of the lexicons.
 */
const numbers = new Map<string, number>();

/** How many words are known; a token whose `known` differs was numbered before the last word was added. */
export let knownWords = 0;

/** The number of a word the indexes know, or -1. */
export function wordNumber(word: string): number {
  return numbers.get(word) ?? -1;
}

/** The number of a word of an index, added when new. */
export function addWord(word: string): number {
  let n = numbers.get(word);
  if (n === undefined) {
    n = numbers.size;
    numbers.set(word, n);
    knownWords = numbers.size;
  }
  return n;
}
