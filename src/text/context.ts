// What the phrase readers share: the tokens of a stretch of text with the pack, and word tests on them.
import type { Span } from '../types';
import type { TextRules } from './rules';
import { type Token, matchAt, isIn, isCapitalized, isTitle } from './words';

/** Tokens of one stretch of article text, with the pack and a record of tokens already explained. */
export interface Context {
  text: string;
  tokens: Token[];
  rules: TextRules;
  used: boolean[];
}

/** Token indices [from, to). */
export interface Phrase {
  from: number;
  to: number;
}

export function isReportingVerb(ctx: Context, i: number): { length: number; weak: boolean } {
  const strong = matchAt(ctx.tokens, i, ctx.rules.reportingVerbs);
  if (strong) return { length: strong, weak: false };
  return { length: matchAt(ctx.tokens, i, ctx.rules.weakReportingVerbs), weak: true };
}

/** Whether token i is, or lies inside, a word that ends a phrase. */
export function isStop(ctx: Context, i: number): boolean {
  if (isHardStop(ctx, i)) return true;
  return covered(ctx, i, [ctx.rules.phraseStops]) && !isInsideName(ctx, i);
}

/** A capitalised stop word next to a capitalised name is part of it: 'Will Wade', 'Theresa May'. */
function isInsideName(ctx: Context, i: number): boolean {
  const { tokens, rules } = ctx;
  if (!isCapitalized(tokens[i]) || i === 0 || !tokens[i - 1].word) return false;
  const nameWord = (t: Token | undefined) =>
    isCapitalized(t) && !isIn(t, rules.phraseStops) && !isIn(t, rules.notNames) && !isTitle(t, rules.titleWords);
  return nameWord(tokens[i - 1]) || nameWord(tokens[i + 1]);
}

/** A cue word or a verb, which no phrase reaches across (unlike a preposition or an adverb). */
export function isHardStop(ctx: Context, i: number): boolean {
  const { rules } = ctx;
  const lists = [rules.complementizers, rules.conjunctions, rules.accordingTo, rules.viaCues];
  return covered(ctx, i, lists) || isReportingVerb(ctx, i).length > 0;
}

function covered(ctx: Context, i: number, lists: readonly string[][]): boolean {
  for (let back = 0; back < 3 && i - back >= 0; back++) {
    if (lists.some((list) => matchAt(ctx.tokens, i - back, list) > back)) return true;
  }
  return false;
}

/** A dot that belongs to the word before it: an initial ('J.') or a dotted abbreviation ('U.N.'). */
export function isWordDot(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return tokens[i]?.text === '.' && !!prev?.word && (/^\p{Lu}$/u.test(prev.text) || prev.text.includes('.'));
}

/** The dot of a listed abbreviation before a name: 'Hr. Adams', 'Dr. Berg'. */
export function isAbbreviationDot(ctx: Context, i: number): boolean {
  const prev = ctx.tokens[i - 1];
  return ctx.tokens[i]?.text === '.' && !!prev?.word && ctx.rules.abbreviations.includes(`${prev.lower}.`);
}

export function continuesName(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (isCapitalized(t) && !isStop(ctx, i)) return true;
  if (isWordDot(ctx.tokens, i)) return true;
  return isIn(t, ctx.rules.nameParticles) && isCapitalized(ctx.tokens[i - 1]) && isCapitalized(ctx.tokens[i + 1]);
}

export function hasName(ctx: Context, p: Phrase): boolean {
  for (let k = p.from; k < p.to; k++) {
    const t = ctx.tokens[k];
    if (isCapitalized(t) && !isIn(t, ctx.rules.notNames) && !isTitle(t, ctx.rules.titleWords)) return true;
  }
  return false;
}

export function hasTitle(ctx: Context, p: Phrase): boolean {
  for (let k = p.from; k < p.to; k++) if (isTitle(ctx.tokens[k], ctx.rules.titleWords)) return true;
  return false;
}

export function spanOf(ctx: Context, from: number, to: number): Span {
  const start = ctx.tokens[from].start;
  const end = ctx.tokens[to - 1].end;
  return { text: ctx.text.slice(start, end), start, end };
}

export function markUsed(ctx: Context, from: number, to: number): void {
  for (let k = from; k < to; k++) ctx.used[k] = true;
}
