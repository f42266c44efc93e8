// A text's vector from its token ids: the rows of the lookup table, averaged over every token ([CLS] and [SEP]
// too), then made unit length. Each step rounds where transformers.js and the ONNX graph round (float32 rows,
// a float64 sum per dimension in token order, float32 mean and norm), so the vectors equal the ones the same
// model gives through transformers.js, and the findings built on them do not move.
import type { LookupTable } from './lookup-table';

/**
 * The mean of the rows of `ids`, written into `mean` (length table.dim). `sums` is scratch space of the same
 * length. Returns false when `ids` is empty. Throws a RangeError for an id outside the table.
 */
export function meanOfRows(table: LookupTable, ids: ArrayLike<number>, sums: Float64Array, mean: Float32Array): boolean {
  const { dim, values, scales, vocabSize } = table;
  const count = ids.length;
  if (count === 0) return false;
  sums.fill(0);
  for (let t = 0; t < count; t++) {
    const id = ids[t];
    if (!(id >= 0 && id < vocabSize)) throw new RangeError(`token id ${id} is outside the embedding matrix (${vocabSize} rows)`);
    const row = id * dim;
    if (scales) {
      const scale = scales[id];
      // int8 × float32, rounded to float32: the graph's Cast and Mul.
      for (let k = 0; k < dim; k++) sums[k] += Math.fround(values[row + k] * scale);
    } else {
      for (let k = 0; k < dim; k++) sums[k] += values[row + k];
    }
  }
  for (let k = 0; k < dim; k++) mean[k] = sums[k] / count;
  return true;
}

/**
 * `mean` made unit length in place as transformers.js's normalize does it (the squares summed in float32, each
 * value divided by the float32 norm) and then as the embedder checks every model's output (a float64 norm).
 * A zero vector stays zero (transformers.js gives NaN there, which the embedder turns into zeros).
 */
export function normaliseInPlace(mean: Float32Array): Float32Array {
  const dim = mean.length;
  const squares = new Float32Array(1);
  for (let k = 0; k < dim; k++) squares[0] += mean[k] ** 2;
  const norm32 = Math.fround(squares[0] ** (1 / 2));
  if (!(norm32 > 0) || !Number.isFinite(norm32)) return mean.fill(0);
  let sum = 0;
  for (let k = 0; k < dim; k++) {
    mean[k] /= norm32;
    sum += mean[k] * mean[k];
  }
  const norm = Math.sqrt(sum);
  if (!(norm > 1e-12)) return mean.fill(0);
  for (let k = 0; k < dim; k++) mean[k] /= norm;
  return mean;
}
