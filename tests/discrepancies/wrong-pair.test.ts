// Word alignment as evidence for the pairing itself: sureness of a finding, and no finding for a likely wrong pair.
import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from '../../src';
import { alignWords } from '../../src/align/words';
import { confidenceFor, likelyWrongPair } from '../../src/discrepancies/group/context';
import { loadWordVectors } from '../../src/embed/word-vectors';
import { wordsOf } from '../../src/keys/words';
import type { Claim } from '../../src/types';
import { makeClaim } from '../helpers/claims';
import { wordGroup } from '../helpers/word-groups';

const vectors = loadWordVectors()!;
const weekday = (claim: Claim, text: string, day: number): Claim => {
  const start = claim.text.indexOf(text);
  return { ...claim, facets: { ...claim.facets, times: [{ text, start, end: start + text.length, kind: 'weekday', weekday: day }] } };
};

const same = { da: 'Ministeren mødte sin kollega i byen torsdag', en: 'The minister met his colleague in the city on Monday' };
const other = { da: 'Prisen på mælk steg kraftigt torsdag', en: 'The minister met his colleague in the city on Monday' };

describe('word alignment and the pairing', () => {
  it('makes a finding of a pair whose words render each other surer, however small its margin', () => {
    const g = wordGroup(makeClaim('L1', same.da), makeClaim('R1', same.en));
    const bare = { ...g, words: undefined };
    expect(confidenceFor(g, 0.8)).toBeGreaterThan(confidenceFor(bare, 0.8));
    expect(likelyWrongPair(g)).toBe(false);
  });

  it('takes a pair whose words do not render each other, barely above the threshold, for a wrong pairing', () => {
    const g = wordGroup(makeClaim('L1', other.da), makeClaim('R1', other.en));
    expect(likelyWrongPair(g)).toBe(true);
    // A strong margin or aligned neighbours vouch for it all the same.
    expect(likelyWrongPair({ ...g, score: 2 })).toBe(false);
    expect(likelyWrongPair({ ...g, inSequence: true })).toBe(false);
  });

  it('gives a likely wrong pairing no finding where either article had other claims to pair with', () => {
    const left = [weekday(makeClaim('L1', other.da), 'torsdag', 4), makeClaim('L2', 'Noget helt andet skete.', {}, 100)];
    const right = [weekday(makeClaim('R1', other.en), 'Monday', 1), makeClaim('R2', 'Something else happened.', {}, 100)];
    const pair = [{ left: ['L1'], right: ['R1'], score: 1.25 }];
    const names = { left: { name: 'Danish' }, right: { name: 'English' } };
    const words = [alignWords(wordsOf(left[0]), wordsOf(right[0]), vectors)];
    expect(findDiscrepancies(left, right, pair, names, { words })).toEqual([]);
    // Without the words, or with one claim a side (the caller chose the pairing), the dates are compared.
    expect(findDiscrepancies(left, right, pair, names).map((d) => d.kind)).toEqual(['date']);
    expect(findDiscrepancies(left.slice(0, 1), right.slice(0, 1), pair, names, { words }).map((d) => d.kind)).toEqual(['date']);
  });
});
