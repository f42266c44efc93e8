// Repairs to a segmenter's sentence pieces, language-blind: the pack's word lists say which dots end nothing
// ('bl.a.', 'Mr.', 'Dec. 7') and which capitalised words open a sentence. Every pass is linear in its input: look
// windows are bounded, quotations are walked with a cursor, no pattern can backtrack across a long word.
import type { TextRules } from './rules';
import { endsWithAbbreviation } from './words';
import { type Quote, findQuotes } from './quotes';

export type Range = [number, number];

const HAS_CONTENT = /[\p{L}\p{N}]/u;
/** How far back from a cut, and forward into the next piece, the join rules look. */
const WINDOW = 48;

/** Cuts every range at its line breaks; joinBrokenPieces decides which cuts stand. */
export function splitLines(text: string, ranges: Range[]): Range[] {
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

/**
 * Joins pieces that belong to one sentence: wrapped lines, cuts inside a quotation (unless the segmenter decided
 * those itself), abbreviations, initials, dotted acronyms before a name, lower-case starts.
 */
export function joinBrokenPieces(
  text: string,
  pieces: Range[],
  rules: TextRules,
  { joinQuotations = true }: { joinQuotations?: boolean } = {},
): Range[] {
  const closed = joinQuotations ? findQuotes(text, pieces.map(([start, end]) => ({ start, end }))) : [];
  const inQuote = quoteCursor(closed.filter((q) => q.close !== undefined));
  const out: Range[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    if (prev && belongsToPrevious(text, prev, piece, rules, inQuote(piece[0]))) prev[1] = piece[1];
    else out.push([piece[0], piece[1]]);
  }
  return out;
}

function belongsToPrevious(text: string, prev: Range, next: Range, rules: TextRules, quoted: boolean): boolean {
  let end = prev[1];
  while (end > prev[0] && /\s/u.test(text[end - 1])) end--;
  const before = text.slice(Math.max(prev[0], end - WINDOW), end);
  const after = text.slice(next[0], Math.min(next[1], next[0] + WINDOW)).trimStart();
  if (/^\p{Ll}/u.test(after)) return true;
  if (/[\n\r\u2028\u2029]/.test(text.slice(end, next[0]))) {
    // A line break: a line that ends mid-sentence runs on; any other line (a headline, a caption) stands alone.
    return /[:,;]$/.test(before);
  }
  // Inside a quotation the speech tag decides: '"We are ready. We will help," said the envoy.' is one sentence.
  if (quoted) return true;
  if (endsWithAbbreviation(before, rules.abbreviations)) return true;
  if (/^\d/.test(after) && endsWithAbbreviation(before, rules.numberAbbreviations)) return true;
  // A lone capital before the cut is an initial: "Donald J. Trump", "J. R. R. Tolkien".
  if (/(?:^|[\s(])\p{Lu}\.$/u.test(before) && /^\p{Lu}(?:\p{Ll}|\.\s)/u.test(after)) return true;
  // A dotted acronym goes on into a name ('the U.S. Army'), not into a word that opens sentences ('the U.S. The').
  const word = /^[\p{L}\p{N}][\p{L}\p{N}'’-]*/u.exec(after)?.[0];
  return !!word && /(?:^|[^\p{L}\p{N}.])(?:\p{L}\.){2,}$/u.test(before) && !commonWordSet(rules).has(word.toLowerCase());
}

/**
 * A segmenter keeps some sentence ends together: 'steg 2 pct. Det viser …', 'talks with the U.S. The North …',
 * '… til DR. Det oplyser …', '… death. "diligence and pursuit of justice," Wade said.' (Unicode's rules read a
 * quotation mark before a lower-case word as closing). A dot before a capitalised common word ('Det', 'The'), before
 * a quotation that opens there with a lower-case word, or, after an acronym in capitals, before any capitalised word
 * ends a sentence, unless the word before it never ends one ('Mr.').
 */
export function splitMissedEnds(text: string, [start, end]: Range, rules: TextRules): Range[] {
  const common = commonWordSet(rules);
  const quotes = findQuotes(text, [{ start, end }]);
  const opening = new Set(quotes.map((q) => q.open));
  // A closing mark whose quotation opened in an earlier line may have held the segmenter's cuts back after it.
  const stray = strayMark(text, start, end, quotes);
  const cuts: number[] = [];
  // What follows the dot is only looked at, so that it can be the word before the next dot ('a. b. C').
  for (const m of text.slice(start, end).matchAll(/(?<=^|\s)(\S+)\.\s+(?=(["“„»]?)(\p{L}+))/gu)) {
    const [, word, mark, next] = m;
    // 'DR' in capitals is the broadcaster, not 'dr.' (doctor).
    const capitals = /^\p{Lu}{2,5}$/u.test(word);
    const tail = word.slice(-WINDOW);
    if (!capitals && (endsWithAbbreviation(`${tail}.`, rules.abbreviations) || /^\p{Lu}$/u.test(word))) continue;
    const cut = start + m.index + word.length + 1;
    // A dotted acronym may go on into a quotation ('the U.S. "would act"').
    const dotted = /\p{L}\.\p{L}$/u.test(word);
    const quotation = mark !== '' && !dotted && opening.has(start + m.index + m[0].length);
    if (!/^\p{Lu}/u.test(next)) {
      if (quotation) cuts.push(cut);
      continue;
    }
    const acronym = capitals && /^\p{Lu}\p{Ll}/u.test(next);
    if (acronym || common.has(next.toLowerCase()) || (stray >= 0 && stray < cut)) cuts.push(cut);
  }
  return cutOutsideQuotes([start, end], cuts, quotes);
}

/**
 * A sentence that opens with a number ('… for vold. 29-årige Palin blev …', '… i 1953. 30-årige Saipov …'): a
 * segmenter keeps a period before a digit, as Danish writes ordinals with one ('5. maj', 'kl. 14'). A period after
 * a year (no ordinal has four digits) or after a word that ends in three lower-case letters and is no
 * abbreviation ('Sept. 7') ends the sentence all the same.
 */
export function splitBeforeNumbers(text: string, [start, end]: Range, rules: TextRules): Range[] {
  const cuts: number[] = [];
  // The word is taken whole (a lookahead cannot give back letters), so a long word costs no backtracking.
  const pattern = /(?<=\s|^)(?=((?:1[5-9]|20)\d\d|\p{L}+))\1\.(?=\s+\d)/gu;
  for (const m of text.slice(start, end).matchAll(pattern)) {
    const word = m[1];
    const dotted = `${word.slice(-WINDOW)}.`;
    const abbreviation =
      endsWithAbbreviation(dotted, rules.abbreviations) || endsWithAbbreviation(dotted, rules.numberAbbreviations);
    if (/^\d/.test(word) || (/\p{Ll}{3}$/u.test(word) && !abbreviation)) cuts.push(start + m.index + m[0].length);
  }
  return cutOutsideQuotes([start, end], cuts, findQuotes(text, [{ start, end }]));
}

/**
 * A range cut at the given offsets (in order), except inside a quotation: there the speech tag decides ('"We are
 * ready. We will help," said the envoy.' stays whole).
 */
function cutOutsideQuotes([start, end]: Range, cuts: number[], quotes: Quote[]): Range[] {
  const inQuote = quoteCursor(quotes);
  const out: Range[] = [];
  let from = start;
  for (const cut of cuts) {
    if (inQuote(cut)) continue;
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, end]);
  return out;
}

/**
 * Whether an offset lies inside one of the quotations (in text order, not overlapping); asked with offsets that
 * never decrease, so the walk over the quotations is done once.
 */
function quoteCursor(quotes: Quote[]): (at: number) => boolean {
  let k = 0;
  return (at) => {
    while (k < quotes.length && quotes[k].innerEnd <= at) k++;
    return k < quotes.length && quotes[k].innerStart < at;
  };
}

/** Offset of the first straight mark in [start, end) that neither opens nor closes a quotation; -1 if none. */
function strayMark(text: string, start: number, end: number, quotes: Quote[]): number {
  const marks = new Set<number>();
  for (const q of quotes) {
    marks.add(q.open);
    if (q.close !== undefined) marks.add(q.close);
  }
  for (let i = start; i < end; i++) {
    if ((text[i] === '"' || text[i] === '”') && !marks.has(i)) return i;
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
