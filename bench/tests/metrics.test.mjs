// Run with: node --test bench/tests/
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addCounts, linesOfClaims, median, prf, scorePair } from '../metrics.mjs';
import { buildComparablePair, buildFaithfulPair } from '../pairs.mjs';

const article = {
  id: 'fixture.metrics',
  da: ['Brand i lager', 'Branden startede fredag.', 'Fem personer blev evakueret.', 'Ingen kom til skade.',
       'Årsagen er ukendt.', 'Politiet efterforsker sagen.', 'Foto: Polfoto', 'Lageret genåbner i marts.'],
  en: ['Fire at warehouse', 'The fire started on Friday.', 'Five people were evacuated.', 'Nobody was hurt.',
       'The cause is unknown.', 'Police are investigating.', 'Photo: Polfoto', 'The warehouse reopens in March.'],
};

/** Claims cut from a pair side, one per line, or two when `split` (cut at a space). */
function claimsOf(side, prefix, { split = false } = {}) {
  const claims = [];
  for (const span of side.spans) {
    const text = side.text.slice(span.start, span.end);
    const cut = text.indexOf(' ', Math.floor(text.length / 2));
    const parts = split && cut > 0 ? [[span.start, span.start + cut], [span.start + cut + 1, span.end]] : [[span.start, span.end]];
    for (const [start, end] of parts) {
      claims.push({ id: `${prefix}${claims.length + 1}`, text: side.text.slice(start, end), start, end, line: span.line });
    }
  }
  return claims;
}

/** A report that is right about everything the gold knows. */
function oracleReport(pair, options = {}) {
  const left = claimsOf(pair.left, 'L', options);
  const right = claimsOf(pair.right, 'R', options);
  const ids = (claims, line) => claims.filter((c) => c.line === line).map((c) => c.id);
  return {
    left: { lang: 'da', claims: left },
    right: { lang: 'en', claims: right },
    alignments: pair.gold.pairs
      .map((line) => ({ left: ids(left, line), right: ids(right, line), score: 1 }))
      .filter((a) => a.left.length && a.right.length),
    unmatched: {
      left: pair.gold.unmatched.left.flatMap((line) => ids(left, line)),
      right: pair.gold.unmatched.right.flatMap((line) => ids(right, line)),
    },
  };
}

test('linesOfClaims maps a claim to every line it overlaps, and to none outside', () => {
  const spans = [{ line: 0, start: 0, end: 10 }, { line: 1, start: 11, end: 20 }];
  const cases = [
    [{ id: 'a', start: 0, end: 10 }, [0]],
    [{ id: 'b', start: 5, end: 15 }, [0, 1]],
    [{ id: 'c', start: 10, end: 11 }, []],
    [{ id: 'd', start: 19, end: 40 }, [1]],
    [{ id: 'e', start: 20, end: 20 }, []],
  ];
  for (const [claim, lines] of cases) assert.deepEqual(linesOfClaims([claim], spans).get(claim.id), lines, claim.id);
});

test('an oracle report scores 1 everywhere, with whole-line or split claims', () => {
  for (const seed of [1, 2, 3, 4]) {
    const pair = buildComparablePair(article, { seed });
    for (const split of [false, true]) {
      const counts = scorePair(oracleReport(pair, { split }), pair);
      assert.deepEqual(prf(counts.pairs), { precision: 1, recall: 1, f1: 1 });
      assert.equal(counts.pairs.gold, pair.gold.pairs.length);
      if (counts.unmatched.gold > 0) assert.equal(prf(counts.unmatched).f1, 1);
      assert.equal(counts.offsetErrors, 0);
      assert.equal(counts.linesWithoutClaim, 0);
    }
  }
});

test('a wrong alignment costs precision, a missing one recall, by the expected amount', () => {
  const pair = buildFaithfulPair(article);
  const report = oracleReport(pair);
  const n = pair.gold.pairs.length;
  report.alignments[0] = { left: report.alignments[0].left, right: report.alignments[1].right, score: 0.5 };
  report.alignments.pop();
  const { pairs } = scorePair(report, pair);
  assert.deepEqual(pairs, { correct: n - 2, predicted: n - 1, gold: n });
});

test('a 1-2 alignment implies two line pairs', () => {
  const pair = buildFaithfulPair(article);
  const report = oracleReport(pair);
  report.alignments = [{ left: report.alignments[1].left, right: [...report.alignments[1].right, ...report.alignments[2].right], score: 1 }];
  assert.deepEqual(scorePair(report, pair).pairs, { correct: 1, predicted: 2, gold: pair.gold.pairs.length });
});

test('a line without claims is counted, and is not predicted unmatched', () => {
  const pair = buildComparablePair(article, { seed: 9 });
  const orphan = pair.gold.unmatched.left[0];
  assert.notEqual(orphan, undefined, 'the fixture seed must leave a left line without counterpart');
  const report = oracleReport(pair);
  report.left.claims = report.left.claims.filter((c) => c.line !== orphan);
  const counts = scorePair(report, pair);
  assert.equal(counts.linesWithoutClaim, 1);
  assert.equal(counts.unmatched.correct, counts.unmatched.gold - 1);
  assert.equal(counts.unmatched.predicted, counts.unmatched.gold - 1);
});

test('a line is predicted unmatched only when all its claims are unmatched', () => {
  const pair = buildComparablePair(article, { seed: 9 });
  const report = oracleReport(pair, { split: true });
  const line = pair.gold.unmatched.left[0];
  const [first] = report.left.claims.filter((c) => c.line === line);
  report.unmatched.left = report.unmatched.left.filter((id) => id !== first.id);
  const counts = scorePair(report, pair);
  assert.equal(counts.unmatched.correct, counts.unmatched.gold - 1);
});

test('claims whose offsets do not match their text are counted', () => {
  const pair = buildFaithfulPair(article);
  const report = oracleReport(pair);
  report.left.claims[1] = { ...report.left.claims[1], start: report.left.claims[1].start + 1 };
  assert.equal(scorePair(report, pair).offsetErrors, 1);
});

test('an empty or partial report scores zero without crashing', () => {
  const pair = buildComparablePair(article, { seed: 2 });
  const counts = scorePair({ left: { claims: [] }, right: {}, alignments: [], unmatched: {} }, pair);
  assert.deepEqual(counts.pairs, { correct: 0, predicted: 0, gold: pair.gold.pairs.length });
  assert.deepEqual(prf(counts.pairs), { precision: null, recall: 0, f1: 0 });
});

test('prf, addCounts and median', () => {
  const cases = [
    [{ correct: 3, predicted: 4, gold: 6 }, { precision: 0.75, recall: 0.5, f1: 0.6 }],
    [{ correct: 0, predicted: 2, gold: 2 }, { precision: 0, recall: 0, f1: 0 }],
    [{ correct: 0, predicted: 0, gold: 0 }, { precision: null, recall: null, f1: null }],
    [{ correct: 0, predicted: 3, gold: 0 }, { precision: 0, recall: null, f1: null }],
  ];
  for (const [counts, expected] of cases) {
    const got = prf(counts);
    for (const key of Object.keys(expected)) {
      if (expected[key] === null) assert.equal(got[key], null);
      else assert.ok(Math.abs(got[key] - expected[key]) < 1e-9, `${key} of ${JSON.stringify(counts)}`);
    }
  }
  assert.deepEqual(addCounts(addCounts({}, { a: 1, b: { c: 2 } }), { a: 2, b: { c: 3 } }), { a: 3, b: { c: 5 } });
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([]), null);
});
