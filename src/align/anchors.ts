// Language-independent anchors: facts that read the same after normalisation in any language.
import { anchorsOf } from '../keys/anchors';
import type { Claim } from '../types';

export interface AnchorScores {
  /** Weighted overlap of anchors, 0..1 (cosine of IDF-weighted anchor sets). */
  overlap: number[][];
  /** 1 where both claims name people or places and share none of them: a hint they tell different events. */
  conflict: number[][];
}

/**
 * Anchor overlap for every left × right pair. An anchor found in many claims of the pair of articles ("USA" in a
 * story about the USA) weighs less than one found in a single claim on each side.
 */
export function anchorScores(left: Claim[], right: Claim[]): AnchorScores {
  const leftSets = left.map(anchorsOf);
  const rightSets = right.map(anchorsOf);
  const frequency = new Map<string, number>();
  for (const set of [...leftSets, ...rightSets]) {
    for (const a of set) frequency.set(a, (frequency.get(a) ?? 0) + 1);
  }
  const weight = (a: string) => 1 / Math.sqrt(frequency.get(a) ?? 1);
  const norm = (set: Set<string>) => Math.sqrt([...set].reduce((s, a) => s + weight(a) ** 2, 0));
  const leftNorms = leftSets.map(norm);
  const rightNorms = rightSets.map(norm);
  const overlap = leftSets.map((ls, i) =>
    rightSets.map((rs, j) => {
      if (!leftNorms[i] || !rightNorms[j]) return 0;
      let shared = 0;
      for (const a of ls) if (rs.has(a)) shared += weight(a) ** 2;
      return shared / (leftNorms[i] * rightNorms[j]);
    }),
  );
  const names = (set: Set<string>) => [...set].filter((a) => a.startsWith('e:'));
  const conflict = leftSets.map((ls) =>
    rightSets.map((rs) => {
      const ln = names(ls);
      const rn = names(rs);
      return ln.length > 0 && rn.length > 0 && !ln.some((a) => rs.has(a)) ? 1 : 0;
    }),
  );
  return { overlap, conflict };
}
