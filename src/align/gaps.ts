// Gaps: claims left between two aligned pairs, one on each side, most often tell the same thing.
// Two accounts of the same events keep the order of what they say within a passage (Vecalign and Bertalign
// build on this). A claim whose only distinctive word changed — another name, another number — loses most of its
// similarity, but when its neighbours on both sides are aligned with each other, the one claim left between them
// on the left and the one on the right are most likely counterparts, and a lower score is enough to pair them.
import type { Matrix } from './similarity';

export interface Group {
  left: number[];
  right: number[];
}

/**
 * New groups for gaps that hold exactly one unaligned claim on each side between two aligned groups that follow
 * each other on both sides (or between such a group and an article's start or end), when the pair scores at least
 * `floor`. A claim on one side whose sentence-sibling sits in the gap too joins the pair (one sentence split in two).
 */
export function fillGaps(groups: Group[], score: Matrix, floor: number, sentences: { left: number[]; right: number[] }): Group[] {
  const n = score.length;
  const m = n ? score[0].length : 0;
  const leftOwner = owners(groups, 'left', n);
  const rightOwner = owners(groups, 'right', m);
  const added: Group[] = [];
  // Walk the left side in order; each run of unaligned left claims is a gap candidate.
  let i = 0;
  while (i < n) {
    if (leftOwner[i] >= 0) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && leftOwner[i] < 0) i++;
    const before = start > 0 ? groups[leftOwner[start - 1]] : undefined;
    const after = i < n ? groups[leftOwner[i]] : undefined;
    const rightGap = gapBetween(before, after, rightOwner, m);
    if (!rightGap) continue;
    const leftGap = range(start, i);
    const pair = gapPair(leftGap, rightGap, score, floor, sentences);
    if (pair) added.push(pair);
  }
  return added;
}

/** For each claim index on one side, the index of the group holding it, or -1. */
function owners(groups: Group[], side: 'left' | 'right', size: number): number[] {
  const owner = new Array<number>(size).fill(-1);
  groups.forEach((g, k) => g[side].forEach((i) => (owner[i] = k)));
  return owner;
}

/**
 * The unaligned right claims between the right ends of two neighbouring groups, when those groups follow each
 * other on the right too (nothing aligned lies between them). An article's start or end stands in for a group.
 */
function gapBetween(before: Group | undefined, after: Group | undefined, rightOwner: number[], m: number): number[] | undefined {
  const from = before ? Math.max(...before.right) + 1 : 0;
  const to = after ? Math.min(...after.right) : m;
  if (to <= from) return undefined;
  for (let j = from; j < to; j++) if (rightOwner[j] >= 0) return undefined;
  return range(from, to);
}

/** One claim a side, or one claim facing two halves of a sentence; the pair must reach the floor. */
function gapPair(
  leftGap: number[],
  rightGap: number[],
  score: Matrix,
  floor: number,
  sentences: { left: number[]; right: number[] },
): Group | undefined {
  const oneSentence = (gap: number[], of: number[]) => gap.length <= 2 && gap.every((k) => of[k] === of[gap[0]]);
  if (leftGap.length === 1 && oneSentence(rightGap, sentences.right)) {
    const i = leftGap[0];
    return rightGap.some((j) => score[i][j] >= floor) ? { left: leftGap, right: rightGap } : undefined;
  }
  if (rightGap.length === 1 && oneSentence(leftGap, sentences.left)) {
    const j = rightGap[0];
    return leftGap.some((i) => score[i][j] >= floor) ? { left: leftGap, right: rightGap } : undefined;
  }
  return undefined;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}
