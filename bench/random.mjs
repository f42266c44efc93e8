// Seeded randomness for the bench: every run builds the same pairs, so scores compare across commits.

/** 32-bit FNV-1a hash of a string: turns (seed, article id, purpose) into a generator seed. */
export function hashString(text) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny generator of floats in [0, 1); good enough to shuffle test data. */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return function next() {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator for one purpose, independent of the generators for other purposes. */
export function generatorFor(seed, ...parts) {
  return mulberry32(hashString([seed, ...parts].join('\u0000')));
}

/** A whole number in [min, max]. */
export function randomInt(random, min, max) {
  return min + Math.floor(random() * (max - min + 1));
}

/** Fisher–Yates shuffle into a new array. */
export function shuffled(items, random) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** `count` distinct items picked at random, in the order they were picked. */
export function sample(items, count, random) {
  return shuffled(items, random).slice(0, Math.max(0, Math.min(count, items.length)));
}
