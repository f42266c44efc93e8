import { describe, expect, it } from 'vitest';
import { loadWordVectors } from '../../src/embed/word-vectors';

const vectors = loadWordVectors()!;
const cosine = (a: string, b: string) => {
  const x = vectors.vectorOf(a);
  const y = vectors.vectorOf(b);
  if (!x || !y) return undefined;
  return x.unit.reduce((sum, v, k) => sum + v * y.unit[k], 0);
};

describe('the built-in model as word vectors', () => {
  it('is found beside the code', () => {
    expect(vectors).toBeDefined();
  });

  it('puts a word and its translation together, and unrelated names apart', () => {
    expect(cosine('Tyskland', 'Germany')).toBeGreaterThan(0.9);
    expect(cosine('torsdag', 'Thursday')).toBeGreaterThan(0.9);
    expect(cosine('Tyskland', 'Italy')).toBeLessThan(0.3);
    expect(cosine('mandag', 'Tuesday')).toBeLessThan(0.3);
  });

  it('ignores case, and gives unit vectors with a weight', () => {
    const v = vectors.vectorOf('Vienna')!;
    expect(v.unit).toEqual(vectors.vectorOf('vienna')!.unit);
    expect(v.unit.reduce((s, x) => s + x * x, 0)).toBeCloseTo(1, 5);
    expect(v.weight).toBeGreaterThan(0);
  });

  it('has no vector for a name spelt out in short pieces, nor for what is no word', () => {
    expect(vectors.vectorOf('Nakamura')).toBeUndefined();
    expect(vectors.vectorOf('')).toBeUndefined();
    expect(vectors.vectorOf('x'.repeat(65))).toBeUndefined();
    expect(vectors.vectorOf(undefined as unknown as string)).toBeUndefined();
  });

  it('is undefined when no model is where modelPath points', () => {
    expect(loadWordVectors('/nonexistent/claimdiff-model')).toBeUndefined();
  });
});
