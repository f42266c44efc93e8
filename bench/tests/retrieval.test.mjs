import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accuracyAt1 } from '../retrieval.mjs';

test('accuracy@1 counts a query whose own counterpart is the most similar candidate', () => {
  const q = [Float32Array.from([1, 0]), Float32Array.from([0, 1]), Float32Array.from([1, 0])];
  const c = [Float32Array.from([1, 0]), Float32Array.from([0, 1]), Float32Array.from([0, 1])];
  // Query 2 points at candidate 0, not its own candidate 2.
  assert.equal(accuracyAt1(q, c), 2 / 3);
  assert.equal(accuracyAt1([], c), null);
});
