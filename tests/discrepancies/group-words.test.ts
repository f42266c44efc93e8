// What a group's word alignment tells the comparers: the words rendered around a span.
import { describe, expect, it } from 'vitest';
import type { WordAlignment } from '../../src/align/words';
import { renderedAround } from '../../src/discrepancies/group/words';
import { tokenize, type ClaimWord } from '../../src/keys/words';

const words = (text: string): ClaimWord[] => tokenize(text).filter((t) => t.word).map((t) => ({ ...t, folded: t.lower, tags: [] }));

/** An alignment by hand: the links given, and each word's likeliest match with its score. */
function alignment(left: string, right: string, links: Array<[number, number]>, nearestRight: Array<[number, number]>): WordAlignment {
  const l = words(left);
  const r = words(right);
  const counterpart = { left: l.map(() => -1), right: r.map(() => -1) };
  for (const [i, j] of links) {
    counterpart.left[i] = j;
    counterpart.right[j] = i;
  }
  return {
    left: l,
    right: r,
    links: links.map(([i, j]) => ({ left: i, right: j, score: 1 })),
    counterpart,
    weight: { left: l.map(() => 1), right: r.map(() => 1) },
    nearest: { left: l.map(() => ({ index: -1, score: 0 })), right: nearestRight.map(([index, score]) => ({ index, score })) },
  };
}

describe('renderedAround', () => {
  const en = 'which is not currently drafting laws';
  const notAt = { text: 'not', start: en.indexOf('not'), end: en.indexOf('not') + 3 };

  it('counts the words on both hands of the span that have a counterpart', () => {
    // 'which' and 'drafting' linked; 'is' and 'currently' alone and near nothing.
    const a = alignment('som sammensætter love', en, [[0, 0], [1, 4]], [[0, 1], [-1, 0], [-1, 0], [-1, 0], [1, 1], [2, 0.2]]);
    expect(renderedAround(a, 'right', notAt, 2)).toBe(0.5);
  });

  it('counts a word whose likeliest match is as close as a link must be, though another word took it', () => {
    const a = alignment('som sammensætter love', en, [[0, 0], [1, 4]], [[0, 1], [-1, 0], [-1, 0], [1, 0.35], [1, 1], [2, 0.2]]);
    expect(renderedAround(a, 'right', notAt, 2)).toBe(0.75);
  });

  it('gives 0 for a span that holds no word', () => {
    const a = alignment('som', en, [], [[0, 0], [0, 0], [0, 0], [0, 0], [0, 0], [0, 0]]);
    expect(renderedAround(a, 'right', { text: 'x', start: 200, end: 203 }, 2)).toBe(0);
  });
});
