// Whether two entity facets name the same thing, allowing for misspellings and a surname without the first name.
import stringSimilarity from 'string-similarity';
import type { EntityFacet } from '../types';

/**
 * Two words are spelt alike when max(Dice coefficient of letter pairs, 1 − edit distance / longer length)
 * reaches this: one wrong letter in a four-letter name ('kunz'/'kurz' = 0.75) still counts, two do not.
 */
export const WORD_MATCH = 0.75;
/** The last word of a name's key: the surname of a person's ('sergei lavrov' → 'lavrov'). */
export function lastWordOf(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

/** Similarity reported for a surname met alone and the full name ('lavrov' / 'sergei lavrov'). */
export const SURNAME_ONLY = 0.9;

/** Similarity reported for a name met with and without a designator ('Pinellas' / 'Pinellas County'). */
export const DESIGNATOR_ONLY = 0.95;

/**
 * Words that say what kind of place or office a name is, written after it in keys (which are English-based):
 * dropped from the end before two names are compared. Matched loosely, as keys are spelling-folded ('counti').
 */
// 'state' is left out: 'Washington State' is not Washington, nor 'United' the United States.
const DESIGNATORS = ['county', 'province', 'island', 'islands', 'city', 'region', 'district', 'parish', 'msp', 'mp', 'mep'];

function bare(words: string[]): string[] {
  const out = [...words];
  while (out.length > 1 && DESIGNATORS.some((d) => wordSimilarity(out[out.length - 1], d) >= WORD_MATCH)) out.pop();
  return out;
}

/**
 * Same entity? Equal keys: same, similarity 1. Otherwise the shorter name's words must each be spelt alike
 * (≥ WORD_MATCH) with words of the longer one, in order and ending on its last word (the surname): then
 * `same` is true and `similarity` (< 1) is the mean word similarity, times SURNAME_ONLY when words are
 * missing. A likely misspelling of one person ('Sebastian Kunz' / 'Sebastian Kurz') is same with
 * similarity ≈ 0.88; a different person ('Kim Jong-un' / 'Kim Jong-nam') is not same. Two known types that
 * differ (a person and a place) are never the same. When not same, `similarity` is the Dice coefficient of
 * the keys, for information.
 */
export function sameEntity(a: EntityFacet, b: EntityFacet): { same: boolean; similarity: number } {
  const ka = (a?.key ?? '').trim();
  const kb = (b?.key ?? '').trim();
  if (!ka || !kb) return { same: false, similarity: 0 };
  if (ka === kb) return { same: true, similarity: 1 };
  const dice = stringSimilarity.compareTwoStrings(ka, kb);
  if (a.type !== b.type && a.type !== 'name' && b.type !== 'name') return { same: false, similarity: dice };
  const wa = ka.split(' ');
  const wb = kb.split(' ');
  // 'Qinghai' and 'Qinghai Province', 'Jeane Freeman' and 'Jeane Freeman MSP': the same once a designator goes.
  if (bare(wa).join(' ') === bare(wb).join(' ')) return { same: true, similarity: DESIGNATOR_ONLY };
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const scores = alignWords(short, long);
  if (!scores) return { same: false, similarity: dice };
  const mean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
  const similarity = (short.length < long.length ? SURNAME_ONLY : 1) * mean;
  return { same: true, similarity: Math.min(similarity, 0.99) };
}

/** Scores of the short name's words matched in order into the long one, its last word on the long one's last. */
function alignWords(short: string[], long: string[]): number[] | null {
  const last = wordSimilarity(short[short.length - 1], long[long.length - 1]);
  if (last < WORD_MATCH) return null;
  const scores = [last];
  let from = 0;
  for (const word of short.slice(0, -1)) {
    let found = -1;
    for (let k = from; k < long.length - 1; k++) {
      const score = wordSimilarity(word, long[k]);
      if (score >= WORD_MATCH) {
        found = k;
        scores.push(score);
        break;
      }
    }
    if (found < 0) return null;
    from = found + 1;
  }
  return scores;
}

export function wordSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  const edits = 1 - editDistance(a, b) / longer;
  return Math.max(stringSimilarity.compareTwoStrings(a, b), edits);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length];
}
