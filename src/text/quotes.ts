// Quotations: where each opens and closes, across sentences but never across a line break.

export interface Quote {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark; absent when the line ends first. */
  close?: number;
  /** The quoted text: [open + 1, close) or to the end of the line. */
  innerStart: number;
  innerEnd: number;
}

// Opening mark → the mark that closes it. '»' opens Danish »…« and closes French «…».
const CLOSER: Record<string, string> = {
  '"': '"',
  '“': '”',
  '„': '“',
  '«': '»',
  '»': '«',
  '”': '”',
};
const SYMMETRIC = new Set(['"', '”']);

/** The quotations in the given stretches (sentences, in text order). */
export function findQuotes(text: string, ranges: { start: number; end: number }[]): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  let closer = '';
  let lastEnd = 0;
  const finish = (close: number | undefined, innerEnd: number) => {
    quotes.push({ open, close, innerStart: open + 1, innerEnd });
    open = -1;
  };
  for (const { start, end } of ranges) {
    if (open >= 0 && /[\n\r\u2028\u2029]/.test(text.slice(lastEnd, start))) finish(undefined, lastEnd);
    for (let i = start; i < end; i++) {
      const c = text[i];
      if (open >= 0) {
        if (c === closer) finish(i, i);
      } else if (c in CLOSER && !(SYMMETRIC.has(c) && closesOnly(text, i))) {
        open = i;
        closer = CLOSER[c];
      }
    }
    lastEnd = end;
  }
  if (open >= 0) finish(undefined, lastEnd);
  return quotes.filter((q) => q.innerEnd > q.innerStart);
}

/**
 * A straight mark that cannot open: right after a letter or digit (an inch sign, a typo), or after closing
 * punctuation and before a space (`job," said X`: the quotation opened in an earlier line).
 */
function closesOnly(text: string, i: number): boolean {
  const before = text[i - 1] ?? '';
  if (/[\p{L}\p{N}]/u.test(before)) return true;
  return /[.,!?;"”]/.test(before) && /^(\s|$)/u.test(text[i + 1] ?? '');
}

/** Whether the character is a quotation mark of any kind. */
export function isQuoteMark(c: string | undefined): boolean {
  return !!c && c in CLOSER;
}

/**
 * The quotations opened and closed inside a stretch of claims (one claim, or the claims of one sentence a quotation
 * runs across: '"We have been tested, and we are still unbeaten," said X' split in two), as spans of the article.
 * The gaps between the claims read as spaces. A quotation that runs on from outside the stretch has no opening
 * mark here and is left out.
 */
export function quotedSpans(claims: { text: string; start: number; end: number }[]): { text: string; start: number; end: number }[] {
  if (claims.length === 0) return [];
  const sorted = [...claims].sort((a, b) => a.start - b.start);
  const base = sorted[0].start;
  let stretch = '';
  for (const c of sorted) stretch += ' '.repeat(Math.max(0, c.start - base - stretch.length)) + c.text;
  const closed = findQuotes(stretch, [{ start: 0, end: stretch.length }]).filter((q) => q.close !== undefined);
  return closed.map((q) => {
    const raw = stretch.slice(q.innerStart, q.innerEnd);
    const lead = raw.length - raw.trimStart().length;
    // The comma that hands over to the speech tag ('"… nu," siger han') belongs to the sentence, not the words.
    const words = raw.trim().replace(/[,;:]$/, '');
    const start = base + q.innerStart + lead;
    return { text: words.replace(/\s+/g, ' '), start, end: start + words.length };
  });
}
