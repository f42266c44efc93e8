// What a word gives, remembered per word: a pack's lists and a model's rows are fixed, so each distinct word is
// worked out once. The memory is bounded (a long-running app reads endless new words): past the limit it starts
// afresh, and a word longer than any real one is worked out without being kept.

const LONGEST_WORD = 64;

export function perWord<T>(compute: (word: string) => T, limit = 50_000): (word: string) => T {
  let seen = new Map<string, T>();
  return (word) => {
    if (word.length > LONGEST_WORD) return compute(word);
    if (seen.has(word)) return seen.get(word)!;
    if (seen.size >= limit) seen = new Map();
    const value = compute(word);
    seen.set(word, value);
    return value;
  };
}
