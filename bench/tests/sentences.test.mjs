// Run with: node --test bench/tests/
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  agreementCounts,
  boundariesOf,
  boundaryErrors,
  joinedParagraph,
  paragraphsOf,
  prf,
  quotedPositions,
  scoreBoundaries,
  sumCounts,
} from '../boundaries.mjs';
import { ntrexHalf } from '../data.mjs';
import { availableSplitters, scalingRatios, scoreSet, timeSplitters } from '../sentences.mjs';

// A made-up article: a headline, running lines, a quotation over two lines, a line holding two sentences.
const lines = [
  'Storm closes bridges',
  ' The storm hit on Monday. ',
  '"It is serious.',
  'We close two bridges," a spokesman said.',
  'Ferries stopped. Trains ran late.',
];

/** A fake splitter: sentences end at '. ' or '." ' (not inside a quotation's tag) — enough to test the counting. */
function split(text) {
  const out = [];
  let from = 0;
  for (const m of text.matchAll(/[.!?]"? (?=\S)/g)) {
    const end = m.index + m[0].length - 1;
    out.push({ text: text.slice(from, end), start: from, end });
    from = end + 1;
  }
  out.push({ text: text.slice(from), start: from, end: text.length });
  return out;
}

test('joins trimmed lines with a space; the start after a headline is left unscored', () => {
  const p = joinedParagraph(lines);
  assert.equal(p.text, 'Storm closes bridges The storm hit on Monday. "It is serious. We close two bridges," a spokesman said. Ferries stopped. Trains ran late.');
  assert.deepEqual(p.unscored, [p.text.indexOf('The storm')]);
  assert.deepEqual(p.gold, [p.text.indexOf('"It is'), p.text.indexOf('We close'), p.text.indexOf('Ferries')]);
  assert.deepEqual(joinedParagraph(['One.', '   ', 'Two.']).text, 'One. Two.');
});

test('scores boundaries: a cut inside a line is false, a missed line start is missed, both also outside quotations', () => {
  const p = joinedParagraph(lines);
  const found = boundariesOf(split(p.text));
  // The fake splitter cuts after 'Monday.', 'serious.', 'said.', 'stopped.': it misses nothing but cuts a line in two.
  const counts = scoreBoundaries(found, p);
  assert.deepEqual(counts, { tp: 3, fp: 1, fn: 0, tpOut: 2, fpOut: 1, fnOut: 0 });
  const score = prf(counts);
  assert.equal(score.p, 3 / 4);
  assert.equal(score.r, 1);
  assert.equal(score.outsideQuotes.p, 2 / 3);
  // Keeping the quotation whole loses the boundary inside it, and only there.
  const whole = found.filter((b) => b !== p.text.indexOf('We close'));
  assert.deepEqual(scoreBoundaries(whole, p), { tp: 2, fp: 1, fn: 1, tpOut: 2, fpOut: 1, fnOut: 0 });
  assert.deepEqual(prf({}), { tp: 0, fp: 0, fn: 0, p: null, r: null, f1: null, outsideQuotes: { tp: 0, fp: 0, fn: 0, p: null, r: null, f1: null } });
});

test('a position is inside a quotation after an odd number of straight marks', () => {
  const inside = quotedPositions('a "b" c');
  assert.deepEqual([...inside], [0, 0, 0, 1, 1, 0, 0, 0]);
});

test('lists each error with its text around it', () => {
  const p = joinedParagraph(lines);
  const errors = boundaryErrors(p.text, [p.text.indexOf('Trains')], p, 8);
  assert.deepEqual(
    errors.map((e) => [e.kind, e.text, e.quoted]),
    [
      ['missed', 'Monday. ‖"It is s', false],
      ['missed', 'erious. ‖We close', true],
      ['missed', 'n said. ‖Ferries ', false],
      ['false', 'topped. ‖Trains r', false],
    ],
  );
});

test('agreement counts boundaries both splits have and either has', () => {
  assert.deepEqual(agreementCounts([3, 9, 20], [3, 20, 25]), { both: 2, either: 4, same: 0, texts: 1 });
  assert.deepEqual(sumCounts([agreementCounts([1], [1]), agreementCounts([], [])]), { both: 1, either: 1, same: 2, texts: 2 });
});

test('paragraphs of a fixed number of lines drop the short rest', () => {
  assert.deepEqual(paragraphsOf(['a', 'b', 'c', 'd', 'e'], 2), [['a', 'b'], ['c', 'd']]);
});

test('the halves of the articles are fixed by the hash of the id', () => {
  // Pinned, so that a change to the rule shows: later work reads the same half.
  assert.equal(ntrexHalf('bbc.381790'), 'reading');
  assert.equal(ntrexHalf('nytimes.184853'), 'held-out');
  assert.equal(ntrexHalf('cbsnews.248471'), 'reading');
  assert.equal(ntrexHalf('guardian.221718'), 'held-out');
});

/** A fake library: 'portable' cuts at '. ', 'sentencex' also after '!' — or is missing. */
function fakeLibrary({ native = true } = {}) {
  const calls = [];
  return {
    calls,
    splitSentences({ text }, { splitter = 'portable' } = {}) {
      calls.push(splitter);
      if (splitter === 'sentencex' && !native) {
        throw Object.assign(new Error('The sentencex splitter is not installed for this platform'), { code: 'ERR_OPTION_INVALID' });
      }
      const pattern = splitter === 'sentencex' ? /[.!] (?=\S)/g : /\. (?=\S)/g;
      const out = [];
      let from = 0;
      for (const m of text.matchAll(pattern)) {
        out.push({ start: from, end: m.index + 1 });
        from = m.index + 2;
      }
      out.push({ start: from, end: text.length });
      return out;
    },
  };
}

test('scores each splitter on a set and their agreement; skips the native one where it is missing', () => {
  const paragraphs = [joinedParagraph(['Wow! It works.', 'Yes.']), joinedParagraph(['One.', 'Two.'])];
  const lib = fakeLibrary();
  assert.deepEqual(availableSplitters(lib).splitters, ['portable', 'sentencex']);
  const scores = scoreSet(lib, paragraphs, 'en', ['portable', 'sentencex'], { listErrors: true });
  assert.equal(scores.portable.f1, 1);
  assert.equal(scores.sentencex.fp, 1);
  assert.deepEqual(scores.sentencex.errors.map((e) => e.kind), ['false']);
  assert.deepEqual(scores.agreement, { both: 2, either: 3, same: 1, texts: 2, share: 2 / 3 });
  const missing = availableSplitters(fakeLibrary({ native: false }));
  assert.deepEqual(missing.splitters, ['portable']);
  assert.match(missing.missing, /not installed/);
});

test('times each splitter per text, in alternating order, and measures growth on pathological input', () => {
  const lib = fakeLibrary();
  const ms = timeSplitters(lib, ['A. B.', 'C.'], 'en', ['portable', 'sentencex'], 2);
  assert.deepEqual(Object.keys(ms), ['portable', 'sentencex']);
  assert.ok(ms.portable >= 0 && ms.sentencex >= 0);
  // Warm-up on up to 3 texts per splitter, then two rounds over two texts: the second round starts with sentencex.
  assert.deepEqual(lib.calls.slice(4), ['portable', 'sentencex', 'portable', 'sentencex', 'sentencex', 'portable', 'sentencex', 'portable']);
  const scaling = scalingRatios(fakeLibrary(), 'da', [100, 400], 1);
  assert.deepEqual(scaling.sizes, [100, 400]);
  assert.ok(Object.values(scaling.inputs).every((x) => x.large >= 0 && x.small >= 0));
});
