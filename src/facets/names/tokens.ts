// What the names stage reads of tokens: sentence starts, capitals, words joined by spaces. The cut itself is
// language-blind and shared by every stage (keys/words.ts).
import type { Token } from '../../keys/token';

export type { Token };

/** Marks that end a sentence or open a quotation: the next word starts a sentence. */
const OPENERS = new Set([...'.!?:;"“”«»„([–—‘’\'•-']);

/** Quotation marks that may open or close a quotation: they open one only when the next word touches them. */
const EITHER_QUOTE = new Set(['"', '”', "'", '’', '»']);

/** True when token i starts a sentence: first word, or right after an end mark or an opening quote. */
export function startsSentence(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (!previous) return true;
  // '… Kim Jong-un.) Men hvis …': a bracket closed after an end mark ends the sentence too.
  if (/^[)\]]$/.test(previous.text) && /^[.!?]$/.test(tokens[i - 2]?.text ?? '')) return true;
  if (previous.word || !OPENERS.has(previous.text)) return false;
  // '…feet," City manager' closes a quotation: the next word does not start a sentence.
  return !EITHER_QUOTE.has(previous.text) || previous.end === tokens[i].start;
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isAllCaps(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** True when tokens first..last are separated by spaces only. */
export function joinedBySpaces(text: string, tokens: Token[], first: number, last: number): boolean {
  for (let k = first + 1; k <= last; k++) {
    for (let i = tokens[k - 1].end; i < tokens[k].start; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
    }
  }
  return true;
}
