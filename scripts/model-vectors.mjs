// Deterministic vectors: a string's hash seeds a generator, so the same word gets the same vector on
// every machine and every run, and the same spelling meets itself across languages.

/** FNV-1a over the UTF-16 code units, 32-bit. */
export function hashString(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: a small, well-mixed 32-bit generator. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A unit vector of ±1/√dim entries seeded by `key` (random signs: exact, no floating-point drift). */
export function hashVector(key, dim) {
  const next = generator(hashString(key) ^ 0x9e3779b9);
  const v = new Float32Array(dim);
  const x = 1 / Math.sqrt(dim);
  for (let i = 0; i < dim; i++) v[i] = next() < 0.5 ? -x : x;
  return v;
}

export function norm(v) {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * v[i];
  return Math.sqrt(s);
}

/** v scaled to length `length` (a zero vector stays zero). */
export function withLength(v, length = 1) {
  const n = norm(v);
  const out = new Float32Array(v.length);
  if (n > 0) for (let i = 0; i < v.length; i++) out[i] = (v[i] / n) * length;
  return out;
}

/** target += weight * v */
export function addScaled(target, v, weight = 1) {
  for (let i = 0; i < target.length; i++) target[i] += weight * v[i];
  return target;
}

/** Rows quantised to int8 with one scale per row; the scale also carries the row's length. */
export function quantiseRows(rows, dim) {
  const int8 = new Int8Array(rows.length * dim);
  const scales = new Float32Array(rows.length);
  rows.forEach((row, r) => {
    let max = 0;
    for (let i = 0; i < dim; i++) max = Math.max(max, Math.abs(row[i]));
    if (max === 0) return;
    const scale = max / 127;
    scales[r] = scale;
    for (let i = 0; i < dim; i++) int8[r * dim + i] = Math.round(row[i] / scale);
  });
  return { int8, scales };
}
