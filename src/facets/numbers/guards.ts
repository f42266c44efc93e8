// Context checks of the numbers stage: when a number word is something else (an adverb, a noun for a part, a
// vague amount), and when a number is a rank. The words come from the language pack.
import type { NumberRules, OrdinalGuard } from './rules';
import type { Token } from '../../keys/token';
import type { NumberKind } from '../../types';
import { readNumberWord } from './words';
import { escapeRegExp } from '../../keys/spans';

/** A number as a reader found it, offsets into the claim's text. */
export interface Found {
  start: number;
  end: number;
  value: number;
  kind: NumberKind;
  unit?: string;
}

/** A token of the number reader: digits with their separators are one token ('3.850,5'), words another. */
export interface Tok extends Token {
  /** Digits (with separators); `word` is true for letters only. */
  digits: boolean;
}

/** A token cut from a hyphenated compound. */
export function piece(text: string, start: number, end: number, word: boolean): Tok {
  return { text, lower: text.toLowerCase(), start, end, digits: false, word };
}

function lower(tok: Tok | undefined): string | undefined {
  return tok?.word ? tok.lower : undefined;
}

/** Whether the ambiguous ordinal word at token i counts as an ordinal (see OrdinalGuard). */
export function ordinalCounts(tokens: Tok[], i: number, rules: NumberRules): boolean {
  const word = tokens[i].text.toLowerCase();
  const guard: OrdinalGuard | undefined = rules.guardedOrdinals?.find((g) => g.words.includes(word));
  if (!guard) return true;
  if (tokens[i - 1]?.digits) return false; // '30 second spot'
  const previous = lower(tokens[i - 1]);
  // A possessive is a determiner: "Scotland's first", "Gerrard's second defeat".
  if (previous && (guard.onlyAfter.includes(previous) || /\p{L}['’]s$/u.test(previous))) return true;
  if (previous && guard.notAfter?.includes(previous)) return false;
  const next = tokens[i + 1];
  const noun = Boolean(next?.word && /^\p{Ll}/u.test(next.text) && !rules.notUnits.includes(next.text.toLowerCase()));
  return noun ? Boolean(guard.beforeNoun) : Boolean(guard.alone);
}

/** Where number words are lower case inside a sentence: a capitalised one there belongs to a name. */
export function isInName(tokens: Tok[], i: number, rules: NumberRules): boolean {
  if (!rules.lowerCaseNumberWords || !/^\p{Lu}/u.test(tokens[i].text)) return false;
  const previous = tokens[i - 1];
  return previous !== undefined && !/^[.!?:"“«»'‘’(–—-]$/u.test(previous.text);
}

/** 'flere hundrede', 'several thousand': a multiplier word right after a vague word gives no count. */
export function isVagueAmount(tokens: Tok[], i: number, rules: NumberRules): boolean {
  const previous = lower(tokens[i - 1]);
  if (!previous || !rules.vagueBefore?.includes(previous)) return false;
  const first = readNumberWord(tokens[i].text.toLowerCase(), rules)?.[0];
  return first?.kind === 'cardinal' && first.value >= 100;
}

/** 'the second half', 'top half', 'Liverpool half', 'første halvdel': the fraction word names a part. */
export function isPartNoun(tokens: Tok[], i: number, rules: NumberRules): boolean {
  const previous = tokens[i - 1];
  if (!previous?.word) return false;
  const word = previous.text.toLowerCase();
  if (rules.fractionNotAfter?.includes(word) || Object.hasOwn(rules.ordinals, word)) return true;
  // A name right before it ('the Liverpool half'); the first word of a sentence is capitalised anyway.
  const earlier = tokens[i - 2];
  return /^\p{Lu}/u.test(previous.text) && earlier !== undefined && !/^[.!?:"“«]$/u.test(earlier.text);
}

const rankCache = new WeakMap<NumberRules, RegExp | null>();

/** Whether a rank word ends right before `at` ('nr. 1', 'No.1', 'nummer syv'). */
export function rankBefore(text: string, at: number, rules: NumberRules): boolean {
  let pattern = rankCache.get(rules);
  if (pattern === undefined) {
    const words = (rules.rankWords ?? []).map((w) => escapeRegExp(w));
    pattern = words.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})[ \\t\\u00a0]*$`, 'iu') : null;
    rankCache.set(rules, pattern);
  }
  return pattern !== null && pattern.test(text.slice(Math.max(0, at - 12), at));
}

/** The most words a number written with hyphens has: 'one-hundred-and-twenty-five'. */
const MAX_NUMBER_WORDS = 6;

/**
 * Splits a hyphenated word that starts with a count and ends in a noun ('six-game', 'two-foot') into the number,
 * the hyphen and the rest, so that the rest reads as the counted noun. Ordinal adjectives ('first-time',
 * 'fifth-floor') stay whole and unread, as their Danish closed compounds ('førstegangs-') are.
 */
export function splitNumberCompounds(tokens: Tok[], rules: NumberRules): Tok[] {
  const out: Tok[] = [];
  for (const tok of tokens) {
    const parts = tok.word ? tok.text.split(/([-‐])/) : [];
    const head = parts[parts.length - 1]?.toLowerCase();
    if (parts.length < 3 || readNumberWord(tok.text.toLowerCase(), rules) || rules.multiplierHeads?.includes(head)) {
      out.push(tok);
      continue;
    }
    let split = false;
    // parts alternate word, hyphen, word, …: try the longest run of leading words that reads as a number, of at
    // most MAX_NUMBER_WORDS words ('one-hundred-and-twenty-five'), so a long chain ('a-a-a-…') costs linear time.
    for (let k = Math.min(parts.length - 2, 2 * MAX_NUMBER_WORDS - 1); k >= 1 && !split; k -= 2) {
      const head = parts.slice(0, k).join('');
      const pieces = readNumberWord(head.toLowerCase(), rules);
      if (!pieces?.some((p) => p.kind === 'cardinal') || pieces.some((p) => p.kind === 'ordinal')) continue;
      const hyphenAt = tok.start + head.length;
      out.push(
        piece(head, tok.start, hyphenAt, true),
        piece(parts[k], hyphenAt, hyphenAt + 1, false),
        piece(tok.text.slice(head.length + 1), hyphenAt + 1, tok.end, true),
      );
      split = true;
    }
    if (!split) out.push(tok);
  }
  return out;
}

/**
 * 'one' alone. Danish writes the numeral and the article alike ('en mand' is 'a man' or 'one man') and a
 * translator picks either, so neither language reads 'one man' / 'en mand' as a number. Both read 1 where the
 * text marks a count: after a count cue ('at least one', 'mindst en'), stressed ('én', 'ét' are plain
 * cardinals), before a multiplier or a fraction ('one million', 'en million'), or before a unit of measure
 * ('one mile', 'a mile', 'en kilometer').
 */
export function guardedOne(text: string, tokens: Tok[], i: number, rules: NumberRules): Found | null {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (next?.digits) return null;
  if (previous?.word && rules.guardedNotAfter.includes(previous.text.toLowerCase())) return null;
  // 'World War One', 'Formula One': capitalised after a capitalised word, it ends a name.
  if (/^\p{Lu}/u.test(tokens[i].text) && previous?.word && /^\p{Lu}/u.test(previous.text)) return null;
  return countCueBefore(text, tokens[i].start, rules) || measureNext(tokens, i, rules) ? one(tokens[i]) : null;
}

/** An article alone: 1 before a unit of measure, and after a count cue where it is also the numeral. */
export function articleOne(text: string, tokens: Tok[], i: number, rules: NumberRules): Found | null {
  if (measureNext(tokens, i, rules)) return one(tokens[i]);
  return rules.articleIsOne && countCueBefore(text, tokens[i].start, rules) ? one(tokens[i]) : null;
}

function one(tok: Tok): Found {
  return { start: tok.start, end: tok.end, value: 1, kind: 'cardinal' };
}

/** 'a mile', 'en kilometer': the next word is one of the pack's units after 'one'. */
function measureNext(tokens: Tok[], i: number, rules: NumberRules): boolean {
  const next = tokens[i + 1];
  return Boolean(next?.word && rules.unitsAfterOne?.includes(next.text.toLowerCase()));
}

const cueCache = new WeakMap<NumberRules, RegExp | null>();

function countCueBefore(text: string, at: number, rules: NumberRules): boolean {
  let pattern = cueCache.get(rules);
  if (pattern === undefined) {
    const cues = (rules.countCues ?? []).map((c) => escapeRegExp(c).replace(/ /g, '\\s+'));
    pattern = cues.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${cues.join('|')})\\s+$`, 'iu') : null;
    cueCache.set(rules, pattern);
  }
  return pattern !== null && pattern.test(text.slice(Math.max(0, at - 30), at));
}
