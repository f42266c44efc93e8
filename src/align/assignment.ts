// One-to-one assignment that maximises the total score (Hungarian method), keeping only pairs above a threshold.
import type { Matrix } from './similarity';

/** Above this many cells the cubic Hungarian method is too slow; a greedy assignment takes over. */
const HUNGARIAN_MAX_CELLS = 400 * 400;

/** Returns [leftIndex, rightIndex] pairs, each index used at most once, every pair's score ≥ threshold. */
export function assignPairs(score: Matrix, threshold: number): [number, number][] {
  const n = score.length;
  const m = n ? score[0].length : 0;
  if (n === 0 || m === 0) return [];
  const pairs = n * m <= HUNGARIAN_MAX_CELLS ? hungarian(score, threshold) : greedy(score, threshold);
  return pairs.filter(([i, j]) => score[i][j] >= threshold).sort((a, b) => a[0] - b[0]);
}

function greedy(score: Matrix, threshold: number): [number, number][] {
  const cells: [number, number, number][] = [];
  score.forEach((row, i) => row.forEach((s, j) => s >= threshold && cells.push([i, j, s])));
  cells.sort((a, b) => b[2] - a[2]);
  const usedL = new Set<number>();
  const usedR = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [i, j] of cells) {
    if (usedL.has(i) || usedR.has(j)) continue;
    usedL.add(i);
    usedR.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

/**
 * Maximum-weight matching on a rectangular matrix via the classic O(n²m) shortest-augmenting-path algorithm.
 * Cells below the threshold weigh nothing, so leaving a claim unmatched is always allowed.
 */
function hungarian(score: Matrix, threshold: number): [number, number][] {
  const transpose = score.length > score[0].length;
  const rows = transpose ? score[0].length : score.length;
  const cols = transpose ? score.length : score[0].length;
  const weight = (r: number, c: number) => {
    const s = transpose ? score[c][r] : score[r][c];
    return s >= threshold ? s : 0;
  };
  // Minimise cost = -weight, rows ≤ cols; 1-based arrays as in the textbook formulation.
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(cols + 1);
  const p = new Int32Array(cols + 1);
  const way = new Int32Array(cols + 1);
  for (let r = 1; r <= rows; r++) {
    p[0] = r;
    let j0 = 0;
    const minv = new Float64Array(cols + 1).fill(Infinity);
    const used = new Uint8Array(cols + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const cur = -weight(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const pairs: [number, number][] = [];
  for (let j = 1; j <= cols; j++) {
    if (p[j] === 0) continue;
    const r = p[j] - 1;
    const c = j - 1;
    pairs.push(transpose ? [c, r] : [r, c]);
  }
  return pairs;
}
