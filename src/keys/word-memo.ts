// A word class remembered per word: a pack's lists are fixed, so each distinct word is classed once. The memory
// is bounded (a long-running app reads endless new words): past the limit it starts afresh, and a word longer than
// any real one is classed without being kept.

const LONGEST_WORD = 64;

export function perWord(test: (word: string) => boolean, limit = 50_000): (word: string) => boolean {
  let seen = new Map<string, boolean>();
  return (word) => {
    if (word.length > LONGEST_WORD) return test(word);
    let yes = seen.get(word);
    if (yes === undefined) {
      if (seen.size >= limit) seen = new Map();
      yes = test(word);
      seen.set(word, yes);
    }
    return yes;
  };
}
