// The one token type of claimdiff: a word or a punctuation mark with its offsets. The text stage, the word layer
// and the number reader cut text differently (text/words.ts, keys/words.ts, facets/numbers/), but hand the same
// shape on.

export interface Token {
  text: string;
  /** The text in lower case, made once. */
  lower: string;
  /** UTF-16 offsets into the text that was tokenised. */
  start: number;
  end: number;
  /** A word (letters or digits); punctuation otherwise. */
  word: boolean;
  /** Stands for a stretch of quoted text the caller asked to hide (text stage only). */
  quote?: boolean;
}
