// Numbers in a claim: digits, number words, percentages, ordinals and fractions, normalised to a value.
import type { NumberFacet, NumberKind, Span } from '../../types';
import type { NumberRules } from './rules';
import { escapeRegExp } from '../../keys/spans';
import { readSpan } from '../span-text';
import { CardinalSum, parseDigits, readNumberWord, tidy, type Piece } from './words';
import {
  articleOne,
  guardedOne,
  isInName,
  isPartNoun,
  isVagueAmount,
  ordinalCounts,
  rankBefore,
  splitNumberCompounds,
  type Found,
  type Tok,
} from './guards';

const TOKEN = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}\p{N}]+(?:[-‐'’][\p{L}\p{M}\p{N}]+)*)|(\S)/gu;
/** Gap allowed between the words of one number: spaces on one line. */
const GAP = /^[ \t\u00a0]+$/;

export function findNumbers(span: Span, rules: NumberRules): NumberFacet[] {
  const { text, offset } = readSpan(span);
  if (!text) return [];
  const read: Tok[] = [...text.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase(),
    start: m.index!,
    end: m.index! + m[0].length,
    digits: m[1] !== undefined,
    word: m[2] !== undefined,
  }));
  const tokens = splitNumberCompounds(read, rules);
  const out: NumberFacet[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (tokens[i].word && isVagueAmount(tokens, i, rules)) {
      // 'flere hundrede tusinde': the whole run of number words is vague.
      i += Math.max(1, new Set(numberRun(text, tokens, i, rules).map((s) => s.token)).size);
      continue;
    }
    const found = tokens[i].digits ? readDigitNumber(text, tokens, i, rules) : readWordNumber(text, tokens, i, rules);
    if (!found) {
      i++;
      continue;
    }
    // 'nr. 1', 'nummer syv', 'No. 1' are ranks, as 'first' and 'seventh' are.
    if (found.kind === 'cardinal' && rankBefore(text, found.start, rules)) found.kind = 'ordinal';
    // 'minus 12 grader': the sign word joins the span, so that a frost and a thaw differ.
    const sign = found.kind === 'ordinal' ? null : negativeBefore(text, found.start, rules);
    if (sign !== null) {
      found.start = sign;
      found.value = -found.value;
    }
    const withSuffix = addPercentOrUnit(text, found, rules);
    out.push({
      text: text.slice(withSuffix.start, withSuffix.end),
      start: offset + withSuffix.start,
      end: offset + withSuffix.end,
      value: tidy(withSuffix.value),
      kind: withSuffix.kind,
      ...(withSuffix.unit ? { unit: withSuffix.unit } : {}),
    });
    while (i < tokens.length && tokens[i].start < withSuffix.end) i++;
  }
  return out.filter((n, k) => k === 0 || !isConversion(text, out[k - 1], n, offset, rules));
}

/** '30 meters (100 feet)', '$15,000 (£11,500)': a measure in brackets right after one of its kind restates it. */
function isConversion(text: string, first: NumberFacet, second: NumberFacet, offset: number, rules: NumberRules) {
  const dimension = (unit?: string) =>
    unit && /^[$€£¥]$/u.test(unit) ? 'money' : unit ? rules.measures[unit.toLowerCase()]?.dimension : undefined;
  const between = text.slice(first.end - offset, second.start - offset).trim();
  const unit = first.unit && !/^[$€£¥]$/u.test(first.unit) ? first.unit : '';
  if (!between.startsWith(unit) || between.slice(unit.length).trim() !== '(') return false;
  const kind = dimension(first.unit);
  return kind !== undefined && kind === dimension(second.unit);
}

function readDigitNumber(text: string, tokens: Tok[], i: number, rules: NumberRules): Found | null {
  const tok = tokens[i];
  const before = text.slice(Math.max(0, tok.start - 2), tok.start);
  // Part of a name or id: G20, F-16, COVID-19, MH17.
  if (/\p{L}$/u.test(before) || /\p{L}[-‐/]$/u.test(before)) return null;
  // A decade: 1930'erne, 1990's, 00'ere ('Radio 4's' is a genitive and stays a number).
  if (/^(?:\d0|\d{3}0)$/.test(tok.text) && /^['’]\p{L}/u.test(text.slice(tok.end, tok.end + 2))) return null;
  let value = parseDigits(tok.text, rules);
  if (value === null) return null;
  let start = tok.start;
  let end = tok.end;
  let kind: NumberKind = Number.isInteger(value) ? 'cardinal' : 'decimal';
  let unit: string | undefined;
  const after = text.slice(end, end + 40);
  // 'hvert 37. minut' is every 37 minutes: a count, and the dot is not part of it.
  const ordinal = isCountingOrdinal(text, start, rules) ? null : rules.digitOrdinal?.exec(after);
  const attached = /^\p{L}+/u.exec(after)?.[0];
  if (ordinal) {
    end += ordinal[0].length;
    kind = 'ordinal';
  } else if (attached) {
    const multiplier = multiplierAt(text, end, rules);
    const money = /[$€£¥]$/u.test(text.slice(0, start)) ? rules.moneySuffixes?.[attached.toLowerCase()] : undefined;
    if (money) {
      value *= money;
      end += attached.length;
    } else if (multiplier) {
      value *= multiplier.value;
      end = multiplier.end;
    } else if (
      (attached === attached.toLowerCase() && (attached.length >= 2 || Object.hasOwn(rules.measures, attached))) ||
      gluedSymbol(after, rules)
    ) {
      unit = attached; // 10km, 5kg, 120m, 3,5GW, 800Mbit/s
    } else return null; // 3D, 4G, 1990s
  }
  // A currency sign after the figure is its unit ('15.000 $'), and joins the span when a multiplier follows it
  // ('9 £ milliarder').
  const sign = kind !== 'ordinal' && !unit ? /^[ \t\u00a0]?([$€£¥])/u.exec(text.slice(end, end + 2)) : null;
  if (sign) {
    unit = sign[1];
    if (multiplierAfterGap(text, end + sign[0].length, rules)) end += sign[0].length;
  }
  if (kind !== 'ordinal' && (!unit || sign)) {
    for (let next = multiplierAfterGap(text, end, rules); next; next = multiplierAfterGap(text, end, rules)) {
      value *= next.value;
      end = next.end;
    }
  }
  if (kind !== 'ordinal') kind = Number.isInteger(tidy(value)) ? 'cardinal' : 'decimal';
  const currency = /[$€£¥]$/u.exec(text.slice(0, start));
  if (currency && kind !== 'ordinal') {
    start -= 1;
    unit = currency[0];
  }
  return { start, end, value, kind, unit };
}

/** Where a negative word of the pack right before `at` starts ('minus 12'), or null. */
function negativeBefore(text: string, at: number, rules: NumberRules): number | null {
  const before = text.slice(Math.max(0, at - 20), at);
  const word = /(?<![\p{L}\p{N}])(\p{L}+)[ \t\u00a0]+$/u.exec(before);
  if (!word || !(rules.negativeWords ?? []).includes(word[1].toLowerCase())) return null;
  return at - before.length + word.index;
}

/**
 * A unit symbol with capitals glued to the figure ('3,5GW', '800Mbit/s'): a unit of measurement the pack knows, of
 * two letters or more, so that '4G' and '3D' stay names.
 */
function gluedSymbol(after: string, rules: NumberRules): boolean {
  const symbol = /^\p{L}{2,}(?:\/\p{L}+)?/u.exec(after)?.[0];
  return symbol !== undefined && Object.hasOwn(rules.measures, symbol.toLowerCase());
}

function isCountingOrdinal(text: string, at: number, rules: NumberRules): boolean {
  const previous = /(\p{L}+)[ \t\u00a0]+$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1];
  return previous !== undefined && (rules.countOrdinalAfter ?? []).includes(previous.toLowerCase());
}

/** A multiplier word ('million', 'mio.', 'bn') starting exactly at `at`. */
function multiplierAt(text: string, at: number, rules: NumberRules): { value: number; end: number } | null {
  const word = /^[\p{L}]+\.?/u.exec(text.slice(at, at + 30))?.[0];
  if (!word) return null;
  for (const candidate of word.endsWith('.') ? [word, word.slice(0, -1)] : [word]) {
    const lower = candidate.toLowerCase();
    if (Object.hasOwn(rules.cardinals, lower) && rules.cardinals[lower] >= 100) {
      return { value: rules.cardinals[lower], end: at + candidate.length };
    }
  }
  return null;
}

function multiplierAfterGap(text: string, at: number, rules: NumberRules): { value: number; end: number } | null {
  const gap = /^[ \t\u00a0]+/.exec(text.slice(at, at + 10))?.[0];
  return gap ? multiplierAt(text, at + gap.length, rules) : null;
}

interface Step {
  piece: Piece;
  token: number;
  lastOfToken: boolean;
}

function readWordNumber(text: string, tokens: Tok[], i: number, rules: NumberRules): Found | null {
  const steps = numberRun(text, tokens, i, rules);
  if (steps.length === 0) return null;
  const first = steps[0].piece;
  if (first.kind === 'joiner' || isInName(tokens, i, rules)) return null;
  if (first.kind === 'cardinal' && steps.length === steps.filter((s) => s.token === i).length) {
    const word = tokens[i].text.toLowerCase();
    if (rules.guarded.includes(word)) return guardedOne(text, tokens, i, rules);
    if (rules.needsCount.includes(word)) return null;
  }
  if (first.kind === 'ordinal' && !ordinalCounts(tokens, i, rules)) return null;
  if (first.kind === 'fraction' && isPartNoun(tokens, i, rules)) return null;
  const sum = new CardinalSum();
  let joined = false;
  let best: { value: number; kind: NumberKind; token: number } | null = null;
  let state: 'count' | 'done' | 'fraction' = 'count';
  let value = 0;
  let kind: NumberKind = 'cardinal';
  for (let s = 0; s < steps.length && state !== 'done'; s++) {
    const { piece, token } = steps[s];
    const next = steps[s + 1]?.piece;
    if (state === 'fraction') {
      // Only a multiplier may follow a fraction: 'en halv million', 'halvanden million'.
      if (piece.kind !== 'cardinal' || piece.value < 1000) break;
      value *= piece.value;
      kind = 'cardinal';
      state = 'done';
    } else if (piece.kind === 'joiner') {
      if (sum.count === 0 || joined) break;
      joined = true;
      continue;
    } else if (piece.kind === 'article') {
      const counts =
        next && (isMultiplier(next) || next.kind === 'denominator' || next.kind === 'fraction' || next.denominator);
      if (sum.count > 0 || !counts) break;
      if (next.kind !== 'fraction') sum.add(1, false); // 'en halv', 'a half': the article only joins the span
      continue;
    } else if (piece.kind === 'cardinal') {
      if (sum.count === 0 && rules.needsCount.includes(tokens[token].text.toLowerCase())) break;
      if (!sum.add(piece.value, joined)) break;
      value = sum.value;
      kind = 'cardinal';
    } else if (piece.kind === 'fraction') {
      if (sum.count > 0) break;
      value = piece.value;
      kind = 'fraction';
      state = 'fraction';
    } else if (piece.kind === 'denominator' || (piece.denominator && sum.count > 0)) {
      if (sum.count === 0) break;
      // 'a third country' is an ordinal use; 'a third of', 'two thirds' are fractions.
      if (piece.kind === 'ordinal' && !fractionFollows(tokens, token, rules)) break;
      value = sum.value / (piece.denominator ?? piece.value);
      kind = 'fraction';
      state = 'fraction';
    } else if (piece.kind === 'ordinal') {
      if (sum.count > 0 && !sum.add(piece.value, joined)) break;
      value = sum.count > 0 ? sum.value : piece.value;
      kind = 'ordinal';
      state = 'done';
    }
    joined = false;
    if (steps[s].lastOfToken) best = { value, kind, token };
  }
  if (!best) return first.kind === 'article' ? articleOne(text, tokens, i, rules) : null;
  const unitless = best.kind === 'cardinal' && !Number.isInteger(best.value) ? 'decimal' : best.kind;
  return { start: tokens[i].start, end: tokens[best.token].end, value: best.value, kind: unitless };
}

function isMultiplier(piece: Piece): boolean {
  return piece.kind === 'cardinal' && piece.value >= 100;
}

/** Number-word pieces of the tokens from i on, while they are words separated by spaces only. */
function numberRun(text: string, tokens: Tok[], i: number, rules: NumberRules): Step[] {
  const steps: Step[] = [];
  for (let t = i; t < tokens.length && t < i + 12; t++) {
    const tok = tokens[t];
    if (!tok.word) break;
    if (t > i && !GAP.test(text.slice(tokens[t - 1].end, tok.start))) break;
    const lower = tok.text.toLowerCase();
    const withDot = text[tok.end] === '.' && readNumberWord(lower + '.', rules);
    const pieces = withDot || readNumberWord(lower, rules);
    if (!pieces) break;
    if (withDot) tok.end += 1; // 'mio.', 'mia.'
    pieces.forEach((piece, k) => steps.push({ piece, token: t, lastOfToken: k === pieces.length - 1 }));
  }
  return steps;
}

function fractionFollows(tokens: Tok[], t: number, rules: NumberRules): boolean {
  const next = tokens[t + 1];
  return !next?.word || rules.notUnits.includes(next.text.toLowerCase());
}

const percentCache = new WeakMap<NumberRules, RegExp>();

function percentPattern(rules: NumberRules): RegExp {
  let re = percentCache.get(rules);
  if (!re) {
    const words = [...rules.percent].sort((a, b) => b.length - a.length).map((w) => {
      const body = escapeRegExp(w).replace(/ /g, '\\s+');
      return /\p{L}$/u.test(w) ? `${body}(?![\\p{L}\\p{N}])` : body;
    });
    re = new RegExp(`^[ \\t\\u00a0]?(?:${words.join('|')})`, 'iu');
    percentCache.set(rules, re);
  }
  return re;
}

function addPercentOrUnit(text: string, found: Found, rules: NumberRules): Found {
  if (found.kind === 'ordinal' || found.unit) return found;
  const after = text.slice(found.end, found.end + 40);
  const percent = percentPattern(rules).exec(after);
  if (percent && found.kind !== 'fraction') return { ...found, end: found.end + percent[0].length, kind: 'percent' };
  const m = /^(?:[ \t\u00a0]+|[-‐])([\p{L}][\p{L}\p{M}'’-]*)/u.exec(after);
  if (!m) return found;
  const word = m[1].replace(/['’-]+$/, '');
  const lower = word.toLowerCase();
  const attached = /^[-‐]/.test(m[0]);
  if (!attached) {
    if (rules.notUnits.includes(lower) || readNumberWord(lower, rules)) return found;
    if (rules.notUnitEndings?.some((e) => lower.endsWith(e) && lower.length >= e.length + 3)) return found;
    if (/^\p{Lu}/u.test(word) && !(word.length <= 4 && word === word.toUpperCase())) return found;
  }
  return { ...found, unit: word };
}
