// The portable segmenter: the runtime's Intl.Segmenter (Unicode sentence boundaries, UAX #29), present in every
// Node.js and browser. It knows no abbreviations ('Mr. Smith', 'd. 5. maj' come out cut): the repair passes join
// what the pack's word lists say belongs together.
import type { Range } from './sentence-repairs';

/**
 * Intl.Segmenter takes time quadratic in the number of sentences of one input (V8's iterator), so it is handed
 * windows of this many characters, each resumed at the last sentence start the previous one found.
 */
const WINDOW = 2000;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    } catch {
      // A code the runtime's locale data does not parse: sentence boundaries hardly depend on it.
      segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** Sentence pieces of text[start, end) as UTF-16 ranges, each with the space that follows it. Linear in the input. */
export function segmentPortable(text: string, start: number, end: number, locale: string): Range[] {
  const segmenter = segmenterFor(locale);
  const out: Range[] = [];
  let from = start; // where the segmenter resumes
  let open = start; // where the piece it resumes in began
  while (end - from > WINDOW) {
    let limit = from + WINDOW;
    if (/[\ud800-\udbff]/.test(text[limit - 1])) limit--;
    const pieces = segmentsOf(segmenter, text, from, limit);
    if (pieces.length > 1) {
      // The last piece may run on past the window: it is segmented again with what follows.
      pieces[0][0] = open;
      for (let i = 0; i < pieces.length - 1; i++) out.push(pieces[i]);
      from = open = pieces[pieces.length - 1][0];
    } else {
      // No sentence end in the window: resume at a space in its second half, still in the same piece.
      from = lastSpace(text, from + WINDOW / 2, limit) ?? limit;
    }
  }
  const rest = segmentsOf(segmenter, text, from, end);
  rest[0][0] = open;
  for (const piece of rest) out.push(piece);
  return out;
}

function segmentsOf(segmenter: Intl.Segmenter, text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  for (const { index, segment } of segmenter.segment(text.slice(start, end))) {
    out.push([start + index, start + index + segment.length]);
  }
  if (out.length === 0) out.push([start, end]);
  return out;
}

function lastSpace(text: string, from: number, limit: number): number | undefined {
  for (let i = limit - 1; i > from; i--) if (/\s/u.test(text[i])) return i + 1;
  return undefined;
}
