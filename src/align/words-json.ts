// A group's word alignment as the report carries it: article offsets, no indexes.
import type { AlignmentWords, WordPlace } from '../types';
import type { WordAlignment } from './words';

export function wordsForReport(alignment: WordAlignment): AlignmentWords {
  const place = (w: { start: number; end: number }): WordPlace => [w.start, w.end];
  return {
    pairs: alignment.links.map((l) => ({ left: place(alignment.left[l.left]), right: place(alignment.right[l.right]), score: l.score })),
    unmatched: {
      left: alignment.left.filter((_, k) => alignment.counterpart.left[k] < 0).map(place),
      right: alignment.right.filter((_, k) => alignment.counterpart.right[k] < 0).map(place),
    },
  };
}
