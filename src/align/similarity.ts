// Similarity between every left and every right claim: cosine of unit vectors, then the ratio margin.

export type Matrix = Float64Array[];

/** Cosine similarity of any two vectors (0 when either is zero). */
export function cosine(a: Float32Array, b: Float32Array): number {
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

/** Cosine similarity of unit-length vectors: one row per left vector. */
export function cosineMatrix(left: Float32Array[], right: Float32Array[]): Matrix {
  return left.map((a) => {
    const row = new Float64Array(right.length);
    for (let j = 0; j < right.length; j++) {
      const b = right[j];
      let dot = 0;
      for (let d = 0; d < a.length; d++) dot += a[d] * b[d];
      row[j] = dot;
    }
    return row;
  });
}

/**
 * Ratio margin (Artetxe & Schwenk 2019): a pair's cosine divided by the mean cosine of each side's k nearest
 * neighbours. A pair stands out only if it beats what both claims score with everything else, which removes the
 * hubness of generic sentences. Values near 1 mean "no better than the neighbours".
 */
export function ratioMargin(cos: Matrix, k: number): Matrix {
  const n = cos.length;
  const m = n ? cos[0].length : 0;
  const leftMean = cos.map((row) => meanOfTop([...row], k));
  const rightMean = Array.from({ length: m }, (_, j) => meanOfTop(cos.map((row) => row[j]), k));
  return cos.map((row, i) => {
    const out = new Float64Array(m);
    for (let j = 0; j < m; j++) {
      const denom = (leftMean[i] + rightMean[j]) / 2;
      out[j] = denom > 1e-6 ? row[j] / denom : 0;
    }
    return out;
  });
}

function meanOfTop(values: number[], k: number): number {
  if (values.length === 0) return 0;
  values.sort((a, b) => b - a);
  const top = values.slice(0, Math.max(1, Math.min(k, values.length)));
  return top.reduce((s, v) => s + v, 0) / top.length;
}

/** Scores in reports carry three decimals. */
export function roundScore(x: number): number {
  return Math.round(x * 1000) / 1000;
}
