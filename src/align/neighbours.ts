// Neighbours: a claim left unmatched right beside an aligned one may be the rest of what the other side says in
// one sentence. Vecalign scores such 1-2 merges by embedding the two claims together; with mean-pooled
// embeddings the joint vector is close to the length-weighted sum of the parts, so no second embedding is needed.
import type { Group } from './gaps';
import type { Matrix } from './similarity';

export interface Side {
  vectors: Float32Array[];
  /** Claim lengths (characters): the weight of each vector in a joint one. */
  lengths: number[];
}

/**
 * Adds to each one-to-one group an unmatched claim just before or after its claim on one side, when the two
 * together are closer to the other side's claim than the group's claim alone by at least `gain` (cosine) and the
 * claim's own score with it reaches `floor`.
 * Groups are changed in place; a claim joins one group at most.
 */
export function joinNeighbours(groups: Group[], left: Side, right: Side, gain: number, score: Matrix, floor: number): void {
  const taken = { left: new Set(groups.flatMap((g) => g.left)), right: new Set(groups.flatMap((g) => g.right)) };
  for (const g of groups) {
    if (g.left.length !== 1 || g.right.length !== 1) continue;
    for (const [side, mine, other] of [
      ['left', left, right],
      ['right', right, left],
    ] as const) {
      const own = g[side][0];
      const partnerIndex = g[side === 'left' ? 'right' : 'left'][0];
      const partner = other.vectors[partnerIndex];
      const pairScore = (k: number) => (side === 'left' ? score[k][partnerIndex] : score[partnerIndex][k]);
      const alone = cosine(mine.vectors[own], partner);
      const best = [own - 1, own + 1]
        .filter((k) => k >= 0 && k < mine.vectors.length && !taken[side].has(k) && pairScore(k) >= floor)
        .map((k) => ({ k, joint: cosine(joint(mine, own, k), partner) }))
        .sort((a, b) => b.joint - a.joint)[0];
      if (!best || best.joint < alone + gain) continue;
      g[side] = [own, best.k].sort((a, b) => a - b);
      taken[side].add(best.k);
      break;
    }
  }
}

function joint(side: Side, a: number, b: number): Float32Array {
  const va = side.vectors[a];
  const vb = side.vectors[b];
  const out = new Float32Array(va.length);
  for (let d = 0; d < va.length; d++) out[d] = va[d] * side.lengths[a] + vb[d] * side.lengths[b];
  return out;
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let d = 0; d < a.length; d++) {
    dot += a[d] * b[d];
    na += a[d] * a[d];
    nb += b[d] * b[d];
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
