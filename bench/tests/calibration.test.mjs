// Run with: node --test bench/tests/
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { calibrationRows, calibrationTable } from '../calibration.mjs';

const findings = [
  { kind: 'date', confidence: 0.85, real: true },
  { kind: 'date', confidence: 0.82, real: true },
  { kind: 'entity', confidence: 0.81, real: false },
  { kind: 'entity', confidence: 0.3, real: false },
  { kind: 'negation', confidence: 0.35, real: true },
  { kind: 'number', confidence: 1, real: true },
];

test('bins findings by confidence, the last bin taking 1.0, with the real share and mean of each', () => {
  const table = calibrationTable(findings, [0, 0.5, 0.9, 1]);
  assert.deepEqual(
    table.bins.map((b) => [b.n, b.real]),
    [[2, 1], [3, 2], [1, 1]],
  );
  assert.equal(table.bins[1].share, 2 / 3);
  assert.ok(Math.abs(table.bins[1].mean - (0.85 + 0.82 + 0.81) / 3) < 1e-9);
  assert.equal(table.total, 6);
  // |share − mean| weighted by bin size.
  const expected = (2 * Math.abs(0.5 - 0.325) + 3 * Math.abs(2 / 3 - 0.8267) + 1 * Math.abs(1 - 1)) / 6;
  assert.ok(Math.abs(table.error - expected) < 1e-3);
});

test('counts per kind the findings at 0.5 or more and how many of them are real', () => {
  const { kinds } = calibrationTable(findings);
  assert.deepEqual(kinds.entity, { n: 2, high: 1, highReal: 0 });
  assert.deepEqual(kinds.date, { n: 2, high: 2, highReal: 2 });
  const rows = calibrationRows(calibrationTable(findings)).join('\n');
  assert.match(rows, /entity 0\.00 \(1\)/);
  assert.doesNotMatch(rows, /negation/); // none at 0.5 or more
});
