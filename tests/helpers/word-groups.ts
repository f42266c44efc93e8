// A one-sentence aligned group for comparer tests, its words aligned with the built-in model's word vectors.
import { alignWords } from '../../src/align/words';
import type { AlignedGroup } from '../../src/discrepancies/group/context';
import { loadWordVectors } from '../../src/embed/word-vectors';
import { wordsOf } from '../../src/keys/words';
import type { Claim } from '../../src/types';

const vectors = loadWordVectors();

/** The pair as a short input aligns: barely above the threshold, nothing around it; with its words aligned. */
export function wordGroup(left: Claim, right: Claim, words = true): AlignedGroup {
  if (words && !vectors) throw new Error('the built-in model is missing');
  return {
    left: [left],
    right: [right],
    threshold: 1.2,
    score: 1.25,
    ...(words ? { words: alignWords(wordsOf(left), wordsOf(right), vectors!) } : {}),
  };
}
