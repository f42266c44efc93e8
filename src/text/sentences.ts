// Sentence splitting. A segmenter proposes sentence ends paragraph by paragraph — the portable one (the runtime's
// Intl.Segmenter) by default, or sentencex where its native binary is installed and asked for — and the repair
// passes, reading the pack's word lists, decide which stand. Offsets are UTF-16; paragraphs and headline lines
// stand alone.
import type { TextRules } from './rules';
import { type Range, joinBrokenPieces, splitBeforeNumbers, splitLines, splitMissedEnds } from './sentence-repairs';
import { segmentNative } from './segment-native';
import { segmentPortable } from './segment-portable';

export interface Sentence {
  index: number;
  text: string;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
}

/** Which segmenter proposes the sentence ends: 'portable' (everywhere) or 'sentencex' (its native binary). */
export type SplitterName = 'portable' | 'sentencex';

export const SPLITTERS: readonly SplitterName[] = ['portable', 'sentencex'];

const BLANK_LINE = /\n[^\S\n]*\n/g;
const EDGE_SPACE = /[\s\u200b-\u200d\u2060\ufeff]/u;
const HAS_CONTENT = /[\p{L}\p{N}]/u;

/** Splits an article into trimmed sentences with exact offsets; paragraphs and headline lines stand alone. */
export function splitSentences(text: string, rules: TextRules, splitter: SplitterName = 'portable'): Sentence[] {
  if (typeof text !== 'string' || !HAS_CONTENT.test(text)) return [];
  const ranges: Range[] = [];
  for (const [start, end] of paragraphs(text)) {
    // The native splitter gives way to the portable one for a paragraph it cannot split (see segment-native.ts).
    const native = splitter === 'sentencex' ? segmentNative(text, start, end, rules.segmenterCode) : undefined;
    const proposed = native ?? segmentPortable(text, start, end, rules.segmenterCode);
    // sentencex reads quotations itself; Intl.Segmenter does not, so its cuts inside one are joined.
    const pieces = joinBrokenPieces(text, splitLines(text, proposed), rules, { joinQuotations: !native });
    for (const joined of pieces) {
      for (const range of splitMissedEnds(text, joined, rules)) {
        for (const piece of splitBeforeNumbers(text, range, rules)) ranges.push(piece);
      }
    }
  }
  const sentences: Sentence[] = [];
  for (const range of ranges) {
    const [start, end] = trimRange(text, range);
    if (end <= start || !hasContent(text, start, end)) continue;
    sentences.push({ index: sentences.length, text: text.slice(start, end), start, end });
  }
  return sentences;
}

/** Paragraphs: runs of text between blank lines. */
function paragraphs(text: string): Range[] {
  const out: Range[] = [];
  let from = 0;
  for (const m of text.replace(/\r\n?/g, (s) => (s.length === 2 ? ' \n' : '\n')).matchAll(BLANK_LINE)) {
    out.push([from, m.index]);
    from = m.index + m[0].length;
  }
  out.push([from, text.length]);
  return out.filter(([s, e]) => hasContent(text, s, e));
}

function hasContent(text: string, start: number, end: number): boolean {
  return HAS_CONTENT.test(text.slice(start, end));
}

function trimRange(text: string, [start, end]: Range): Range {
  while (start < end && EDGE_SPACE.test(text[start])) start++;
  while (end > start && EDGE_SPACE.test(text[end - 1])) end--;
  return [start, end];
}
