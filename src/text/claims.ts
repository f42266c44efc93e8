// Claims: one per sentence, one per quoted sentence inside a longer quotation, each with its attribution.
// Furniture goes; `Det siger X.` credits the claim before it; a first open line is the headline.
import type { Attribution, Span } from '../types';
import type { TextRules } from './rules';
import { type Sentence, type SplitterName, splitSentences } from './sentences';
import { findAttribution, findBackReference } from './attribution';
import {
  endsClosed,
  isCaption,
  isFurniture,
  isListHeader,
  leadingCreditLength,
  trailingCreditLength,
} from './furniture';
import { type Quote, findQuotes, isQuoteMark } from './quotes';
import { type Clause, splitClauses } from './clauses';
import { opensWithJoinedVerb } from './coordination';
import { tokenize, isIn } from './words';

export interface ClaimDraft {
  text: string;
  start: number;
  end: number;
  sentence: number;
  attribution?: Attribution;
  headline?: boolean;
}

/** A sentence kept as (part of) a claim, with credits trimmed off its edges. */
interface Kept {
  index: number;
  start: number;
  end: number;
}

/** Words a quotation tag may run to before its verb counts as too far: `," siger Lavrov …`. */
const TAG_TOKENS = 14;

export function extractClaims(
  text: string,
  sentences: Sentence[],
  rules: TextRules,
  splitter: SplitterName = 'portable',
): ClaimDraft[] {
  if (typeof text !== 'string' || !Array.isArray(sentences) || sentences.length === 0) return [];
  const kept = keepClaimSentences(text, sentences, rules);
  const quotes = findQuotes(text, kept);
  const hidden = quotes.map((q): [number, number] => [q.innerStart, q.innerEnd]);
  const quoteCredit = new Map<Quote, Attribution | undefined>();
  const quoteCuts = new Map<Quote, [number, number][]>();
  const out: ClaimDraft[] = [];
  let previous: ClaimDraft[] = [];
  for (const s of kept) {
    const back = previous.length ? findBackReference(text, { start: s.start, end: s.end, hidden }, rules) : undefined;
    if (back) {
      for (const claim of previous) addAttribution(claim, back.attribution);
      if (back.onlyAttribution) continue;
    }
    const drafts: ClaimDraft[] = [];
    const headline = s === kept[0] && isHeadline(text, s);
    for (const [start, end] of pieces(text, s, quotes, quoteCuts, rules, splitter)) {
      const quote = quotes.find((q) => q.innerStart < end && q.innerEnd > start && quoteCovers(q, start, end));
      let quoted: Attribution | undefined;
      if (quote) {
        if (!quoteCredit.has(quote)) quoteCredit.set(quote, quoteAttribution(text, quote, kept, hidden, rules));
        quoted = quoteCredit.get(quote);
      }
      // A cut never falls inside a short quotation the piece merely contains.
      const open = (at: number) => !quotes.some((q) => q !== quote && q.innerStart < at && at < q.innerEnd);
      const whole = [{ start, end, cueStart: start, continues: false }];
      const clauses = (headline ? whole : splitClauses(text, start, end, rules, open)).map((c) => {
        const [from, to] = trimPiece(text, c.start, c.end, quotes);
        return { ...c, start: from, end: to };
      });
      const credits = creditClauses(text, clauses, quoted, hidden, rules);
      clauses.forEach((c, i) => {
        const draft: ClaimDraft = { text: text.slice(c.start, c.end), start: c.start, end: c.end, sentence: s.index };
        if (credits[i]) draft.attribution = copy(credits[i]!);
        drafts.push(draft);
      });
    }
    out.push(...drafts);
    previous = drafts;
  }
  markHeadline(text, out, kept);
  resolveAnaphors(out, rules);
  return out;
}

/** Sentences that can hold claims, with datelines and trailing wire credits trimmed off. */
function keepClaimSentences(text: string, sentences: Sentence[], rules: TextRules): Kept[] {
  const valid = sentences.filter((s) => typeof s?.start === 'number' && typeof s.end === 'number' && s.end > s.start);
  const captions = captionSentences(text, valid, rules);
  const kept: Kept[] = [];
  let inList = false;
  for (const s of valid) {
    const line = text.slice(s.start, s.end);
    if (isListHeader(line, rules)) inList = true;
    else if (inList && endsClosed(line)) inList = false;
    if (inList || captions.has(s) || isFurniture(line, rules)) continue;
    const start = s.start + leadingCreditLength(line);
    const end = s.end - trailingCreditLength(line);
    if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) kept.push({ index: s.index, start, end });
  }
  return kept;
}

/** Sentences of caption lines: a short line with a caption cue anywhere ('Bilister i kø. Foto: …'). */
function captionSentences(text: string, sentences: Sentence[], rules: TextRules): Set<Sentence> {
  const lines: Sentence[][] = [];
  sentences.forEach((s, i) => {
    const prev = sentences[i - 1];
    if (!prev || /[\n\r\u2028\u2029]/.test(text.slice(prev.end, s.start))) lines.push([s]);
    else lines[lines.length - 1].push(s);
  });
  const out = new Set<Sentence>();
  for (const line of lines) {
    if (line.length <= 3 && line.some((s) => isCaption(text.slice(s.start, s.end), rules))) {
      for (const s of line) out.add(s);
    }
  }
  return out;
}

/** A quotation the piece lies in (not one it merely contains a short stretch of). */
function quoteCovers(q: Quote, start: number, end: number): boolean {
  return q.innerStart <= start + 1 || q.innerEnd >= end - 2 || q.innerEnd - q.innerStart >= (end - start) / 2;
}

/** The sentence cut at the sentence ends inside any quotation of two or more sentences. */
function pieces(
  text: string,
  s: Kept,
  quotes: Quote[],
  quoteCuts: Map<Quote, [number, number][]>,
  rules: TextRules,
  splitter: SplitterName,
): [number, number][] {
  const cuts: [number, number][] = [];
  for (const q of quotes) {
    if (q.innerEnd <= s.start || q.innerStart >= s.end) continue;
    if (!quoteCuts.has(q)) quoteCuts.set(q, sentenceEndsInside(text, q, rules, splitter));
    for (const [cutEnd, cutStart] of quoteCuts.get(q)!) {
      if (cutEnd > s.start && cutStart < s.end) cuts.push([cutEnd, cutStart]);
    }
  }
  cuts.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  let from = s.start;
  for (const [cutEnd, cutStart] of cuts) {
    out.push([from, cutEnd]);
    from = cutStart;
  }
  out.push([from, s.end]);
  return out.map(([a, b]) => trimPiece(text, a, b, quotes)).filter(([a, b]) => b > a);
}

/** Where the quoted sentences of a quotation end ([end of one, start of the next]). */
function sentenceEndsInside(text: string, q: Quote, rules: TextRules, splitter: SplitterName): [number, number][] {
  const inner = splitSentences(text.slice(q.innerStart, q.innerEnd), rules, splitter);
  return inner.slice(1).map((next, i) => [q.innerStart + inner[i].end, q.innerStart + next.start]);
}

/** Trims spaces, and a quotation mark whose partner lies outside the piece. */
function trimPiece(text: string, start: number, end: number, quotes: Quote[]): [number, number] {
  const space = /\s/u;
  while (start < end && space.test(text[start])) start++;
  while (end > start && space.test(text[end - 1])) end--;
  if (isQuoteMark(text[start]) && quotes.some((q) => q.open === start && (q.close ?? Infinity) >= end)) start++;
  // A stray closing mark left at the start by the sentence split: '…forhold." Han sagde'.
  else if (isQuoteMark(text[start]) && space.test(text[start + 1] ?? '') && !quotes.some((q) => q.open === start)) start++;
  if (isQuoteMark(text[end - 1]) && quotes.some((q) => q.close === end - 1 && q.open < start)) end--;
  // …or at the end, after the sentence's own punctuation: 'Nu har vi et godt forhold." Han sagde'.
  else if (isQuoteMark(text[end - 1]) && /[.!?…]/.test(text[end - 2] ?? '') && !quotes.some((q) => q.close === end - 1)) end--;
  while (start < end && space.test(text[start])) start++;
  return [start, end];
}

/** Who a quotation is credited to: the tag after it, a lead-in before it, or a previous line ending in ':'. */
function quoteAttribution(
  text: string,
  q: Quote,
  kept: Kept[],
  hidden: [number, number][],
  rules: TextRules,
): Attribution | undefined {
  const holding = (at: number) => kept.find((s) => s.start <= at && at < s.end);
  if (q.close !== undefined) {
    const s = holding(q.close);
    if (s) {
      const tokens = tokenize(text, q.close + 1, s.end);
      const end = tokens.length > TAG_TOKENS ? tokens[TAG_TOKENS - 1].end : s.end;
      const tag = findAttribution(text, { start: q.close + 1, end, hidden, afterQuote: true }, rules);
      if (tag) return tag;
    }
  }
  const s = holding(q.open);
  if (!s) return undefined;
  const leadIn = text.slice(s.start, q.open).trimEnd();
  if (/[:,]$/.test(leadIn)) return findAttribution(text, { start: s.start, end: q.open, hidden }, rules);
  const before = kept[kept.indexOf(s) - 1];
  if (leadIn === '' && before && text.slice(before.start, before.end).trimEnd().endsWith(':')) {
    return findAttribution(text, { start: before.start, end: before.end, hidden }, rules);
  }
  return undefined;
}

/** Adds a back-reference's credit: the speaker when none is known, every outlet as via. */
function addAttribution(claim: ClaimDraft, add: Attribution): void {
  claim.attribution = withCredit(claim.attribution ?? {}, add);
}

function withCredit(att: Attribution, add: Attribution): Attribution {
  if (add.speaker && !att.speaker) att.speaker = { ...add.speaker };
  for (const v of add.via ?? []) {
    att.via ??= [];
    if (!att.via.some((w) => w.start === v.start)) att.via.push({ ...v });
  }
  att.via?.sort((a, b) => a.start - b.start);
  return att;
}

function copy(att: Attribution): Attribution {
  const out: Attribution = {};
  if (att.speaker) out.speaker = { ...att.speaker };
  if (att.via) out.via = att.via.map((v) => ({ ...v }));
  return out;
}

/** The first line is a headline when it lacks closing punctuation and a line break follows it. */
function markHeadline(text: string, claims: ClaimDraft[], kept: Kept[]): void {
  const first = kept[0];
  const claim = claims[0];
  if (!first || !claim || claim.start !== first.start || claim.end !== first.end) return;
  if (isHeadline(text, first)) claim.headline = true;
}

function isHeadline(text: string, first: Kept): boolean {
  const line = text.slice(first.start, first.end);
  // A line ending in a colon leads into what follows ('Peskov told reporters:'), it heads nothing.
  if (text.slice(0, first.start).trim() !== '' || endsClosed(line) || /:\s*$/.test(line)) return false;
  const after = text.slice(first.end);
  return /^[^\S\n\r]*[\n\r]/.test(after) && /\S/.test(after);
}

/**
 * The attribution of each clause of a piece: the quotation's when the piece is quoted; else its own, the
 * speaker it goes on with ('…, adding that …', 'X said A, and B'), or a tag closing the sentence ('A, and B,
 * police said').
 */
function creditClauses(
  text: string,
  clauses: Clause[],
  quoted: Attribution | undefined,
  hidden: [number, number][],
  rules: TextRules,
): (Attribution | undefined)[] {
  if (quoted) return clauses.map(() => quoted);
  // '…, men fortalte, at B': the verb's subject stands in the clause before.
  const from = (c: Clause, i: number) =>
    i > 0 && opensWithJoinedVerb(text, c.cueStart, c.end, rules) ? clauses[i - 1].start : c.cueStart;
  const own = clauses.map((c, i) => findAttribution(text, { start: from(c, i), end: c.end, hidden }, rules));
  const out: (Attribution | undefined)[] = [];
  clauses.forEach((c, i) => {
    const mine = own[i];
    const before = out[i - 1];
    // 'X said A, and B': without a speaker of its own, B is still X's report (Danish spells it 'og at B').
    const named = mine?.speaker && !isAnaphor(mine.speaker, rules);
    if (before && (c.continues ? !named : !mine)) out.push(merged(before, mine));
    else out.push(mine);
  });
  const last = clauses.length - 1;
  if (last > 0 && out[last] && closesClause(out[last]!, clauses[last])) {
    for (let i = 0; i < last; i++) out[i] ??= out[last];
  }
  return out;
}

/** The attribution a continuing clause takes over, with any outlet of its own added. */
function merged(before: Attribution, mine: Attribution | undefined): Attribution {
  return withCredit(copy(before), { via: mine?.via });
}

/** Whether every span of an attribution lies in the second half of its clause: a closing tag. */
function closesClause(att: Attribution, clause: Clause): boolean {
  const middle = (clause.start + clause.end) / 2;
  return [att.speaker, ...(att.via ?? [])].every((span) => !span || span.start >= middle);
}

function isAnaphor(span: Span, rules: TextRules): boolean {
  const tokens = tokenize(span.text);
  return tokens.length === 1 && isIn(tokens[0], rules.anaphors);
}

/** 'he said' credits the last speaker named before it; with none, the pronoun tells nothing. */
function resolveAnaphors(claims: ClaimDraft[], rules: TextRules): void {
  let last: Span | undefined;
  for (const claim of claims) {
    const speaker = claim.attribution?.speaker;
    if (!speaker) continue;
    if (isAnaphor(speaker, rules)) {
      if (last) claim.attribution!.speaker = { ...last };
      else delete claim.attribution!.speaker;
      if (!claim.attribution!.speaker && !claim.attribution!.via?.length) delete claim.attribution;
    } else last = speaker;
  }
}
