// Sentence splitting: sentencex does the hard part (abbreviations, quotes); we fix its offsets
// (it counts code points, not UTF-16 units), honour paragraph and line breaks, and repair a few splits.
import { nativeSentencex } from './native-sentencex';
import type { TextRules } from './rules';
import { endsWithAbbreviation } from './words';
import { type Quote, findQuotes } from './quotes';

export interface Sentence {
  index: number;
  text: string;
  /** UTF-16 offsets into the original text. */
  start: number;
  end: number;
}

type Range = [number, number];

const BLANK_LINE = /\n[^\S\n]*\n/g;
const EDGE_SPACE = /[\s\u200b-\u200d\u2060\ufeff]/u;
const HAS_CONTENT = /[\p{L}\p{N}]/u;

/** Splits an article into trimmed sentences with exact offsets; paragraphs and headline lines stand alone. */
export function splitSentences(text: string, rules: TextRules): Sentence[] {
  if (typeof text !== 'string' || !HAS_CONTENT.test(text)) return [];
  const ranges: Range[] = [];
  for (const [start, end] of paragraphs(text)) {
    const pieces = splitLines(text, segment(text, start, end, rules.segmenterCode));
    ranges.push(
      ...joinBrokenPieces(text, pieces, rules)
        .flatMap((r) => splitMissedEnds(text, r, rules))
        .flatMap((r) => splitBeforeNumbers(text, r, rules)),
    );
  }
  const sentences: Sentence[] = [];
  for (const range of ranges) {
    const [start, end] = trimRange(text, range);
    if (end <= start || !HAS_CONTENT.test(text.slice(start, end))) continue;
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
  return out.filter(([s, e]) => HAS_CONTENT.test(text.slice(s, e)));
}

/** sentencex cuts long input into blocks mid-word; we hand it pieces cut at sentence ends instead. */
const CHUNK = 5000;

/** sentencex boundaries for text[start, end) as UTF-16 ranges. */
function segment(text: string, start: number, end: number, code: string): Range[] {
  if (end - start <= CHUNK) return segmentChunk(text, start, end, code);
  const out: Range[] = [];
  let from = start;
  while (end - from > CHUNK) {
    const cut = chunkEnd(text, from, from + CHUNK);
    out.push(...segmentChunk(text, from, cut, code));
    from = cut;
  }
  out.push(...segmentChunk(text, from, end, code));
  return out;
}

/** The last sentence end (else space) in text[from, limit), so a chunk never ends mid-sentence if it can help it. */
function chunkEnd(text: string, from: number, limit: number): number {
  const window = text.slice(from, limit);
  let cut = -1;
  for (const m of window.matchAll(/[.!?…]["'”»«’)]*\s+/gu)) cut = m.index + m[0].length;
  if (cut <= 0) cut = window.search(/\s\S*$/u) + 1;
  if (cut <= 0) cut = window.length - (/[\ud800-\udbff]/.test(window[window.length - 1]) ? 1 : 0);
  return from + Math.max(cut, 1);
}

function segmentChunk(text: string, start: number, end: number, code: string): Range[] {
  // Same length as the slice, so offsets survive: carriage returns become spaces or line feeds.
  const part = text.slice(start, end).replace(/\r(\n?)/g, (_s, lf: string) => (lf ? ' \n' : '\n'));
  const findBoundaries = nativeSentencex();
  if (!findBoundaries) return fallbackSegment(part).map(([s, e]) => [s + start, e + start]);
  let bounds: { start_index: number; end_index: number; text: string }[];
  try {
    bounds = findBoundaries(code, part);
  } catch {
    return fallbackSegment(part).map(([s, e]) => [s + start, e + start]);
  }
  const units = codePointOffsets(part);
  const out: Range[] = [];
  let cursor = 0;
  for (const b of bounds) {
    let s = units[b.start_index];
    let e = units[b.end_index];
    if (s === undefined || e === undefined || part.slice(s, e) !== b.text) {
      // Offsets disagree with the text sentencex returned: find that text instead.
      const found = part.indexOf(b.text, cursor);
      if (found < 0) return fallbackSegment(part).map(([fs, fe]) => [fs + start, fe + start]);
      s = found;
      e = found + b.text.length;
    }
    if (e > s) out.push([s + start, e + start]);
    cursor = e;
  }
  if (out.length === 0) out.push([start, end]);
  return out;
}

/** UTF-16 offset of every code point index (and of the end). */
function codePointOffsets(s: string): number[] {
  const offsets: number[] = [];
  let i = 0;
  for (const ch of s) {
    offsets.push(i);
    i += ch.length;
  }
  offsets.push(i);
  return offsets;
}

/** A plain splitter for when sentencex fails: closing punctuation, space, capital. */
function fallbackSegment(part: string): Range[] {
  const out: Range[] = [];
  let from = 0;
  for (const m of part.matchAll(/[.!?…]+["'”»«’)]*\s+(?=[\p{Lu}\p{N}"“»«„])/gu)) {
    const cut = m.index + m[0].length;
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, part.length]);
  return out;
}

/** Cuts every range at its line breaks; joinBrokenPieces decides which cuts stand. */
function splitLines(text: string, ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const [start, end] of ranges) {
    let from = start;
    for (let i = start; i < end; i++) {
      if (isLineBreak(text, i)) {
        out.push([from, i]);
        from = i + 1;
      }
    }
    out.push([from, end]);
  }
  return out.filter(([s, e]) => HAS_CONTENT.test(text.slice(s, e)));
}

/** Joins pieces that belong to one sentence: wrapped lines, abbreviations, initials, lower-case starts. */
function joinBrokenPieces(text: string, pieces: Range[], rules: TextRules): Range[] {
  const out: Range[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    if (prev && belongsToPrevious(text, prev, piece, rules)) prev[1] = piece[1];
    else out.push([piece[0], piece[1]]);
  }
  return out;
}

function belongsToPrevious(text: string, prev: Range, next: Range, rules: TextRules): boolean {
  const before = text.slice(prev[0], prev[1]).trimEnd();
  const after = text.slice(next[0], next[1]).trimStart();
  if (/^\p{Ll}/u.test(after)) return true;
  if (/[\n\r\u2028\u2029]/.test(text.slice(prev[1], next[0]))) {
    // A line break: a line that ends mid-sentence runs on; any other line (a headline, a caption) stands alone.
    return /[:,;]$/.test(before);
  }
  if (endsWithAbbreviation(before, rules.abbreviations)) return true;
  // A lone capital before the cut is an initial: "Donald J. Trump".
  return /(?:^|[\s(])\p{Lu}\.$/u.test(before) && /^\p{Lu}\p{Ll}/u.test(after);
}

/**
 * sentencex keeps some sentence ends together: 'steg 2 pct. Det viser …', 'talks with the U.S. The North …',
 * '… til DR. Det oplyser …'. A dot before a capitalised common word ('Det', 'The') or, after an acronym in
 * capitals, before any capitalised word ends a sentence, unless the word before it never ends one ('Mr.').
 */
function splitMissedEnds(text: string, [start, end]: Range, rules: TextRules): Range[] {
  const common = commonWordSet(rules);
  const quotes = findQuotes(text, [{ start, end }]);
  // A closing mark whose quotation opened in an earlier line may have held sentencex's cuts back after it.
  const stray = strayMark(text, start, end, quotes);
  const cuts: number[] = [];
  for (const m of text.slice(start, end).matchAll(/(?<=^|\s)(\S+)\.\s+["“„»«]?(\p{Lu}\p{L}*)/gu)) {
    const [, word, next] = m;
    // 'DR' in capitals is the broadcaster, not 'dr.' (doctor).
    const capitals = /^\p{Lu}{2,5}$/u.test(word);
    if (!capitals && (endsWithAbbreviation(`${word}.`, rules.abbreviations) || /^\p{Lu}$/u.test(word))) continue;
    const acronym = capitals && /^\p{Lu}\p{Ll}/u.test(next);
    const cut = start + m.index + word.length + 1;
    if (acronym || common.has(next.toLowerCase()) || (stray >= 0 && stray < cut)) cuts.push(cut);
  }
  return cutOutsideQuotes([start, end], cuts, quotes);
}

/**
 * A sentence that opens with a number ('… for vold. 29-årige Palin blev …', '… i 1953. 30-årige Saipov …'): the
 * segmenter keeps a period before a digit, as Danish writes ordinals with one ('5. maj', 'kl. 14'). A period after a
 * year (no ordinal has four digits) or after a word of three letters or more that is not an abbreviation ends the
 * sentence all the same.
 */
function splitBeforeNumbers(text: string, [start, end]: Range, rules: TextRules): Range[] {
  const cuts: number[] = [];
  for (const m of text.slice(start, end).matchAll(/(?<=\s|^)((?:1[5-9]|20)\d\d|\p{L}*\p{Ll}{3,})\.(?=\s+\d)/gu)) {
    if (/^\d/.test(m[1]) || !endsWithAbbreviation(`${m[1]}.`, rules.abbreviations)) cuts.push(start + m.index + m[0].length);
  }
  return cutOutsideQuotes([start, end], cuts, findQuotes(text, [{ start, end }]));
}

/**
 * A range cut at the given offsets (in order), except inside a quotation: there the speech tag decides ('"We are
 * ready. We will help," said the envoy.' stays whole).
 */
function cutOutsideQuotes([start, end]: Range, cuts: number[], quotes: Quote[]): Range[] {
  const out: Range[] = [];
  let from = start;
  for (const cut of cuts) {
    if (quotes.some((q) => q.innerStart < cut && cut < q.innerEnd)) continue;
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, end]);
  return out;
}

/** Offset of the first straight mark in [start, end) that neither opens nor closes a quotation; -1 if none. */
function strayMark(text: string, start: number, end: number, quotes: Quote[]): number {
  for (let i = start; i < end; i++) {
    if (text[i] !== '"' && text[i] !== '”') continue;
    if (!quotes.some((q) => q.open === i || q.close === i)) return i;
  }
  return -1;
}

const commonSets = new WeakMap<TextRules, Set<string>>();

function commonWordSet(rules: TextRules): Set<string> {
  let set = commonSets.get(rules);
  if (!set) {
    set = new Set((rules.commonWords ?? []).map((w) => w.toLowerCase()));
    commonSets.set(rules, set);
  }
  return set;
}

function isLineBreak(text: string, i: number): boolean {
  const c = text[i];
  return c === '\n' || c === '\u2028' || c === '\u2029' || (c === '\r' && text[i + 1] !== '\n');
}

function trimRange(text: string, [start, end]: Range): Range {
  while (start < end && EDGE_SPACE.test(text[start])) start++;
  while (end > start && EDGE_SPACE.test(text[end - 1])) end--;
  return [start, end];
}
