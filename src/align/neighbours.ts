// Neighbours: a claim left unmatched right beside an aligned one may be the rest of what the other side says in
// one sentence. Vecalign scores such 1-2 merges by embedding the two claims together; with mean-pooled
// embeddings the joint vector is close to the length-weighted sum of the parts, so no second embedding is needed.
import type { Group } from './gaps';
import { cosine, type Matrix } from './similarity';

export interface Side {
  vectors: Float32Array[];
  /** Claim lengths (characters): the weight of each vector in a joint one. */
  lengths: number[];
}

/** At most this many claims join one group: a long sentence on one side against three short ones. */
const MAX_JOINS = 2;

/**
 * Adds to each one-to-one group unmatched claims just before or after its claim on one side, one at a time, while
 * the claims together come closer to the other side's claim by at least `gain` (cosine) and each new claim's
 * own score with it reaches `floor`. Groups are changed in place; a claim joins one group at most.
 */
export function joinNeighbours(groups: Group[], left: Side, right: Side, gain: number, score: Matrix, floor: number): void {
  const taken = { left: new Set(groups.flatMap((g) => g.left)), right: new Set(groups.flatMap((g) => g.right)) };
  for (const g of groups) {
    if (g.left.length !== 1 || g.right.length !== 1) continue;
    for (const [side, mine, other] of [
      ['left', left, right],
      ['right', right, left],
    ] as const) {
      const partnerIndex = g[side === 'left' ? 'right' : 'left'][0];
      const partner = other.vectors[partnerIndex];
      const pairScore = (k: number) => (side === 'left' ? score[k][partnerIndex] : score[partnerIndex][k]);
      for (let n = 0; n < MAX_JOINS; n++) {
        const own = g[side];
        const now = cosine(joint(mine, own), partner);
        const best = [own[0] - 1, own[own.length - 1] + 1]
          .filter((k) => k >= 0 && k < mine.vectors.length && !taken[side].has(k) && pairScore(k) >= floor)
          .map((k) => ({ k, joint: cosine(joint(mine, [...own, k]), partner) }))
          .sort((a, b) => b.joint - a.joint)[0];
        if (!best || best.joint < now + gain) break;
        g[side] = [...own, best.k].sort((a, b) => a - b);
        taken[side].add(best.k);
      }
      if (g[side].length > 1) break;
    }
  }
}

/** The length-weighted sum of some claims' vectors: close to the vector of their text read as one. */
function joint(side: Side, claims: number[]): Float32Array {
  const out = new Float32Array(side.vectors[claims[0]].length);
  for (const k of claims) {
    const v = side.vectors[k];
    for (let d = 0; d < v.length; d++) out[d] += v[d] * side.lengths[k];
  }
  return out;
}
