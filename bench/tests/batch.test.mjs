// Run with: node --test bench/tests/
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BROKEN_LINES, buildBatchInput, checkBatchOutput } from '../batch.mjs';

const sentences = Array.from({ length: 40 }, (_, index) => ({ index, da: `Sætning ${index}.`, en: `Sentence ${index}.` }));

/** What a correct `claimdiff batch` would write for these input lines. */
function correctOutput(lines) {
  return lines
    .map((line) => {
      let input;
      try {
        input = JSON.parse(line);
      } catch {
        return JSON.stringify({ id: null, error: { message: 'not JSON' } });
      }
      if (!input?.left || !input?.right) return JSON.stringify({ id: input?.id ?? null, error: { message: 'needs left and right' } });
      return JSON.stringify({ id: input.id, report: { alignments: [], unmatched: { left: [], right: [] } } });
    })
    .join('\n');
}

test('batch input: the pairs asked for plus the broken lines, the same every time', () => {
  const { lines, expected } = buildBatchInput(sentences, { count: 20, seed: 4 });
  assert.equal(lines.length, 20 + BROKEN_LINES.length);
  assert.deepEqual(expected.map((e, i) => (e.broken ? i : -1)).filter((i) => i >= 0), [1, 11, 22]);
  assert.deepEqual(buildBatchInput(sentences, { count: 20, seed: 4 }), { lines, expected });
  assert.notDeepEqual(buildBatchInput(sentences, { count: 20, seed: 5 }).lines, lines);
  const ids = expected.filter((e) => !e.broken).map((e) => e.id);
  assert.equal(new Set(ids).size, 20);
  for (const [i, line] of lines.entries()) {
    if (expected[i].broken) continue;
    const pair = JSON.parse(line);
    assert.equal(pair.id, expected[i].id);
    assert.match(pair.left.text, /^Sætning (\d+)\.$/);
    assert.equal(pair.left.text.replace('Sætning', 'Sentence'), pair.right.text);
  }
});

test('a correct batch output passes', () => {
  const { lines, expected } = buildBatchInput(sentences, { count: 30, seed: 1 });
  const check = checkBatchOutput(`${correctOutput(lines)}\n`, expected, 1);
  assert.deepEqual(check, { ok: true, lines: 33, reports: 30, errors: 3, inOrder: true, problems: [] });
});

test('contract breaches fail the check', () => {
  const { lines, expected } = buildBatchInput(sentences, { count: 30, seed: 1 });
  const good = correctOutput(lines).split('\n');
  const swapped = [...good];
  [swapped[5], swapped[6]] = [swapped[6], swapped[5]];
  const cases = [
    ['lines out of order', swapped.join('\n'), 1, { inOrder: false }],
    ['a line missing', good.slice(0, -1).join('\n'), 1, { inOrder: false }],
    ['a broken line reported as fine', good.map((l, i) => (i === 1 ? good[0] : l)).join('\n'), 1, {}],
    ['an error for a valid pair', good.map((l, i) => (i === 0 ? JSON.stringify({ id: expected[0].id, error: { message: 'x' } }) : l)).join('\n'), 1, {}],
    ['exit code 0 although lines failed', good.join('\n'), 0, { inOrder: true }],
    ['not JSON', good.map((l, i) => (i === 3 ? 'oops' : l)).join('\n'), 1, {}],
    ['empty output', '', 1, { inOrder: false }],
  ];
  for (const [name, output, code, extra] of cases) {
    const check = checkBatchOutput(output, expected, code);
    assert.equal(check.ok, false, name);
    assert.ok(check.problems.length > 0, name);
    for (const [key, value] of Object.entries(extra)) assert.equal(check[key], value, `${name}: ${key}`);
  }
});
