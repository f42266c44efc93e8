// Sentence boundaries against line-aligned gold: text whose lines are one sentence each, joined into one paragraph.
//
// How it counts: a boundary is where a sentence starts, other than the first. The gold boundaries are the starts of
// the lines after the first. A line with no sentence-final punctuation (a headline, a credit) runs into the next
// line with nothing to tell them apart once joined by a space, so the start after it is left out: a boundary
// found there counts neither way. A boundary found inside a line counts as false: the data holds one sentence a
// line, and the few lines holding two are quotations with their speech tag ('"We need a deal. We want …," he
// told …'). The library keeps a quotation whole, as one sentence, by design (its claims are cut at the quoted
// sentence ends later); so the scores are given twice: over all boundaries, and over those outside quotations
// (a position is inside one when an odd number of straight quotation marks precede it in the paragraph — the
// data writes no other kind).
import { isHeadingLine } from './pairs.mjs';

/**
 * Lines (trimmed, empty ones dropped) joined by a space into one paragraph.
 * Returns { text, gold: starts of lines after a sentence end, unscored: starts of lines after a heading line }.
 */
export function joinedParagraph(lines) {
  const kept = lines.map((l) => l.trim()).filter((l) => l.length > 0);
  let text = '';
  const gold = [];
  const unscored = [];
  kept.forEach((line, i) => {
    if (i > 0) {
      text += ' ';
      (isHeadingLine(kept[i - 1]) ? unscored : gold).push(text.length);
    }
    text += line;
  });
  return { text, gold, unscored };
}

/** The boundaries of a split: where each sentence after the first starts. */
export function boundariesOf(sentences) {
  return sentences.slice(1).map((s) => s.start);
}

/** Whether each offset of text lies inside a quotation: after an odd number of straight quotation marks. */
export function quotedPositions(text) {
  const inside = new Uint8Array(text.length + 1);
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    inside[i] = open;
    if (text[i] === '"') open ^= 1;
  }
  inside[text.length] = open;
  return inside;
}

/**
 * True, false and missed boundaries of one split against one paragraph's gold: over all boundaries (tp, fp, fn)
 * and over those outside quotations (tpOut, fpOut, fnOut).
 */
export function scoreBoundaries(predicted, { text, gold, unscored }) {
  const goldSet = new Set(gold);
  const skip = new Set(unscored);
  const quoted = quotedPositions(text);
  const scored = predicted.filter((b) => !skip.has(b));
  const hits = scored.filter((b) => goldSet.has(b));
  const outside = (list) => list.filter((b) => !quoted[b]).length;
  return {
    tp: hits.length,
    fp: scored.length - hits.length,
    fn: gold.length - hits.length,
    tpOut: outside(hits),
    fpOut: outside(scored) - outside(hits),
    fnOut: outside(gold) - outside(hits),
  };
}

/** Sums counts ({ tp, fp, fn } or any numeric fields) over many. */
export function sumCounts(counts) {
  const out = {};
  for (const c of counts) for (const [k, v] of Object.entries(c)) out[k] = (out[k] ?? 0) + v;
  return out;
}

/** Precision, recall and F1 of summed counts (null where undefined), over all boundaries and outside quotations. */
export function prf({ tp = 0, fp = 0, fn = 0, tpOut = 0, fpOut = 0, fnOut = 0 }) {
  return { ...ratios(tp, fp, fn), outsideQuotes: ratios(tpOut, fpOut, fnOut) };
}

function ratios(tp, fp, fn) {
  const p = tp + fp ? tp / (tp + fp) : null;
  const r = tp + fn ? tp / (tp + fn) : null;
  const f1 = p !== null && r !== null && p + r > 0 ? (2 * p * r) / (p + r) : null;
  return { tp, fp, fn, p, r, f1 };
}

/** How alike two splits are: boundaries both found, and found by either. */
export function agreementCounts(a, b) {
  const setB = new Set(b);
  const both = a.filter((x) => setB.has(x)).length;
  return { both, either: a.length + b.length - both, same: both === a.length && both === b.length ? 1 : 0, texts: 1 };
}

/**
 * Where a split goes wrong, for reading: each false boundary and each missed one with the text around it
 * ('…end of one ‖ start of next…').
 */
export function boundaryErrors(text, predicted, { gold, unscored }, around = 40) {
  const goldSet = new Set(gold);
  const predictedSet = new Set(predicted);
  const skip = new Set(unscored);
  const quoted = quotedPositions(text);
  const error = (kind) => (at) => ({
    kind,
    at,
    quoted: Boolean(quoted[at]),
    text: `${text.slice(Math.max(0, at - around), at)}‖${text.slice(at, at + around)}`,
  });
  return [
    ...predicted.filter((b) => !goldSet.has(b) && !skip.has(b)).map(error('false')),
    ...gold.filter((b) => !predictedSet.has(b)).map(error('missed')),
  ].sort((x, y) => x.at - y.at);
}

/** Consecutive runs of `size` lines (the last, shorter run dropped): paragraphs of independent sentences. */
export function paragraphsOf(lines, size) {
  const out = [];
  for (let i = 0; i + size <= lines.length; i += size) out.push(lines.slice(i, i + size));
  return out;
}
