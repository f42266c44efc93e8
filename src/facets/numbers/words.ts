// Reading number words: one word into pieces ('enogtyve' → 1, og, 20) and pieces into a value.
import type { NumberRules } from './rules';
import { escapeRegExp } from '../../keys/spans';

export type PieceKind = 'cardinal' | 'article' | 'joiner' | 'ordinal' | 'fraction' | 'denominator';

export interface Piece {
  kind: PieceKind;
  value: number;
  /** For an ordinal that is also a denominator ('third'): the denominator. */
  denominator?: number;
}

/** Reads one lowercase word as number-word pieces, or null when it is not made of number words. */
export function readNumberWord(word: string, rules: NumberRules): Piece[] | null {
  if (!word || word.length > 40) return null;
  const whole = exactPiece(word, rules);
  if (whole) return [whole];
  const parts = word.split(/[-‐]/);
  if (parts.length > 1) {
    const pieces: Piece[] = [];
    for (const part of parts) {
      const read = exactPiece(part, rules) ?? splitCompound(part, rules);
      if (!read) return null;
      pieces.push(...(Array.isArray(read) ? read : [read]));
    }
    return pieces;
  }
  return splitCompound(word, rules) ?? ordinalCompound(word, rules) ?? prefixedOrdinal(word, rules);
}

/** 'næsthøjeste', 'næststørst': a superlative with an ordinal prefix reads as the ordinal. */
function prefixedOrdinal(word: string, rules: NumberRules): Piece[] | null {
  for (const { prefix, value, endings, except = [] } of rules.ordinalPrefixes ?? []) {
    const rest = word.slice(prefix.length);
    if (!word.startsWith(prefix) || rest.length < 4 || except.some((e) => rest.startsWith(e))) continue;
    if (endings.some((e) => rest.endsWith(e))) {
      return [{ kind: 'ordinal', value }];
    }
  }
  return null;
}

/** 'fjerdepladsen', 'førsteplads': an ordinal closed with a rank noun reads as the ordinal. */
function ordinalCompound(word: string, rules: NumberRules): Piece[] | null {
  for (const head of rules.ordinalCompoundHeads ?? []) {
    if (!word.endsWith(head) || word.length <= head.length) continue;
    const rest = word.slice(0, -head.length);
    const pieces = exactPiece(rest, rules) ?? splitCompound(rest, rules);
    const list = Array.isArray(pieces) ? pieces : pieces ? [pieces] : [];
    if (list.length && list[list.length - 1].kind === 'ordinal') return list;
  }
  return null;
}

function exactPiece(word: string, rules: NumberRules): Piece | null {
  if (Object.hasOwn(rules.cardinals, word)) return { kind: 'cardinal', value: rules.cardinals[word] };
  if (Object.hasOwn(rules.ordinals, word)) {
    const denominator = Object.hasOwn(rules.denominators, word) ? rules.denominators[word] : undefined;
    return { kind: 'ordinal', value: rules.ordinals[word], denominator };
  }
  if (Object.hasOwn(rules.denominators, word)) return { kind: 'denominator', value: rules.denominators[word] };
  if (Object.hasOwn(rules.fractions, word)) return { kind: 'fraction', value: rules.fractions[word] };
  if (rules.articles.includes(word)) return { kind: 'article', value: 1 };
  if (rules.joiners.includes(word)) return { kind: 'joiner', value: 0 };
  return null;
}

// Words found to be no compound of number words, per pack: most words of an article are none, and are asked again.
const notCompounds = new WeakMap<NumberRules, Set<string>>();
const REMEMBERED_WORDS = 50_000;

/**
 * Splits a closed compound of number words ('femogtyve', 'tohundrede', 'enogtyvende'). Articles count as 1
 * inside a compound; an ordinal or denominator may only come last; at least two numeric pieces.
 */
function splitCompound(word: string, rules: NumberRules): Piece[] | null {
  if (word.length < 4 || !/^\p{L}+$/u.test(word)) return null;
  let known = notCompounds.get(rules);
  if (!known) notCompounds.set(rules, (known = new Set()));
  if (known.has(word)) return null;
  const pieces = searchCompound(word, rules);
  if (!pieces) {
    if (known.size >= REMEMBERED_WORDS) known.clear();
    known.add(word);
  }
  return pieces;
}

function searchCompound(word: string, rules: NumberRules): Piece[] | null {
  const search = (at: number, pieces: Piece[]): Piece[] | null => {
    if (at === word.length) return pieces.filter((p) => p.kind !== 'joiner').length >= 2 ? pieces : null;
    for (let end = word.length; end > at + 1; end--) {
      const piece = exactPiece(word.slice(at, end), rules);
      if (!piece) continue;
      const last = end === word.length;
      if (piece.kind === 'fraction') continue;
      if ((piece.kind === 'ordinal' || piece.kind === 'denominator') && !last) continue;
      if (piece.kind === 'joiner' && (at === 0 || last || pieces[pieces.length - 1]?.kind === 'joiner')) continue;
      const next = piece.kind === 'article' ? { kind: 'cardinal' as const, value: 1 } : piece;
      const found = search(end, [...pieces, next]);
      if (found) return found;
    }
    return null;
  };
  return search(0, []);
}

/** Adds cardinal values one at a time ('to hundrede og femogtyve'); refuses a value that cannot follow. */
export class CardinalSum {
  private total = 0;
  private current = 0;
  private lastBig = Infinity;
  count = 0;

  get value(): number {
    return this.total + this.current;
  }

  /** Adds a value; `joined` is true when a joiner ('og', 'and') came right before it. False = refused. */
  add(value: number, joined: boolean): boolean {
    if (value >= 1000) {
      if (value >= this.lastBig) return false;
      this.total += (this.current || 1) * value;
      this.current = 0;
      this.lastBig = value;
    } else if (value >= 100) {
      if (this.current >= 100 || joined) return false;
      this.current = (this.current || 1) * value;
    } else {
      const rest = this.current % 100;
      const unitThenTens = rest > 0 && rest < 10 && joined && value >= 20 && value % 10 === 0;
      const tensThenUnit = rest >= 20 && rest % 10 === 0 && value > 0 && value < 10 && !joined;
      if (this.count > 0 && rest !== 0 && !unitThenTens && !tensThenUnit) return false;
      this.current += value;
    }
    this.count++;
    return true;
  }
}

/** Rounds away binary noise (1.1 × 1e6 = 1100000.0000000002). */
export function tidy(value: number): number {
  if (!Number.isFinite(value)) return value;
  const whole = Math.round(value);
  return Math.abs(value - whole) < 1e-9 * Math.max(1, Math.abs(value)) ? whole : value;
}

/** Reads a digit group in the language's format (Danish 3.850 / 2,5), else in the other common format. */
export function parseDigits(text: string, rules: NumberRules): number | null {
  if (/^\d+$/.test(text)) return text.length > 15 ? null : Number(text);
  return (
    readWithMarks(text, rules.thousandsSeparator, rules.decimalMark) ??
    readWithMarks(text, rules.decimalMark, rules.thousandsSeparator)
  );
}

function readWithMarks(text: string, group: string, decimal: string): number | null {
  const g = escapeRegExp(group);
  const d = escapeRegExp(decimal);
  const grouped = new RegExp(`^\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?$`);
  const plain = new RegExp(`^\\d+${d}\\d+$`);
  if (!grouped.test(text) && !plain.test(text)) return null;
  const value = Number(text.split(group).join('').replace(decimal, '.'));
  return Number.isFinite(value) ? value : null;
}

